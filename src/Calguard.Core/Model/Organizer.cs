namespace Calguard;

/// <summary>The ORGANIZER of an event: who claims to have sent the invitation.</summary>
/// <param name="Address">The normalised mail address, or null when the value is not a usable mailto: address.</param>
/// <param name="CommonName">The CN parameter.</param>
/// <param name="SentBy">The normalised SENT-BY address (a delegate acting for the organizer, RFC 5545 §3.2.18).</param>
/// <param name="RawValue">The value as written.</param>
public sealed record Organizer(string? Address, string? CommonName, string? SentBy, string RawValue)
{
    /// <summary>The domain of <see cref="Address"/>.</summary>
    public string? Domain => Reading.CalendarAddress.DomainOf(Address);
}
