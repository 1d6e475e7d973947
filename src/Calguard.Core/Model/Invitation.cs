using Calguard.Reading;

namespace Calguard;

/// <summary>
/// What the pipeline analyses: one message (or bare iCalendar file) with its calendar objects, its
/// headers and how it arrived.
/// </summary>
public sealed class Invitation
{
    /// <summary>Where it came from: a file path, an API request id, a queue id.</summary>
    public required string Source { get; init; }

    /// <summary>Bytes of the whole input.</summary>
    public long Size { get; init; }

    /// <summary>True when the input was a mail message rather than a bare iCalendar file.</summary>
    public bool IsMessage { get; init; }

    /// <summary>Header facts.</summary>
    public MessageFacts Message { get; init; } = MessageFacts.None;

    /// <summary>Transport facts.</summary>
    public TransportFacts Transport { get; init; } = new();

    /// <summary>The message text outside the calendar parts.</summary>
    public MessageBodies Bodies { get; init; } = MessageBodies.None;

    /// <summary>Every part that carried calendar data.</summary>
    public IReadOnlyList<CalendarPart> Parts { get; init; } = [];

    /// <summary>Message-level problems (MIME structure, size limits).</summary>
    public IReadOnlyList<Anomaly> Anomalies { get; init; } = [];

    /// <summary>True when a reader limit cut the reading short.</summary>
    public bool LimitHit { get; init; }

    /// <summary>The parsed message, for the sanitiser (null for bare iCalendar input).</summary>
    internal MimeKit.MimeMessage? Mime { get; init; }

    /// <summary>The bytes <see cref="Mime"/> was parsed from (a bare iCalendar file: the file), for the sanitiser's byte-exact splicing.</summary>
    internal ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>Every VCALENDAR object, in part order.</summary>
    /// <remarks>Collected once: some forty rules walk the events of every scan, and a LINQ chain per walk cost more than
    /// most of them. The parts do not change once the reader has handed the invitation over.</remarks>
    public IEnumerable<CalendarObject> Calendars => _calendars ??= CollectCalendars();

    /// <summary>Every event with the calendar object that carried it.</summary>
    public IEnumerable<(CalendarObject Calendar, CalendarEvent Event)> Events => _events ??= CollectEvents();

    private CalendarObject[]? _calendars;
    private (CalendarObject Calendar, CalendarEvent Event)[]? _events;

    private CalendarObject[] CollectCalendars()
    {
        var calendars = new List<CalendarObject>();
        foreach (var part in Parts)
        {
            calendars.AddRange(part.Calendars);
        }
        return calendars.Count == 0 ? [] : calendars.ToArray();
    }

    private (CalendarObject Calendar, CalendarEvent Event)[] CollectEvents()
    {
        var events = new List<(CalendarObject, CalendarEvent)>();
        foreach (var calendar in (CalendarObject[])Calendars)
        {
            foreach (var e in calendar.Events)
            {
                events.Add((calendar, e));
            }
        }
        return events.Count == 0 ? [] : events.ToArray();
    }

    /// <summary>True when any calendar part was found.</summary>
    public bool HasCalendar => Parts.Count > 0;
}
