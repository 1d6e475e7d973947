using System.Globalization;

namespace Calguard.Sanitising;

/// <summary>Caps one RRULE value at a number of instances (R37), changing as little of the rule as it can.</summary>
internal static class RecurrenceCap
{
    private static readonly string[] SubDaily = ["SECONDLY", "MINUTELY", "HOURLY"];

    /// <summary>Returns the capped rule, or null when the rule already stays within <paramref name="max"/> or cannot be read.</summary>
    /// <param name="rule">The RRULE value, e.g. <c>FREQ=DAILY;INTERVAL=1</c>.</param>
    /// <param name="max">The instance cap (at least 1).</param>
    /// <param name="start">The component's DTSTART value, used to tell whether an UNTIL already keeps a sub-daily rule short.</param>
    /// <remarks>
    /// Unbounded → <c>COUNT=max</c> appended; <c>COUNT</c> above <paramref name="max"/> → <c>COUNT=max</c>; a sub-daily rule
    /// with UNTIL → the UNTIL part becomes <c>COUNT=max</c> (COUNT and UNTIL are exclusive, RFC 5545 §3.3.10), unless UNTIL
    /// is so close to DTSTART that the rule cannot reach <paramref name="max"/> anyway: replacing it would then lengthen
    /// the series. A daily or longer rule with UNTIL is left as it is (it was bounded when it was judged).
    /// vCalendar 1.0 rules (<c>D1 #0</c>) get their <c>#</c> duration capped.
    /// </remarks>
    public static string? Cap(string rule, int max, string? start)
    {
        max = Math.Max(1, max);
        if (rule.IndexOf("FREQ=", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return CapVCalendar(rule, max);
        }
        var parts = rule.Split(';').ToList();
        int countAt = -1, untilAt = -1;
        string? freq = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var key = Key(parts[i]);
            if (key == "COUNT")
            {
                countAt = i;
            }
            else if (key == "UNTIL")
            {
                untilAt = i;
            }
            else if (key == "FREQ")
            {
                freq = Value(parts[i]).Trim().ToUpperInvariant();
            }
        }

        if (countAt >= 0)
        {
            var text = Value(parts[countAt]).Trim();
            var within = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= max && count > 0;
            if (within)
            {
                return null;
            }
            parts[countAt] = $"{KeyAsWritten(parts[countAt])}={max.ToString(CultureInfo.InvariantCulture)}";
            if (untilAt >= 0)
            {
                parts.RemoveAt(untilAt);
            }
            return string.Join(';', parts);
        }
        if (untilAt >= 0)
        {
            if (freq is null || !SubDaily.Contains(freq) || StaysWithin(parts, freq, start, Value(parts[untilAt]), max))
            {
                return null;
            }
            parts[untilAt] = $"COUNT={max.ToString(CultureInfo.InvariantCulture)}";
            return string.Join(';', parts);
        }
        var trailing = parts.Count > 0 && parts[^1].Length == 0;
        if (trailing)
        {
            parts.RemoveAt(parts.Count - 1);
        }
        parts.Add($"COUNT={max.ToString(CultureInfo.InvariantCulture)}");
        return string.Join(';', parts);
    }

    // Upper bound on the instances between DTSTART and UNTIL: periods (with 14 h of slack for time zones) times the
    // BY parts that expand a sub-daily rule (RFC 5545 §3.3.10 table). Unknown dates → not provably within.
    private static bool StaysWithin(List<string> parts, string freq, string? start, string until, int max)
    {
        if (ParseStamp(start) is not { } from || ParseStamp(until) is not { } to)
        {
            return false;
        }
        var interval = 1L;
        long expand = 1;
        foreach (var p in parts)
        {
            var key = Key(p);
            var value = Value(p);
            if (key == "INTERVAL" && long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                interval = n;
            }
            else if ((key == "BYSECOND" && freq is "MINUTELY" or "HOURLY") || (key == "BYMINUTE" && freq == "HOURLY"))
            {
                expand *= Math.Max(1, value.Split(',').Length);
            }
        }
        var unit = freq switch
        {
            "SECONDLY" => TimeSpan.FromSeconds(1),
            "MINUTELY" => TimeSpan.FromMinutes(1),
            _ => TimeSpan.FromHours(1),
        };
        var span = to - from + TimeSpan.FromHours(14);
        if (span < TimeSpan.Zero)
        {
            return true;
        }
        var periods = span.Ticks / (unit.Ticks * interval) + 1;
        return periods * expand <= max;
    }

    private static DateTime? ParseStamp(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var v = value.Trim().TrimEnd('Z', 'z');
        string[] formats = ["yyyyMMdd'T'HHmmss", "yyyyMMdd"];
        return DateTime.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static string? CapVCalendar(string rule, int max)
    {
        // vCalendar 1.0 (§2.3.12 of the 1996 spec): "#n" is the number of repetitions, "#0" is forever.
        var hash = rule.LastIndexOf('#');
        if (hash < 0)
        {
            return null; // an end date or the default of two occurrences bounds it
        }
        var end = hash + 1;
        while (end < rule.Length && char.IsAsciiDigit(rule[end]))
        {
            end++;
        }
        var digits = rule[(hash + 1)..end];
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= max)
        {
            return null;
        }
        return string.Concat(rule.AsSpan(0, hash + 1), max.ToString(CultureInfo.InvariantCulture), rule.AsSpan(end));
    }

    private static string Key(string part)
    {
        var eq = part.IndexOf('=');
        return (eq < 0 ? part : part[..eq]).Trim().ToUpperInvariant();
    }

    private static string KeyAsWritten(string part)
    {
        var eq = part.IndexOf('=');
        return eq < 0 ? part : part[..eq];
    }

    private static string Value(string part)
    {
        var eq = part.IndexOf('=');
        return eq < 0 ? string.Empty : part[(eq + 1)..];
    }
}
