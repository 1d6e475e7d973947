namespace Calguard.Analysis.Rules.Imip;

/// <summary>
/// Compares the calendar parts of one message (R31–R34): several objects, copies that disagree
/// (a filter reads one, the calendar the other), and attachments that only pretend to be calendars.
/// </summary>
public sealed class PartsRule : Rule
{
    /// <summary>More than one distinct calendar object.</summary>
    public static readonly Signal Multiple = new("IMIP_MULTIPLE_CALENDARS", Groups.Imip, 1.0,
        "The message carries more than one distinct calendar object (R31 asks for one per message).");

    /// <summary>Two copies disagree.</summary>
    public static readonly Signal Disagree = new("IMIP_PARTS_DISAGREE", Groups.Imip, 3.0,
        "The text/calendar part and the .ics attachment describe different events: a filter reads one, the calendar the other.");

    /// <summary>A calendar-named part with no calendar inside.</summary>
    public static readonly Signal NotCalendar = new("IMIP_ICS_NOT_CALENDAR", Groups.Imip, 3.5,
        "A part declared or named as a calendar holds no calendar at all (empty, binary or something else).");

    /// <summary>A .ics file declared as another type.</summary>
    public static readonly Signal TypeMismatch = new("IMIP_ICS_TYPE_MISMATCH", Groups.Imip, 2.0,
        "An attachment named .ics is declared as an unrelated type (PDF, image, archive): its name lies about what it is.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Multiple, Disagree, NotCalendar, TypeMismatch];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var parts = context.Invitation.Parts;
        foreach (var part in parts)
        {
            var carrier = part.Carrier;
            if (part.Calendars.Count == 0 && carrier.Kind is not CarrierKind.File)
            {
                var what = part.Content.Length == 0 ? "is empty" : $"holds {part.Content.Length} bytes of something else";
                hits.Add(NotCalendar, $"part {carrier.Path} ({carrier.ContentType}{(carrier.FileName is null ? string.Empty : ", " + carrier.FileName)}) {what}");
            }
            if (carrier.Kind == CarrierKind.NamedAttachment && IsUnrelatedType(carrier.ContentType))
            {
                hits.Add(TypeMismatch, $"{carrier.FileName} is declared as {carrier.ContentType}");
            }
        }

        if (!context.Invitation.IsMessage)
        {
            return; // a calendar file on its own may hold many objects; the iMIP layout rules are about mail
        }
        var signatures = new List<(string Key, CalendarObject Calendar)>();
        foreach (var calendar in context.Invitation.Calendars)
        {
            var uids = string.Join(",", calendar.Events.Select(e => e.Uid ?? "?").Distinct().Order(StringComparer.Ordinal));
            signatures.Add((uids, calendar));
        }
        var distinct = signatures.Select(s => s.Key).Distinct().Count();
        if (distinct > 1)
        {
            hits.Add(Multiple, $"{distinct} different calendar objects");
        }

        // Same UID in two parts: the copies must agree on what matters to the user.
        foreach (var group in signatures.GroupBy(s => s.Key).Where(g => g.Count() > 1))
        {
            var first = group.First().Calendar;
            foreach (var (_, other) in group.Skip(1))
            {
                var difference = Difference(first, other);
                if (difference is not null)
                {
                    hits.Add(Disagree, $"parts {first.Part.Carrier.Path} and {other.Part.Carrier.Path} differ in {difference}");
                    return;
                }
            }
        }
        // A text/calendar part and an .ics attachment with different UIDs disagree too.
        var inline = signatures.Where(s => s.Calendar.Part.Carrier.Kind == CarrierKind.TextCalendar).ToList();
        var attached = signatures.Where(s => s.Calendar.Part.Carrier.Kind is CarrierKind.ApplicationIcs or CarrierKind.NamedAttachment).ToList();
        if (inline.Count > 0 && attached.Count > 0 && !inline.Any(i => attached.Any(a => a.Key == i.Key)))
        {
            hits.Add(Disagree, $"text/calendar carries UID {Cut(inline[0].Key)}, the attachment UID {Cut(attached[0].Key)}");
        }
    }

    private static string? Difference(CalendarObject a, CalendarObject b)
    {
        if (!string.Equals(a.Method, b.Method, StringComparison.OrdinalIgnoreCase) && a.Method is not null && b.Method is not null)
        {
            return "METHOD";
        }
        foreach (var ea in a.Events)
        {
            var eb = b.Events.FirstOrDefault(e => e.Uid == ea.Uid && e.RecurrenceId == ea.RecurrenceId);
            if (eb is null)
            {
                continue;
            }
            if (!SameIgnoringWhitespace(ea.Summary, eb.Summary))
            {
                return "SUMMARY";
            }
            if (!string.Equals(ea.Organizer?.Address, eb.Organizer?.Address, StringComparison.OrdinalIgnoreCase))
            {
                return "ORGANIZER";
            }
            if (ea.StartUtc != eb.StartUtc)
            {
                return "DTSTART";
            }
            if (!SameIgnoringWhitespace(ea.Description, eb.Description) && !string.IsNullOrWhiteSpace(ea.Description) && !string.IsNullOrWhiteSpace(eb.Description))
            {
                return "DESCRIPTION";
            }
        }
        return null;
    }

    // Clients re-wrap text differently in the inline part and the attachment; only the non-blank characters must agree.
    private static bool SameIgnoringWhitespace(string? a, string? b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }
            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }
            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }
            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static bool IsUnrelatedType(string type) =>
        type.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal) ||
        type.StartsWith("video/", StringComparison.Ordinal) || type is "application/pdf" or "application/zip" or "application/x-zip-compressed" or
            "application/msword" or "application/x-msdownload" or "application/vnd.ms-excel" or "text/html" or "application/x-rar-compressed" or
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" or "application/java-archive" or "application/x-apple-aspen-config";
}
