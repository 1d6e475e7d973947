using System.Globalization;

namespace Calguard.Reading;

/// <summary>A DATE or DATE-TIME value as written: wall-clock time, and how to interpret it.</summary>
/// <param name="Value">The wall-clock value (Kind Unspecified), or UTC when <paramref name="IsUtc"/>.</param>
/// <param name="IsDate">True for a DATE (all-day) value.</param>
/// <param name="IsUtc">True when the value ended in 'Z'.</param>
/// <param name="TzId">The TZID parameter, if any.</param>
public readonly record struct CalendarDateTime(DateTime Value, bool IsDate, bool IsUtc, string? TzId)
{
    /// <summary>True for a floating time (no Z, no TZID).</summary>
    public bool IsFloating => !IsUtc && TzId is null && !IsDate;

    /// <summary>Parses a DATE or DATE-TIME, tolerating ISO-style dashes and colons.</summary>
    /// <returns>False when the text is not a date; the caller records an anomaly.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, string? tzId, out CalendarDateTime result)
    {
        result = default;
        text = text.Trim();
        if (text.Length == 0)
        {
            return false;
        }
        Span<char> compact = stackalloc char[Math.Min(text.Length, 32)];
        var n = 0;
        foreach (var c in text)
        {
            if (c is '-' or ':')
            {
                continue;
            }
            if (n == compact.Length)
            {
                return false;
            }
            compact[n++] = c;
        }
        var s = compact[..n];
        var utc = false;
        if (s.Length > 0 && (s[^1] == 'Z' || s[^1] == 'z'))
        {
            utc = true;
            s = s[..^1];
        }
        if (s.Length == 8)
        {
            if (!TryDigits(s, 0, 4, out var y) || !TryDigits(s, 4, 2, out var m) || !TryDigits(s, 6, 2, out var d) || !IsValidDate(y, m, d))
            {
                return false;
            }
            result = new CalendarDateTime(new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified), true, false, null);
            return true;
        }
        if (s.Length is < 15 or > 22 || (s[8] != 'T' && s[8] != 't'))
        {
            return false;
        }
        if (!TryDigits(s, 0, 4, out var yy) || !TryDigits(s, 4, 2, out var mm) || !TryDigits(s, 6, 2, out var dd) ||
            !TryDigits(s, 9, 2, out var h) || !TryDigits(s, 11, 2, out var mi) || !TryDigits(s, 13, 2, out var sec) ||
            !IsValidDate(yy, mm, dd) || h > 23 || mi > 59 || sec > 60)
        {
            return false;
        }
        if (sec == 60)
        {
            sec = 59; // leap second: keep the value usable
        }
        var value = new DateTime(yy, mm, dd, h, mi, sec, utc ? DateTimeKind.Utc : DateTimeKind.Unspecified);
        result = new CalendarDateTime(value, false, utc, utc ? null : tzId);
        return true;
    }

    private static bool IsValidDate(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int length, out int value) =>
        int.TryParse(s.Slice(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <inheritdoc />
    public override string ToString() => IsDate
        ? Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
        : Value.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + (IsUtc ? "Z" : string.Empty);
}
