namespace Calguard.Storage.Outbound;

/// <summary>A recipient an account already sent invitations to.</summary>
/// <param name="Address">The address, lower-case.</param>
/// <param name="FirstAt">The first invitation to it.</param>
/// <param name="CountedAt">When it last counted as a distinct recipient of a day (once per rolling day).</param>
public sealed record KnownRecipient(string Address, DateTimeOffset FirstAt, DateTimeOffset CountedAt);
