using System.Globalization;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>Reads the compact iCalendar times used by the vector files.</summary>
internal static class VectorTime
{
    /// <summary>Reads <c>yyyyMMdd</c>, <c>yyyyMMddTHHmmss</c> or with a trailing Z.</summary>
    public static DateTime Parse(string text, out bool isDate, out bool isUtc)
    {
        text = text.Trim();
        isUtc = text.EndsWith('Z') || text.EndsWith('z');
        var core = isUtc ? text[..^1] : text;
        isDate = core.Length == 8;
        return DateTime.ParseExact(core, isDate ? "yyyyMMdd" : "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
    }

    public static DateTime Parse(string text) => Parse(text, out _, out _);

    public static string Format(DateTime value, bool isDate)
        => value.ToString(isDate ? "yyyyMMdd" : "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Reads a day-only ISO 8601 duration such as P364D or PT2H (enough for the vectors).</summary>
    public static TimeSpan ParseDuration(string text)
    {
        text = text.Trim().ToUpperInvariant();
        var sign = 1;
        if (text.StartsWith('-'))
        {
            sign = -1;
            text = text[1..];
        }

        text = text.TrimStart('+');
        var total = TimeSpan.Zero;
        var number = 0;
        var inTime = false;
        foreach (var c in text[1..])
        {
            if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
                continue;
            }

            total += c switch
            {
                'T' => TimeSpan.Zero,
                'W' => TimeSpan.FromDays(7 * number),
                'D' => TimeSpan.FromDays(number),
                'H' => TimeSpan.FromHours(number),
                'M' when inTime => TimeSpan.FromMinutes(number),
                'S' => TimeSpan.FromSeconds(number),
                _ => TimeSpan.Zero,
            };
            inTime |= c == 'T';
            number = 0;
        }

        return sign * total;
    }
}
