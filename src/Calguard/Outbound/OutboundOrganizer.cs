namespace Calguard.Host.Outbound;

/// <summary>The account that sends the invitation.</summary>
/// <param name="Account">The service's own account id (stable across address changes).</param>
/// <param name="Address">The organizer's mail address, lower-case.</param>
/// <param name="CreatedAt">When the account was made, if the service knows; new accounts get stricter limits.</param>
/// <param name="StrongAuth">True when the session used a second factor, a passkey or SSO; false or unknown gets stricter limits.</param>
public sealed record OutboundOrganizer(string Account, string Address, DateTimeOffset? CreatedAt, bool StrongAuth);
