namespace Calguard.Storage.Outbound;

/// <summary>An invitation the outbound check held for review (<c>outbound_held</c>), with what is needed to send it once released.</summary>
public sealed record HeldInvitation
{
    /// <summary>The id: the id of the decision that held it.</summary>
    public long Id { get; init; }

    /// <summary>The calling service's account id.</summary>
    public required string Account { get; init; }

    /// <summary>The organizer's address, lower-case.</summary>
    public required string Organizer { get; init; }

    /// <summary>The tenant: the organizer's domain.</summary>
    public required string Tenant { get; init; }

    /// <summary>create, update or import.</summary>
    public required string Origin { get; init; }

    /// <summary>The event's UID.</summary>
    public string? Uid { get; init; }

    /// <summary>The event's SUMMARY.</summary>
    public string? Summary { get; init; }

    /// <summary>The attendees it was to be sent to.</summary>
    public IReadOnlyList<OutboundAttendee> Attendees { get; init; } = [];

    /// <summary>The iCalendar text as the service sent it.</summary>
    public required string Calendar { get; init; }

    /// <summary>Why it was held.</summary>
    public IReadOnlyList<OutboundReason> Reasons { get; init; } = [];

    /// <summary>The client's IP address.</summary>
    public string? ClientIp { get; init; }

    /// <summary>Held, released or dropped.</summary>
    public HeldStatus Status { get; init; }

    /// <summary>When it was held.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When an operator released or dropped it.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The API key (name) that released or dropped it.</summary>
    public string? DecidedBy { get; init; }
}
