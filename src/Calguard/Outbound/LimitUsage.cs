namespace Calguard.Host.Outbound;

/// <summary>One limit's headroom after a check.</summary>
/// <param name="Name">The limit, e.g. <c>invitations-per-hour</c>.</param>
/// <param name="Used">How much of it is used in the window, this invitation included when it was counted.</param>
/// <param name="Limit">The limit for this account (after the new-account, weak-auth or allow-list factor).</param>
/// <param name="Window">The window length.</param>
public sealed record LimitUsage(string Name, long Used, long Limit, TimeSpan Window);
