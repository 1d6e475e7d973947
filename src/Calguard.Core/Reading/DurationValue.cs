namespace Calguard.Reading;

/// <summary>DURATION values (RFC 5545 §3.3.6), e.g. <c>-PT15M</c>, <c>P1W</c>, <c>P1DT2H</c>.</summary>
public static class DurationValue
{
    /// <summary>Parses a duration; tolerant of lower case and of a missing 'T' before hours.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }
        if (text.Length < 2 || (text[0] != 'P' && text[0] != 'p'))
        {
            return false;
        }
        long totalSeconds = 0;
        long number = -1;
        var any = false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            if (c is >= '0' and <= '9')
            {
                number = (number < 0 ? 0 : number) * 10 + (c - '0');
                if (number > 10_000_000_000)
                {
                    return false;
                }
                continue;
            }
            if (c == 'T')
            {
                continue;
            }
            if (number < 0)
            {
                return false;
            }
            totalSeconds += c switch
            {
                'W' => number * 7 * 86400,
                'D' => number * 86400,
                'H' => number * 3600,
                'M' => number * 60,
                'S' => number,
                _ => long.MinValue / 4,
            };
            if (totalSeconds < 0 || totalSeconds > 100L * 366 * 86400)
            {
                return false;
            }
            number = -1;
            any = true;
        }
        if (!any || number >= 0)
        {
            return false;
        }
        value = TimeSpan.FromSeconds(negative ? -totalSeconds : totalSeconds);
        return true;
    }
}
