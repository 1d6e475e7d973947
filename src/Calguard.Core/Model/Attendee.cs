namespace Calguard;

/// <summary>An ATTENDEE of an event.</summary>
/// <param name="Address">The normalised mail address, or null.</param>
/// <param name="CommonName">The CN parameter.</param>
/// <param name="Role">ROLE (REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR …).</param>
/// <param name="ParticipationStatus">PARTSTAT.</param>
/// <param name="Rsvp">RSVP=TRUE.</param>
/// <param name="UserType">CUTYPE (INDIVIDUAL, GROUP, RESOURCE, ROOM …).</param>
/// <param name="SentBy">The normalised SENT-BY address.</param>
public sealed record Attendee(string? Address, string? CommonName, string? Role, string? ParticipationStatus, bool Rsvp, string? UserType, string? SentBy)
{
    /// <summary>The domain of <see cref="Address"/>.</summary>
    public string? Domain => Reading.CalendarAddress.DomainOf(Address);
}
