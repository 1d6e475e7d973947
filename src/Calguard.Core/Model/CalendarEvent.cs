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
    /// <remarks>
    /// One pass over the properties indexes them (the first of each single-valued name, how many there were, the
    /// multi-valued ones in order); the fields are then read from that index, in the order the anomalies are reported.
    /// </remarks>
    public static CalendarEvent From(CalendarComponent component, TimeZoneResolver zones)
    {
        var kind = component.Name switch
        {
            "VTODO" => ComponentKind.Todo,
            "VJOURNAL" => ComponentKind.Journal,
            "VFREEBUSY" => ComponentKind.FreeBusy,
            _ => ComponentKind.Event,
        };

        // The first property of each single-valued name (indexes into SingleValued) and how many there were.
        Span<int> counts = stackalloc int[SingleValued.Length];
        var first = new CalendarProperty?[SingleValued.Length];
        CalendarProperty? due = null, description = null, url = null, created = null;
        string? html = null;
        List<string>? conferences = null;
        List<EventAttachment>? attachments = null;
        List<Attendee>? attendees = null;
        List<string>? rules = null;
        List<string>? comments = null;
        List<CalendarProperty>? rdates = null, exdates = null;
        foreach (var p in component.Properties)
        {
            var slot = p.Name switch
            {
                "UID" => Uid_,
                "DTSTART" => DtStart_,
                "DTEND" => DtEnd_,
                "DURATION" => Duration_,
                "SUMMARY" => Summary_,
                "ORGANIZER" => Organizer_,
                "SEQUENCE" => Sequence_,
                "DTSTAMP" => DtStamp_,
                "RECURRENCE-ID" => RecurrenceId_,
                "STATUS" => Status_,
                "TRANSP" => Transp_,
                "CLASS" => Class_,
                "LOCATION" => Location_,
                _ => -1,
            };
            if (slot >= 0)
            {
                if (counts[slot]++ == 0)
                {
                    first[slot] = p;
                }
                continue;
            }
            switch (p.Name)
            {
                case "DUE":
                    due ??= p;
                    break;
                case "DESCRIPTION":
                    description ??= p;
                    break;
                case "URL":
                    url ??= p;
                    break;
                case "CREATED":
                    created ??= p;
                    break;
                case "X-ALT-DESC":
                    if (html is null && p.GetParameter("FMTTYPE")?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        html = p.Text;
                    }
                    break;
                case "CONFERENCE" or "X-GOOGLE-CONFERENCE" or "X-MICROSOFT-SKYPETEAMSMEETINGURL" or "X-MICROSOFT-ONLINEMEETINGCONFLINK":
                    (conferences ??= []).Add(p.RawValue);
                    break;
                case "ATTACH":
                    var binary = string.Equals(p.GetParameter("VALUE"), "BINARY", StringComparison.OrdinalIgnoreCase) ||
                                 string.Equals(p.GetParameter("ENCODING"), "BASE64", StringComparison.OrdinalIgnoreCase);
                    (attachments ??= []).Add(new EventAttachment(binary ? null : p.RawValue.Trim(), binary ? p.RawValue.Length * 3 / 4 : 0,
                        p.GetParameter("FMTTYPE"), p.GetParameter("FILENAME") ?? p.GetParameter("X-FILENAME")));
                    break;
                case "ATTENDEE":
                    (attendees ??= []).Add(new Attendee(CalendarAddress.Normalise(p.RawValue), NullIfEmpty(p.GetParameter("CN")), p.GetParameter("ROLE")?.ToUpperInvariant(),
                        p.GetParameter("PARTSTAT")?.ToUpperInvariant(), string.Equals(p.GetParameter("RSVP"), "TRUE", StringComparison.OrdinalIgnoreCase),
                        p.GetParameter("CUTYPE")?.ToUpperInvariant(), CalendarAddress.Normalise(p.GetParameter("SENT-BY"))));
                    break;
                case "RRULE":
                    (rules ??= []).Add(p.RawValue);
                    break;
                case "COMMENT":
                    (comments ??= []).Add(p.Text);
                    break;
                case "RDATE":
                    (rdates ??= []).Add(p);
                    break;
                case "EXDATE":
                    (exdates ??= []).Add(p);
                    break;
            }
        }

        var anomalies = new List<Anomaly>();
        for (var k = 0; k < SingleValued.Length; k++)
        {
            if (counts[k] > 1)
            {
                anomalies.Add(new Anomaly(AnomalyKind.DuplicateProperty, first[k]!.Line, $"{SingleValued[k]} occurs {counts[k]} times in {component.Name}"));
            }
        }

        var dtStart = first[DtStart_];
        var start = ParseDate(dtStart, anomalies);
        var end = ParseDate(kind == ComponentKind.Todo ? due : first[DtEnd_], anomalies);
        TimeSpan? duration = null;
        if (first[Duration_] is { } durationProperty)
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
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, dtStart!.Line, $"unknown TZID {Cut(s.TzId)}"));
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

        var sequenceProperty = first[Sequence_];
        int? sequence = null;
        if (sequenceProperty is not null)
        {
            if (int.TryParse(sequenceProperty.RawValue.AsSpan().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seq))
            {
                sequence = seq;
            }
            else
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, sequenceProperty.Line, $"SEQUENCE is not an integer: {Cut(sequenceProperty.RawValue)}"));
            }
        }

        Organizer? organizer = null;
        var organizerCount = counts[Organizer_];
        if (first[Organizer_] is { } org)
        {
            var address = CalendarAddress.Normalise(org.RawValue);
            if (address is null)
            {
                anomalies.Add(new Anomaly(AnomalyKind.InvalidValue, org.Line, $"ORGANIZER is not a mail address: {Cut(org.RawValue)}"));
            }
            organizer = new Organizer(address, NullIfEmpty(org.GetParameter("CN")), CalendarAddress.Normalise(org.GetParameter("SENT-BY")), org.RawValue);
        }

        List<Alarm>? alarms = null;
        var alarmsDropped = false;
        foreach (var child in component.Children)
        {
            if (child.Name == "X-CALGUARD-DROPPED-ALARMS")
            {
                alarmsDropped = true;
            }
            else if (child.Name == "VALARM")
            {
                (alarms ??= []).Add(ReadAlarm(child, zones, anomalies));
            }
        }

        return new CalendarEvent(component)
        {
            Kind = kind,
            Uid = NullIfEmpty(first[Uid_]?.RawValue.Trim()),
            Sequence = sequence,
            Summary = first[Summary_]?.Text,
            Description = description?.Text,
            Location = first[Location_]?.Text,
            Url = NullIfEmpty(url?.RawValue.Trim()),
            HtmlDescription = html,
            Comments = comments is null ? [] : comments.ToArray(),
            Conferences = conferences is null ? Array.Empty<string>() : conferences,
            Attachments = attachments is null ? Array.Empty<EventAttachment>() : attachments,
            Organizer = organizer,
            OrganizerCount = organizerCount,
            Attendees = attendees is null ? Array.Empty<Attendee>() : attendees,
            DroppedAttendees = component.DroppedAttendees,
            Alarms = alarms is null ? Array.Empty<Alarm>() : alarms,
            AlarmsDropped = alarmsDropped,
            Start = start,
            End = end,
            Duration = duration,
            StartUtc = startUtc,
            EndUtc = endUtc,
            RecurrenceRules = rules is null ? Array.Empty<string>() : rules,
            RecurrenceDates = ParseDateList(rdates, "RDATE", start, zones, anomalies),
            ExceptionDates = ParseDateList(exdates, "EXDATE", start, zones, anomalies),
            RecurrenceId = ParseDate(first[RecurrenceId_], anomalies),
            Status = first[Status_]?.RawValue.Trim().ToUpperInvariant(),
            Transparency = first[Transp_]?.RawValue.Trim().ToUpperInvariant(),
            Classification = first[Class_]?.RawValue.Trim().ToUpperInvariant(),
            StampUtc = ToUtc(ParseDate(first[DtStamp_], anomalies), zones),
            CreatedUtc = ToUtc(ParseDate(created, anomalies), zones),
            Anomalies = anomalies,
        };
    }

    // Indexes into SingleValued.
    private const int Uid_ = 0, DtStart_ = 1, DtEnd_ = 2, Duration_ = 3, Summary_ = 4, Organizer_ = 5, Sequence_ = 6, DtStamp_ = 7,
        RecurrenceId_ = 8, Status_ = 9, Transp_ = 10, Class_ = 11, Location_ = 12;

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
        List<string>? recipientList = null;
        foreach (var a in alarm.Properties)
        {
            if (a.Name == "ATTENDEE" && CalendarAddress.Normalise(a.RawValue) is { } recipient)
            {
                (recipientList ??= []).Add(recipient);
            }
        }
        string[] recipients = recipientList is null ? [] : recipientList.ToArray();
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

    private static IReadOnlyList<DateTime> ParseDateList(List<CalendarProperty>? properties, string name, CalendarDateTime? start, TimeZoneResolver zones, List<Anomaly> anomalies)
    {
        if (properties is null)
        {
            return [];
        }
        List<DateTime>? list = null;
        foreach (var p in properties)
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
