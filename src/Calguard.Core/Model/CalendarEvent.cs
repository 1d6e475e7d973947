using System.Globalization;
using Calguard.Reading;

namespace Calguard;

/// <summary>One schedulable component (VEVENT, VTODO …) of a calendar object, with the fields the rules read.</summary>
public sealed class CalendarEvent
{
    private static readonly string[] SingleValued = ["UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "ORGANIZER", "SEQUENCE", "DTSTAMP", "RECURRENCE-ID", "STATUS", "TRANSP", "CLASS", "LOCATION"];

    private CalendarEvent(CalendarComponent component) => Component = component;

    /// <summary>The component it was read from.</summary>
    public CalendarComponent Component { get; }

    /// <summary>VEVENT, VTODO, VJOURNAL or VFREEBUSY.</summary>
    public ComponentKind Kind { get; private init; }

    /// <summary>UID.</summary>
    public string? Uid { get; private init; }

    /// <summary>SEQUENCE, when present and numeric.</summary>
    public int? Sequence { get; private init; }

    /// <summary>SUMMARY (unescaped).</summary>
    public string? Summary { get; private init; }

    /// <summary>DESCRIPTION (unescaped).</summary>
    public string? Description { get; private init; }

    /// <summary>LOCATION (unescaped).</summary>
    public string? Location { get; private init; }

    /// <summary>URL.</summary>
    public string? Url { get; private init; }

    /// <summary>X-ALT-DESC;FMTTYPE=text/html, the HTML description Outlook and others send.</summary>
    public string? HtmlDescription { get; private init; }

    /// <summary>COMMENT values.</summary>
    public IReadOnlyList<string> Comments { get; private init; } = [];

    /// <summary>CONFERENCE and vendor conference properties (Teams, Google Meet links).</summary>
    public IReadOnlyList<string> Conferences { get; private init; } = [];

    /// <summary>ATTACH properties.</summary>
    public IReadOnlyList<EventAttachment> Attachments { get; private init; } = [];

    /// <summary>The first ORGANIZER.</summary>
    public Organizer? Organizer { get; private init; }

    /// <summary>How many ORGANIZER properties there were (more than one is malformed).</summary>
    public int OrganizerCount { get; private init; }

    /// <summary>The attendees that were kept (see <see cref="ReaderLimits.MaxAttendees"/>).</summary>
    public IReadOnlyList<Attendee> Attendees { get; private init; } = [];

    /// <summary>Attendees beyond the reader limit that were counted but not kept.</summary>
    public int DroppedAttendees { get; private init; }

    /// <summary>The alarms that were kept.</summary>
    public IReadOnlyList<Alarm> Alarms { get; private init; } = [];

    /// <summary>True when alarms beyond the reader limit were dropped.</summary>
    public bool AlarmsDropped { get; private init; }

    /// <summary>DTSTART as written.</summary>
    public CalendarDateTime? Start { get; private init; }

    /// <summary>DTEND (or DUE for a VTODO) as written.</summary>
    public CalendarDateTime? End { get; private init; }

    /// <summary>DURATION.</summary>
    public TimeSpan? Duration { get; private init; }

    /// <summary>DTSTART in UTC.</summary>
    public DateTime? StartUtc { get; private init; }

    /// <summary>The end in UTC (DTEND, or DTSTART + DURATION, or the end of an all-day start).</summary>
    public DateTime? EndUtc { get; private init; }

    /// <summary>RRULE values as written (old files may carry several).</summary>
    public IReadOnlyList<string> RecurrenceRules { get; private init; } = [];

    /// <summary>RDATE values (wall clock, in the frame of DTSTART).</summary>
    public IReadOnlyList<DateTime> RecurrenceDates { get; private init; } = [];

    /// <summary>EXDATE values (wall clock, in the frame of DTSTART).</summary>
    public IReadOnlyList<DateTime> ExceptionDates { get; private init; } = [];

    /// <summary>RECURRENCE-ID: this is an override of one instance.</summary>
    public CalendarDateTime? RecurrenceId { get; private init; }

    /// <summary>STATUS.</summary>
    public string? Status { get; private init; }

    /// <summary>TRANSP.</summary>
    public string? Transparency { get; private init; }

    /// <summary>CLASS.</summary>
    public string? Classification { get; private init; }

    /// <summary>DTSTAMP in UTC.</summary>
    public DateTime? StampUtc { get; private init; }

    /// <summary>CREATED in UTC.</summary>
    public DateTime? CreatedUtc { get; private init; }

    /// <summary>Problems found in the event's values.</summary>
    public IReadOnlyList<Anomaly> Anomalies { get; private init; } = [];

    /// <summary>True when the event repeats.</summary>
    public bool IsRecurring => RecurrenceRules.Count > 0 || RecurrenceDates.Count > 0;

    /// <summary>Builds the event view of a component; never throws.</summary>
    public static CalendarEvent From(CalendarComponent component, TimeZoneResolver zones)
    {
        var anomalies = new List<Anomaly>();
        foreach (var name in SingleValued)
        {
            var n = component.Count(name);
            if (n > 1)
            {
                anomalies.Add(new Anomaly(AnomalyKind.DuplicateProperty, component.Get(name)!.Line, $"{name} occurs {n} times in {component.Name}"));
            }
        }
        var kind = component.Name switch
        {
            "VTODO" => ComponentKind.Todo,
            "VJOURNAL" => ComponentKind.Journal,
            "VFREEBUSY" => ComponentKind.FreeBusy,
            _ => ComponentKind.Event,
        };

        var start = ParseDate(component.Get("DTSTART"), anomalies);
        var end = ParseDate(component.Get(kind == ComponentKind.Todo ? "DUE" : "DTEND"), anomalies);
        TimeSpan? duration = null;
        if (component.Get("DURATION") is { } durationProperty)
        {
            if (DurationValue.TryParse(durationProperty.RawValue, out var d))
            {
                duration = d;
            }
            else
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, durationProperty.Line, $"DURATION is not a duration: {Cut(durationProperty.RawValue)}"));
            }
        }

        DateTime? startUtc = null, endUtc = null;
        if (start is { } s)
        {
            startUtc = zones.ToUtc(s, out var resolved);
            if (!resolved)
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, component.Get("DTSTART")!.Line, $"unknown TZID {Cut(s.TzId)}"));
            }
            if (end is { } e)
            {
                endUtc = zones.ToUtc(e, out _);
            }
            else if (duration is { } d)
            {
                endUtc = SafeAdd(startUtc.Value, d);
            }
            else if (s.IsDate)
            {
                endUtc = SafeAdd(startUtc.Value, TimeSpan.FromDays(1));
            }
        }

        var sequenceProperty = component.Get("SEQUENCE");
        int? sequence = null;
        if (sequenceProperty is not null)
        {
            if (int.TryParse(sequenceProperty.RawValue.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seq))
            {
                sequence = seq;
            }
            else
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, sequenceProperty.Line, $"SEQUENCE is not an integer: {Cut(sequenceProperty.RawValue)}"));
            }
        }

        string? html = null;
        foreach (var p in component.GetAll("X-ALT-DESC"))
        {
            if (p.GetParameter("FMTTYPE")?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
            {
                html = p.Text;
                break;
            }
        }

        var conferences = new List<string>();
        foreach (var p in component.Properties)
        {
            if (p.Name is "CONFERENCE" or "X-GOOGLE-CONFERENCE" or "X-MICROSOFT-SKYPETEAMSMEETINGURL" or "X-MICROSOFT-ONLINEMEETINGCONFLINK")
            {
                conferences.Add(p.RawValue);
            }
        }

        var attachments = new List<EventAttachment>();
        foreach (var p in component.GetAll("ATTACH"))
        {
            var binary = string.Equals(p.GetParameter("VALUE"), "BINARY", StringComparison.OrdinalIgnoreCase) ||
                         string.Equals(p.GetParameter("ENCODING"), "BASE64", StringComparison.OrdinalIgnoreCase);
            attachments.Add(new EventAttachment(binary ? null : p.RawValue.Trim(), binary ? p.RawValue.Length * 3 / 4 : 0,
                p.GetParameter("FMTTYPE"), p.GetParameter("FILENAME") ?? p.GetParameter("X-FILENAME")));
        }

        Organizer? organizer = null;
        var organizerCount = component.Count("ORGANIZER");
        if (component.Get("ORGANIZER") is { } org)
        {
            var address = CalendarAddress.Normalise(org.RawValue);
            if (address is null)
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, org.Line, $"ORGANIZER is not a mail address: {Cut(org.RawValue)}"));
            }
            organizer = new Organizer(address, NullIfEmpty(org.GetParameter("CN")), CalendarAddress.Normalise(org.GetParameter("SENT-BY")), org.RawValue);
        }

        var attendees = new List<Attendee>();
        var dropped = component.DroppedAttendees;
        foreach (var p in component.Properties)
        {
            if (p.Name == "ATTENDEE")
            {
                attendees.Add(new Attendee(CalendarAddress.Normalise(p.RawValue), NullIfEmpty(p.GetParameter("CN")), p.GetParameter("ROLE")?.ToUpperInvariant(),
                    p.GetParameter("PARTSTAT")?.ToUpperInvariant(), string.Equals(p.GetParameter("RSVP"), "TRUE", StringComparison.OrdinalIgnoreCase),
                    p.GetParameter("CUTYPE")?.ToUpperInvariant(), CalendarAddress.Normalise(p.GetParameter("SENT-BY"))));
            }
        }

        var alarms = new List<Alarm>();
        var alarmsDropped = false;
        foreach (var child in component.Children)
        {
            if (child.Name == "X-CALGUARD-DROPPED-ALARMS")
            {
                alarmsDropped = true;
            }
            else if (child.Name == "VALARM")
            {
                alarms.Add(ReadAlarm(child, zones, anomalies));
            }
        }

        var rules = new List<string>();
        foreach (var p in component.GetAll("RRULE"))
        {
            rules.Add(p.RawValue);
        }

        return new CalendarEvent(component)
        {
            Kind = kind,
            Uid = NullIfEmpty(component.Get("UID")?.RawValue.Trim()),
            Sequence = sequence,
            Summary = component.Get("SUMMARY")?.Text,
            Description = component.Get("DESCRIPTION")?.Text,
            Location = component.Get("LOCATION")?.Text,
            Url = NullIfEmpty(component.Get("URL")?.RawValue.Trim()),
            HtmlDescription = html,
            Comments = component.GetAll("COMMENT").Select(p => p.Text).ToArray(),
            Conferences = conferences,
            Attachments = attachments,
            Organizer = organizer,
            OrganizerCount = organizerCount,
            Attendees = attendees,
            DroppedAttendees = dropped,
            Alarms = alarms,
            AlarmsDropped = alarmsDropped,
            Start = start,
            End = end,
            Duration = duration,
            StartUtc = startUtc,
            EndUtc = endUtc,
            RecurrenceRules = rules,
            RecurrenceDates = ParseDateList(component, "RDATE", start, zones, anomalies),
            ExceptionDates = ParseDateList(component, "EXDATE", start, zones, anomalies),
            RecurrenceId = ParseDate(component.Get("RECURRENCE-ID"), anomalies),
            Status = component.Get("STATUS")?.RawValue.Trim().ToUpperInvariant(),
            Transparency = component.Get("TRANSP")?.RawValue.Trim().ToUpperInvariant(),
            Classification = component.Get("CLASS")?.RawValue.Trim().ToUpperInvariant(),
            StampUtc = ToUtc(ParseDate(component.Get("DTSTAMP"), anomalies), zones),
            CreatedUtc = ToUtc(ParseDate(component.Get("CREATED"), anomalies), zones),
            Anomalies = anomalies,
        };
    }

    private static Alarm ReadAlarm(CalendarComponent alarm, TimeZoneResolver zones, List<Anomaly> anomalies)
    {
        TimeSpan? offset = null;
        DateTime? absolute = null;
        var relatedEnd = false;
        if (alarm.Get("TRIGGER") is { } trigger)
        {
            relatedEnd = string.Equals(trigger.GetParameter("RELATED"), "END", StringComparison.OrdinalIgnoreCase);
            if (DurationValue.TryParse(trigger.RawValue, out var d))
            {
                offset = d;
            }
            else if (CalendarDateTime.TryParse(trigger.RawValue, trigger.GetParameter("TZID"), out var at))
            {
                absolute = zones.ToUtc(at, out _);
            }
            else
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, trigger.Line, $"TRIGGER is neither a duration nor a date-time: {Cut(trigger.RawValue)}"));
            }
        }
        else
        {
            anomalies.Add(new Anomaly(AnomalyKind.MissingProperty, alarm.Line, "VALARM without TRIGGER"));
        }
        var repeat = 0;
        if (alarm.Get("REPEAT") is { } r && !int.TryParse(r.RawValue.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out repeat))
        {
            anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, r.Line, $"REPEAT is not a count: {Cut(r.RawValue)}"));
            repeat = 0;
        }
        TimeSpan? interval = null;
        if (alarm.Get("DURATION") is { } dp && DurationValue.TryParse(dp.RawValue, out var di))
        {
            interval = di;
        }
        var recipients = alarm.GetAll("ATTENDEE").Select(a => CalendarAddress.Normalise(a.RawValue)).OfType<string>().ToArray();
        return new Alarm(alarm.Get("ACTION")?.RawValue.Trim().ToUpperInvariant(), offset, relatedEnd, absolute, repeat, interval, recipients,
            NullIfEmpty(alarm.Get("ATTACH")?.RawValue.Trim()), NullIfEmpty(alarm.Get("DESCRIPTION")?.Text), NullIfEmpty(alarm.Get("SUMMARY")?.Text));
    }

    private static CalendarDateTime? ParseDate(CalendarProperty? property, List<Anomaly> anomalies)
    {
        if (property is null)
        {
            return null;
        }
        var raw = property.RawValue;
        var comma = raw.IndexOf(',');
        if (comma >= 0)
        {
            raw = raw[..comma];
        }
        if (CalendarDateTime.TryParse(raw, property.GetParameter("TZID"), out var value))
        {
            if (!value.IsDate && string.Equals(property.GetParameter("VALUE"), "DATE", StringComparison.OrdinalIgnoreCase))
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, property.Line, $"{property.Name} says VALUE=DATE but carries a time"));
            }
            return value;
        }
        anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, property.Line, $"{property.Name} is not a date: {Cut(property.RawValue)}"));
        return null;
    }

    private static IReadOnlyList<DateTime> ParseDateList(CalendarComponent component, string name, CalendarDateTime? start, TimeZoneResolver zones, List<Anomaly> anomalies)
    {
        List<DateTime>? list = null;
        foreach (var p in component.GetAll(name))
        {
            var tz = p.GetParameter("TZID");
            foreach (var part in p.RawValue.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var text = part;
                var slash = text.IndexOf('/');
                if (slash > 0)
                {
                    text = text[..slash]; // PERIOD: start/end or start/duration
                }
                if (!CalendarDateTime.TryParse(text, tz, out var value))
                {
                    anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, p.Line, $"{name} value is not a date: {Cut(part)}"));
                    continue;
                }
                // Express in DTSTART's frame so the recurrence engine compares like with like.
                var wall = value.Value;
                if (start is { } s && (value.IsUtc != s.IsUtc || value.TzId != s.TzId))
                {
                    var utc = zones.ToUtc(value, out _);
                    var startUtc = zones.ToUtc(s, out _);
                    wall = SafeAdd(s.Value, utc - startUtc);
                }
                (list ??= []).Add(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified));
                if (list.Count > 10_000)
                {
                    anomalies.Add(new Anomaly(AnomalyKind.LimitExceeded, p.Line, $"more than 10000 {name} values; the rest were ignored"));
                    return list;
                }
            }
        }
        return list is null ? [] : list;
    }

    private static DateTime? ToUtc(CalendarDateTime? value, TimeZoneResolver zones) => value is { } v ? zones.ToUtc(v, out _) : null;

    internal static DateTime SafeAdd(DateTime value, TimeSpan delta)
    {
        var ticks = value.Ticks + delta.Ticks;
        return ticks < DateTime.MinValue.Ticks ? DateTime.MinValue : ticks > DateTime.MaxValue.Ticks ? DateTime.MaxValue : new DateTime(ticks, value.Kind);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string Cut(string? s) => s is null ? string.Empty : s.Length > 60 ? s[..60] + "…" : s;
}
