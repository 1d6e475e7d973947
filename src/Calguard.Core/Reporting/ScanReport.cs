using System.Text.Json.Serialization;

namespace Calguard.Reporting;

/// <summary>The JSON object <c>calguard scan --json</c> prints per message, and <c>POST /v1/scan</c> returns (DESIGN: contracts).</summary>
public sealed record ScanReport
{
    /// <summary>The input's name (file path, mbox path with index, request id).</summary>
    public required string Source { get; init; }

    /// <summary>clean, suspicious or spam.</summary>
    public required string Verdict { get; init; }

    /// <summary>The summed score.</summary>
    public required double Score { get; init; }

    /// <summary>The decision for the recipient (or the global default policy): accept, deliver-no-autoadd, sanitize, quarantine, reject.</summary>
    public required string Action { get; init; }

    /// <summary>The hits, largest first; their scores sum to <see cref="Score"/>.</summary>
    public required IReadOnlyList<SymbolReport> Symbols { get; init; }

    /// <summary>One entry per event of every calendar object.</summary>
    public required IReadOnlyList<InvitationReport> Invitations { get; init; }

    /// <summary>The decision with its reasons.</summary>
    public DecisionReport? Decision { get; init; }

    /// <summary>Set when the input could not be read; the other fields then describe an empty result.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
}

/// <summary>One hit.</summary>
/// <param name="Name">Signal name.</param>
/// <param name="Score">Score contributed.</param>
/// <param name="Detail">Evidence.</param>
public sealed record SymbolReport(string Name, double Score, string Detail);

/// <summary>One event of the message.</summary>
public sealed record InvitationReport
{
    /// <summary>METHOD of its calendar object.</summary>
    public string? Method { get; init; }

    /// <summary>UID.</summary>
    public string? Uid { get; init; }

    /// <summary>SEQUENCE.</summary>
    public int? Sequence { get; init; }

    /// <summary>Organizer address.</summary>
    public string? Organizer { get; init; }

    /// <summary>SUMMARY.</summary>
    public string? Summary { get; init; }

    /// <summary>DTSTART in UTC, ISO 8601.</summary>
    public string? Start { get; init; }

    /// <summary>Attendee count.</summary>
    public int Attendees { get; init; }

    /// <summary>Alarm count.</summary>
    public int Alarms { get; init; }

    /// <summary>Recurrence facts, or null when the event does not repeat.</summary>
    public RecurrenceReport? Recurrence { get; init; }
}

/// <summary>Recurrence facts of one event.</summary>
public sealed record RecurrenceReport
{
    /// <summary>The RRULE as written.</summary>
    public string? Rule { get; init; }

    /// <summary>True when it never ends.</summary>
    public bool Unbounded { get; init; }

    /// <summary>Instances within the horizon (two years by default).</summary>
    public int? InstancesInHorizon { get; init; }

    /// <summary>True when the count was cut by a bound and is a lower bound.</summary>
    public bool AtLeast { get; init; }

    /// <summary>The shortest interval between instances, in seconds.</summary>
    public double? ShortestIntervalSeconds { get; init; }
}

/// <summary>The decision for one recipient.</summary>
public sealed record DecisionReport
{
    /// <summary>The recipient, or null for the global default policy.</summary>
    public string? Recipient { get; init; }

    /// <summary>The action.</summary>
    public required string Action { get; init; }

    /// <summary>Why.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>May the calendar add the event by itself.</summary>
    public bool AutoAdd { get; init; }

    /// <summary>Alarms are removed.</summary>
    public bool StripAlarms { get; init; }

    /// <summary>The calendar server must not add default alarms either.</summary>
    public bool SuppressDefaultAlarms { get; init; }

    /// <summary>Recurrence cap, if any.</summary>
    public int? CapInstances { get; init; }

    /// <summary>The event is made transparent.</summary>
    public bool MakeTransparent { get; init; }

    /// <summary>The calendar part is demoted to a plain attachment.</summary>
    public bool Demote { get; init; }

    /// <summary>How the recipient knows the organizer.</summary>
    public required string Relationship { get; init; }

    /// <summary>Whether the organizer is authenticated.</summary>
    public bool OrganizerAuthenticated { get; init; }
}
