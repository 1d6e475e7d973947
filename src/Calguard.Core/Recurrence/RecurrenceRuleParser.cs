namespace Calguard.Recurrence;

/// <summary>The tolerant RRULE reader behind <see cref="RecurrenceRule.Parse"/>; spans only, no regex.</summary>
internal static class RecurrenceRuleParser
{
    /// <summary>Details quote at most this many characters of a bad value.</summary>
    private const int MaxQuoted = 40;

    /// <summary>A COUNT above this is reported as <see cref="RecurrenceProblemKind.AbsurdCount"/> by the analyser.</summary>
    internal const int AbsurdCountThreshold = 100_000;

    private enum Part
    {
        Freq,
        Interval,
        Count,
        Until,
        BySecond,
        ByMinute,
        ByHour,
        ByDay,
        ByMonthDay,
        ByYearDay,
        ByWeekNo,
        ByMonth,
        BySetPos,
        Wkst,
        Rscale,
        Skip,
    }

    private const int PartCount = 16;

    public static RecurrenceRule? Parse(ReadOnlySpan<char> value, List<RecurrenceProblem> problems)
    {
        Span<Range> ranges = stackalloc Range[PartCount];
        Span<bool> seen = stackalloc bool[PartCount];
        int position = 0;
        while (position <= value.Length)
        {
            int semi = value[position..].IndexOf(';');
            int end = semi < 0 ? value.Length : position + semi;
            var segment = value[position..end];
            int segmentStart = position;
            position = end + 1;
            var trimmed = segment.Trim();
            if (trimmed.IsEmpty)
            {
                if (semi < 0)
                {
                    break;
                }

                continue;
            }

            int eq = trimmed.IndexOf('=');
            if (eq < 0)
            {
                problems.Add(new(RecurrenceProblemKind.UnknownPart, $"rule part '{Quote(trimmed)}' has no '=' and was ignored"));
                if (semi < 0)
                {
                    break;
                }

                continue;
            }

            var name = trimmed[..eq].Trim();
            if (!TryPart(name, out var part))
            {
                problems.Add(new(RecurrenceProblemKind.UnknownPart, $"unknown rule part '{Quote(name)}' was ignored"));
            }
            else
            {
                if (seen[(int)part])
                {
                    problems.Add(new(RecurrenceProblemKind.DuplicatePart, $"{Quote(name).ToUpperInvariant()} occurs more than once; the last one wins"));
                }

                seen[(int)part] = true;
                int offset = segmentStart + (segment.Length - segment.TrimStart().Length) + eq + 1;
                int valueEnd = segmentStart + segment.TrimEnd().Length;
                ranges[(int)part] = new Range(offset, Math.Max(offset, valueEnd));
            }

            if (semi < 0)
            {
                break;
            }
        }

        if (!seen[(int)Part.Freq])
        {
            problems.Add(new(RecurrenceProblemKind.MissingFrequency, "the rule has no FREQ part and was ignored"));
            return null;
        }

        var freqText = value[ranges[(int)Part.Freq]].Trim();
        if (!TryFrequency(freqText, out var frequency))
        {
            problems.Add(new(RecurrenceProblemKind.UnknownFrequency, $"FREQ={Quote(freqText)} is not a known frequency; the rule was ignored"));
            return null;
        }

        int interval = 1;
        if (seen[(int)Part.Interval])
        {
            var text = value[ranges[(int)Part.Interval]].Trim();
            var status = TryInteger(text, out long n);
            if (status == NumberStatus.Invalid)
            {
                problems.Add(new(RecurrenceProblemKind.InvalidInterval, $"INTERVAL={Quote(text)} is not a number; 1 is used"));
            }
            else if (status == NumberStatus.Overflow || n > int.MaxValue)
            {
                interval = n < 0 ? 1 : int.MaxValue;
                problems.Add(new(RecurrenceProblemKind.InvalidInterval, $"INTERVAL={Quote(text)} is out of range; {interval} is used"));
            }
            else if (n < 1)
            {
                problems.Add(new(RecurrenceProblemKind.InvalidInterval, $"INTERVAL={Quote(text)} must be positive; 1 is used"));
            }
            else
            {
                interval = (int)n;
            }
        }

        int? count = null;
        if (seen[(int)Part.Count])
        {
            var text = value[ranges[(int)Part.Count]].Trim();
            var status = TryInteger(text, out long n);
            if (status == NumberStatus.Invalid || (status == NumberStatus.Ok && n < 1))
            {
                problems.Add(new(RecurrenceProblemKind.InvalidValue, $"COUNT={Quote(text)} is not a positive number and was dropped"));
            }
            else if (status == NumberStatus.Overflow || n > int.MaxValue)
            {
                if (text.Length > 0 && text[0] == '-')
                {
                    problems.Add(new(RecurrenceProblemKind.InvalidValue, $"COUNT={Quote(text)} is not a positive number and was dropped"));
                }
                else
                {
                    count = int.MaxValue;
                    problems.Add(new(RecurrenceProblemKind.InvalidValue, $"COUNT={Quote(text)} is out of range; {int.MaxValue} is used"));
                }
            }
            else
            {
                count = (int)n;
            }
        }

        DateTime? until = null;
        bool untilIsDate = false;
        bool untilIsUtc = false;
        if (seen[(int)Part.Until])
        {
            var text = value[ranges[(int)Part.Until]].Trim();
            if (TryDateOrDateTime(text, out var parsed, out untilIsDate, out untilIsUtc))
            {
                until = parsed;
            }
            else
            {
                problems.Add(new(RecurrenceProblemKind.InvalidValue, $"UNTIL={Quote(text)} is not a DATE or DATE-TIME and was dropped"));
            }
        }

        if (count is not null && until is not null)
        {
            problems.Add(new(RecurrenceProblemKind.CountAndUntil, "the rule has both COUNT and UNTIL (RFC 5545 forbids this); the earlier bound wins"));
        }

        var bySecond = IntList(value, ranges, seen, Part.BySecond, "BYSECOND", 0, 60, false, problems);
        var byMinute = IntList(value, ranges, seen, Part.ByMinute, "BYMINUTE", 0, 59, false, problems);
        var byHour = IntList(value, ranges, seen, Part.ByHour, "BYHOUR", 0, 23, false, problems);
        var byMonthDay = IntList(value, ranges, seen, Part.ByMonthDay, "BYMONTHDAY", -31, 31, true, problems);
        var byYearDay = IntList(value, ranges, seen, Part.ByYearDay, "BYYEARDAY", -366, 366, true, problems);
        var byWeekNo = IntList(value, ranges, seen, Part.ByWeekNo, "BYWEEKNO", -53, 53, true, problems);
        var byMonth = IntList(value, ranges, seen, Part.ByMonth, "BYMONTH", 1, 12, true, problems);
        var bySetPos = IntList(value, ranges, seen, Part.BySetPos, "BYSETPOS", -366, 366, true, problems);
        var byDay = seen[(int)Part.ByDay] ? DayList(value[ranges[(int)Part.ByDay]], problems) : [];

        var weekStart = DayOfWeek.Monday;
        if (seen[(int)Part.Wkst])
        {
            var text = value[ranges[(int)Part.Wkst]].Trim();
            if (!TryWeekday(text, out weekStart))
            {
                weekStart = DayOfWeek.Monday;
                problems.Add(new(RecurrenceProblemKind.InvalidValue, $"WKST={Quote(text)} is not a weekday; MO is used"));
            }
        }

        if (seen[(int)Part.Rscale])
        {
            var text = value[ranges[(int)Part.Rscale]].Trim();
            if (!text.Equals("GREGORIAN", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(RecurrenceProblemKind.UnsupportedExtension, $"RSCALE={Quote(text)} is not supported; the Gregorian calendar is used"));
            }
        }

        if (seen[(int)Part.Skip])
        {
            var text = value[ranges[(int)Part.Skip]].Trim();
            if (!text.Equals("OMIT", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(RecurrenceProblemKind.UnsupportedExtension, $"SKIP={Quote(text)} is not supported; invalid dates are omitted"));
            }
        }

        // RFC 5545 §3.3.10: parts that MUST NOT appear with some frequencies.
        if (byWeekNo.Length > 0 && frequency != RecurrenceFrequency.Yearly)
        {
            problems.Add(new(RecurrenceProblemKind.UnsupportedCombination, "BYWEEKNO is only allowed with FREQ=YEARLY and was dropped"));
            byWeekNo = [];
        }

        if (byYearDay.Length > 0 && frequency is RecurrenceFrequency.Daily or RecurrenceFrequency.Weekly or RecurrenceFrequency.Monthly)
        {
            problems.Add(new(RecurrenceProblemKind.UnsupportedCombination, $"BYYEARDAY is not allowed with FREQ={RecurrenceRule.FrequencyName(frequency)} and was dropped"));
            byYearDay = [];
        }

        if (byMonthDay.Length > 0 && frequency == RecurrenceFrequency.Weekly)
        {
            problems.Add(new(RecurrenceProblemKind.UnsupportedCombination, "BYMONTHDAY is not allowed with FREQ=WEEKLY and was dropped"));
            byMonthDay = [];
        }

        if (frequency is not (RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly) && HasOrdinal(byDay))
        {
            problems.Add(new(RecurrenceProblemKind.UnsupportedCombination, $"BYDAY ordinals are only allowed with MONTHLY or YEARLY; with FREQ={RecurrenceRule.FrequencyName(frequency)} they were dropped"));
            byDay = StripOrdinals(byDay);
        }
        else if (frequency == RecurrenceFrequency.Yearly && byWeekNo.Length > 0 && HasOrdinal(byDay))
        {
            problems.Add(new(RecurrenceProblemKind.UnsupportedCombination, "BYDAY ordinals with BYWEEKNO are not allowed; they are read as positions within the week"));
        }

        if (bySetPos.Length > 0 && bySecond.Length + byMinute.Length + byHour.Length + byDay.Length + byMonthDay.Length
            + byYearDay.Length + byWeekNo.Length + byMonth.Length == 0)
        {
            problems.Add(new(RecurrenceProblemKind.UnsupportedCombination, "BYSETPOS is used without any other BYxxx part"));
        }

        return new RecurrenceRule(frequency, interval, count, until, untilIsDate, untilIsUtc, bySecond, byMinute, byHour, byDay,
            byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, weekStart);
    }

    /// <summary>Reads <c>yyyyMMdd</c>, <c>yyyyMMddTHHmmss</c> or <c>yyyyMMddTHHmmssZ</c> (case-insensitive); second 60 reads as 59.</summary>
    internal static bool TryDateOrDateTime(ReadOnlySpan<char> text, out DateTime value, out bool isDate, out bool isUtc)
    {
        value = default;
        isDate = false;
        isUtc = false;
        if (text.Length != 8 && text.Length != 15 && text.Length != 16)
        {
            return false;
        }

        if (!TryDigits(text[..4], out int year) || !TryDigits(text.Slice(4, 2), out int month) || !TryDigits(text.Slice(6, 2), out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (text.Length == 8)
        {
            value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            isDate = true;
            return true;
        }

        if ((text[8] | 0x20) != 't' || !TryDigits(text.Slice(9, 2), out int hour) || !TryDigits(text.Slice(11, 2), out int minute)
            || !TryDigits(text.Slice(13, 2), out int second))
        {
            return false;
        }

        if (text.Length == 16)
        {
            if ((text[15] | 0x20) != 'z')
            {
                return false;
            }

            isUtc = true;
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryPart(ReadOnlySpan<char> name, out Part part)
    {
        part = default;
        if (name.Length > 10)
        {
            return false;
        }

        Span<char> upper = stackalloc char[10];
        int n = name.ToUpperInvariant(upper);
        part = upper[..n] switch
        {
            "FREQ" => Part.Freq,
            "INTERVAL" => Part.Interval,
            "COUNT" => Part.Count,
            "UNTIL" => Part.Until,
            "BYSECOND" => Part.BySecond,
            "BYMINUTE" => Part.ByMinute,
            "BYHOUR" => Part.ByHour,
            "BYDAY" => Part.ByDay,
            "BYMONTHDAY" => Part.ByMonthDay,
            "BYYEARDAY" => Part.ByYearDay,
            "BYWEEKNO" => Part.ByWeekNo,
            "BYMONTH" => Part.ByMonth,
            "BYSETPOS" => Part.BySetPos,
            "WKST" => Part.Wkst,
            "RSCALE" => Part.Rscale,
            "SKIP" => Part.Skip,
            _ => (Part)(-1),
        };
        return (int)part >= 0;
    }

    private static bool TryFrequency(ReadOnlySpan<char> text, out RecurrenceFrequency frequency)
    {
        frequency = default;
        if (text.Length > 8)
        {
            return false;
        }

        Span<char> upper = stackalloc char[8];
        int n = text.ToUpperInvariant(upper);
        switch (upper[..n])
        {
            case "SECONDLY": frequency = RecurrenceFrequency.Secondly; return true;
            case "MINUTELY": frequency = RecurrenceFrequency.Minutely; return true;
            case "HOURLY": frequency = RecurrenceFrequency.Hourly; return true;
            case "DAILY": frequency = RecurrenceFrequency.Daily; return true;
            case "WEEKLY": frequency = RecurrenceFrequency.Weekly; return true;
            case "MONTHLY": frequency = RecurrenceFrequency.Monthly; return true;
            case "YEARLY": frequency = RecurrenceFrequency.Yearly; return true;
            default: return false;
        }
    }

    internal static bool TryWeekday(ReadOnlySpan<char> text, out DayOfWeek day)
    {
        day = DayOfWeek.Monday;
        if (text.Length != 2)
        {
            return false;
        }

        int a = text[0] | 0x20;
        int b = text[1] | 0x20;
        switch ((a << 8) | b)
        {
            case ('s' << 8) | 'u': day = DayOfWeek.Sunday; return true;
            case ('m' << 8) | 'o': day = DayOfWeek.Monday; return true;
            case ('t' << 8) | 'u': day = DayOfWeek.Tuesday; return true;
            case ('w' << 8) | 'e': day = DayOfWeek.Wednesday; return true;
            case ('t' << 8) | 'h': day = DayOfWeek.Thursday; return true;
            case ('f' << 8) | 'r': day = DayOfWeek.Friday; return true;
            case ('s' << 8) | 'a': day = DayOfWeek.Saturday; return true;
            default: return false;
        }
    }

    private enum NumberStatus
    {
        Ok,
        Invalid,
        Overflow,
    }

    /// <summary>Reads an optionally signed decimal integer; more than 18 digits is an overflow, not an error.</summary>
    private static NumberStatus TryInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        bool negative = false;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (text.IsEmpty)
        {
            return NumberStatus.Invalid;
        }

        bool overflow = false;
        int digits = 0;
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return NumberStatus.Invalid;
            }

            if (value == 0 && c == '0')
            {
                continue;
            }

            if (++digits > 18)
            {
                overflow = true;
                continue;
            }

            value = (value * 10) + (c - '0');
        }

        if (negative)
        {
            value = -value;
        }

        return overflow ? NumberStatus.Overflow : NumberStatus.Ok;
    }

    private static int[] IntList(ReadOnlySpan<char> value, Span<Range> ranges, Span<bool> seen, Part part, string name, int min, int max,
        bool zeroInvalid, List<RecurrenceProblem> problems)
    {
        if (!seen[(int)part])
        {
            return [];
        }

        var text = value[ranges[(int)part]];
        Span<ulong> present = stackalloc ulong[12];
        present.Clear();
        Span<int> buffer = stackalloc int[733];
        int kept = 0;
        int bad = 0;
        string? badSample = null;
        foreach (var itemRange in text.Split(','))
        {
            var item = text[itemRange].Trim();
            var status = TryInteger(item, out long n);
            if (status != NumberStatus.Ok || n < min || n > max || (zeroInvalid && n == 0))
            {
                bad++;
                if (bad <= 3)
                {
                    badSample = badSample is null ? Quote(item) : badSample + ", " + Quote(item);
                }

                continue;
            }

            int bit = (int)n + 366;
            ref ulong word = ref present[bit >> 6];
            ulong mask = 1UL << (bit & 63);
            if ((word & mask) != 0)
            {
                continue;
            }

            word |= mask;
            buffer[kept++] = (int)n;
        }

        if (bad > 0)
        {
            problems.Add(new(RecurrenceProblemKind.InvalidValue,
                $"{name}: dropped {bad} value(s) outside {min}..{max}{(zeroInvalid && min < 0 ? " (0 excluded)" : string.Empty)}: {badSample}{(bad > 3 ? ", …" : string.Empty)}"));
        }

        return buffer[..kept].ToArray();
    }

    private static WeekdayNum[] DayList(ReadOnlySpan<char> text, List<RecurrenceProblem> problems)
    {
        // 7 weekdays × 107 ordinals (−53..53) at most after removing duplicates.
        Span<ulong> present = stackalloc ulong[(7 * 107 / 64) + 1];
        present.Clear();
        var list = new List<WeekdayNum>();
        int bad = 0;
        string? badSample = null;
        foreach (var itemRange in text.Split(','))
        {
            var item = text[itemRange].Trim();
            if (item.Length < 2 || !TryWeekday(item[^2..], out var day))
            {
                Bad(item);
                continue;
            }

            int ordinal = 0;
            var prefix = item[..^2].Trim();
            if (!prefix.IsEmpty)
            {
                if (TryInteger(prefix, out long n) != NumberStatus.Ok || n == 0 || n < -53 || n > 53)
                {
                    Bad(item);
                    continue;
                }

                ordinal = (int)n;
            }

            int bit = ((int)day * 107) + ordinal + 53;
            ref ulong word = ref present[bit >> 6];
            ulong mask = 1UL << (bit & 63);
            if ((word & mask) != 0)
            {
                continue;
            }

            word |= mask;
            list.Add(new WeekdayNum(ordinal, day));
        }

        if (bad > 0)
        {
            problems.Add(new(RecurrenceProblemKind.InvalidValue,
                $"BYDAY: dropped {bad} entr{(bad == 1 ? "y" : "ies")} that are not [±1..53]weekday: {badSample}{(bad > 3 ? ", …" : string.Empty)}"));
        }

        return list.ToArray();

        void Bad(ReadOnlySpan<char> item)
        {
            bad++;
            if (bad <= 3)
            {
                badSample = badSample is null ? Quote(item) : badSample + ", " + Quote(item);
            }
        }
    }

    private static bool HasOrdinal(WeekdayNum[] days)
    {
        foreach (var d in days)
        {
            if (d.Ordinal != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static WeekdayNum[] StripOrdinals(WeekdayNum[] days)
    {
        var list = new List<WeekdayNum>(7);
        int mask = 0;
        foreach (var d in days)
        {
            int bit = 1 << (int)d.Day;
            if ((mask & bit) == 0)
            {
                mask |= bit;
                list.Add(new WeekdayNum(0, d.Day));
            }
        }

        return list.ToArray();
    }

    private static string Quote(ReadOnlySpan<char> text)
    {
        var cut = text.Length > MaxQuoted ? text[..MaxQuoted] : text;
        Span<char> clean = stackalloc char[cut.Length];
        for (int i = 0; i < cut.Length; i++)
        {
            clean[i] = char.IsControl(cut[i]) ? '?' : cut[i];
        }

        return text.Length > MaxQuoted ? string.Concat(clean, "…") : clean.ToString();
    }
}
