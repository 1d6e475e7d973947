using Calguard.Storage.Outbound;

namespace Calguard.Host.Outbound;

/// <summary>
/// One invitation a service's own account is about to send (<c>POST /v1/invitations/check</c>, or built by the milter
/// from an authenticated submission): who sends, from where, to whom, what and why.
/// </summary>
public sealed record OutboundCheckRequest
{
    /// <summary>The sending account.</summary>
    public required OutboundOrganizer Organizer { get; init; }

    /// <summary>The client.</summary>
    public OutboundClient Client { get; init; } = OutboundClient.Unknown;

    /// <summary>The attendees, distinct by address.</summary>
    public required IReadOnlyList<OutboundAttendee> Attendees { get; init; }

    /// <summary>The event as iCalendar text.</summary>
    public required string Calendar { get; init; }

    /// <summary>Why invitations are about to be sent.</summary>
    public InvitationOrigin Origin { get; init; } = InvitationOrigin.Create;
}
