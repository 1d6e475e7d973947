using Calguard.Storage.Outbound;

namespace Calguard.Host.Outbound;

/// <summary>The answer of the outbound check.</summary>
/// <param name="Id">The recorded decision's id (a held invitation has the same id).</param>
/// <param name="Decision">allow, challenge, hold or deny.</param>
/// <param name="Reasons">Why, in words the service can show; empty for a plain allow.</param>
/// <param name="Limits">The headroom left in each limit.</param>
public sealed record OutboundCheckResult(long Id, OutboundDecision Decision, IReadOnlyList<OutboundReason> Reasons, IReadOnlyList<LimitUsage> Limits);
