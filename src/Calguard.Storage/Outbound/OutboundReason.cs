namespace Calguard.Storage.Outbound;

/// <summary>Why the outbound check decided as it did: a stable name a service can branch on and a sentence it can show.</summary>
/// <param name="Name">Upper-case name, e.g. <c>LIMIT_INVITATIONS_PER_HOUR</c> or an engine signal such as <c>BRAND_IMPERSONATION</c>.</param>
/// <param name="Detail">One sentence for the account owner ("Your invite was not sent: …", R7).</param>
public sealed record OutboundReason(string Name, string Detail);
