using System.Text.RegularExpressions;

namespace Calguard.Core.Tests.Differential;

/// <summary>
/// Differences between our reader and Ical.Net 5.2.4 on the real corpus that are understood, each with its
/// reason (docs/decisions/0001-icalendar-reader.md lists them too). A difference none of these explains
/// fails <see cref="ReaderDifferentialTests"/>.
/// </summary>
public static partial class KnownDifferences
{
    /// <summary>One explained difference: a name, the reason, and the test that recognises it.</summary>
    public sealed record Entry(string Name, string Reason, Func<Difference, bool> Matches);

    /// <summary>The list, most frequent first.</summary>
    public static readonly Entry[] Entries =
    [
        new("generated-uid",
            "Ical.Net invents a UID (a new GUID) for an event without one; we report it absent, which the rules treat as evidence.",
            d => d.Field == "UID" && string.IsNullOrEmpty(d.Ours) && Guid.TryParse(d.Theirs, out _)),
        new("unparseable-dtstart",
            "A DTSTART that is not an RFC 5545 DATE or DATE-TIME (templates like '%(now)s0324T121500', 'Next Year', '20131009T170000T', a 5-digit time): we keep the raw text (and record InvalidValue), Ical.Net gives null.",
            d => d.Field == "DTSTART" && d.Theirs is null && d.Ours is not null && !RfcDateTime().IsMatch(d.Ours)),
        new("tzid-utc",
            "DTSTART;TZID=UTC:…: Ical.Net turns the zone named UTC into a UTC time ('Z'); we keep the floating text and resolve the zone later (TimeZoneResolver).",
            d => d.Field == "DTSTART" && d.Theirs == d.Ours + "Z"),
        new("not-utf8",
            "Text that is not valid UTF-8: we decode the value as Latin-1 (and record InvalidUtf8); Ical.Net, given the bytes as UTF-8, shows U+FFFD. Where only one sequence in an otherwise UTF-8 value is broken (ical4j 1106817412.ics) our whole-value fallback gives mojibake — see the report.",
            d => d.Field == "SUMMARY" && d.Theirs is not null && d.Theirs.Contains('\uFFFD')),
        new("quoted-organizer",
            "ORGANIZER:\"mailto:…\" (a quoted URI, node-ical event-organizer-cn.ics): we keep the text, Ical.Net cannot make a URI of it and gives null.",
            d => d.Field == "ORGANIZER" && d.Theirs is null && d.Ours is not null && d.Ours.StartsWith('"')),
        new("blank-line-inside-fold",
            "icalendar multiple_calendar_components.ics folds each value after an empty line: we end the property at the empty line (its value is lost), Ical.Net skips empty lines and unfolds.",
            d => d.Name.EndsWith("multiple_calendar_components.ics", StringComparison.Ordinal) && d.Ours is null),
        new("base64-text-value",
            "UID;ENCODING=BASE64 (ical.net Encoding1.ics): Ical.Net decodes inline BASE64 in a text value, we keep it encoded.",
            d => d.Field == "UID" && d.Ours is not null && d.Theirs is not null && IsBase64Of(d.Ours, d.Theirs)),
    ];

    /// <summary>The entry that explains <paramref name="difference"/>, or null.</summary>
    public static Entry? Explain(Difference difference) => Entries.FirstOrDefault(e => e.Matches(difference));

    private static bool IsBase64Of(string encoded, string decoded)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(encoded)) == decoded;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\d{8}(T\d{6}Z?)?$")]
    private static partial Regex RfcDateTime();
}

/// <summary>One field that the two readers read differently.</summary>
public sealed record Difference(string Name, string Where, string Field, string? Ours, string? Theirs)
{
    public override string ToString() => $"{Name}: {Where} {Field}: ours '{Short(Ours)}', Ical.Net '{Short(Theirs)}'";

    private static string Short(string? s) => s is null ? "null" : s.Length > 60 ? s[..60] + "…" : s.Replace("\n", "\\n").Replace("\r", "\\r");
}
