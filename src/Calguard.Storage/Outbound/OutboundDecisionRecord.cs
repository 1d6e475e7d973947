namespace Calguard.Storage.Outbound;

/// <summary>One decision of the outbound check, as recorded (<c>outbound_decisions</c>).</summary>
public sealed record OutboundDecisionRecord
{
    /// <summary>The id, assigned when stored.</summary>
    public long Id { get; init; }

    /// <summary>The calling service's account id.</summary>
    public required string Account { get; init; }

    /// <summary>The organizer's address, lower-case.</summary>
    public required string Organizer { get; init; }

    /// <summary>The tenant: the organizer's domain.</summary>
    public required string Tenant { get; init; }

    /// <summary>How the check was asked: <c>api</c> or <c>milter</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>create, update or import.</summary>
    public required string Origin { get; init; }

    /// <summary>allow, challenge, hold or deny.</summary>
    public required string Decision { get; init; }

    /// <summary>The reasons given.</summary>
    public IReadOnlyList<OutboundReason> Reasons { get; init; } = [];

    /// <summary>The event's UID.</summary>
    public string? Uid { get; init; }

    /// <summary>The event's SUMMARY (cut to 200 characters).</summary>
    public string? Summary { get; init; }

    /// <summary>How many attendees the invitation was for.</summary>
    public int Attendees { get; init; }

    /// <summary>How many of them are outside the service.</summary>
    public int ExternalAttendees { get; init; }

    /// <summary>The client's IP address.</summary>
    public string? ClientIp { get; init; }

    /// <summary>The client's User-Agent (R5 a).</summary>
    public string? UserAgent { get; init; }

    /// <summary>The campaign fingerprint of the event text.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>When it was decided.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
