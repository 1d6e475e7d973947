using System.Text;

namespace Calguard.Reading;

/// <summary>Recognises content that is iCalendar whatever its declared type.</summary>
/// <remarks>The rule is deliberately narrow and shared with <see cref="CalendarPrecheck"/>: after an optional
/// UTF-8 byte-order mark and at most <see cref="MaxLeadingWhitespace"/> whitespace bytes, the content starts with
/// BEGIN:VCALENDAR (any case). A part that meets it is read as a calendar; the precheck never misses such a part.</remarks>
public static class CalendarSniffer
{
    /// <summary>Whitespace bytes allowed before BEGIN:VCALENDAR.</summary>
    public const int MaxLeadingWhitespace = 16;

    /// <summary>Bytes that must be available to decide.</summary>
    public const int PrefixLength = 3 + MaxLeadingWhitespace + 15;

    /// <summary>True when the bytes start like an iCalendar object.</summary>
    public static bool StartsWithCalendar(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }
        var skipped = 0;
        while (skipped < content.Length && skipped < MaxLeadingWhitespace && content[skipped] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            skipped++;
        }
        content = content[skipped..];
        return content.Length >= 15 && Ascii.EqualsIgnoreCase(content[..15], "BEGIN:VCALENDAR"u8);
    }
}
