using System.Globalization;
using System.Text;

namespace Calguard.Recurrence;

/// <summary>An immutable, parsed RRULE value (RFC 5545 §3.3.10).</summary>
/// <remarks>
/// Instances come only from <see cref="Parse"/> and the <c>With…</c> helpers, so every value held is in range and
/// allowed with <see cref="Frequency"/>. Lists keep the order first written, without duplicates. <see cref="ToString"/>
/// writes canonical text that <see cref="Parse"/> reads back to an equal rule; the sanitiser uses it to cap COUNT or
/// UNTIL (R37).
/// </remarks>
public sealed class RecurrenceRule : IEquatable<RecurrenceRule>
{
    internal readonly int[] BySecondValues;
    internal readonly int[] ByMinuteValues;
    internal readonly int[] ByHourValues;
    internal readonly WeekdayNum[] ByDayValues;
    internal readonly int[] ByMonthDayValues;
    internal readonly int[] ByYearDayValues;
    internal readonly int[] ByWeekNoValues;
    internal readonly int[] ByMonthValues;
    internal readonly int[] BySetPosValues;

    internal RecurrenceRule(
        RecurrenceFrequency frequency,
        int interval,
        int? count,
        DateTime? until,
        bool untilIsDate,
        bool untilIsUtc,
        int[] bySecond,
        int[] byMinute,
        int[] byHour,
        WeekdayNum[] byDay,
        int[] byMonthDay,
        int[] byYearDay,
        int[] byWeekNo,
        int[] byMonth,
        int[] bySetPos,
        DayOfWeek weekStart)
    {
        Frequency = frequency;
        Interval = interval < 1 ? 1 : interval;
        Count = count;
        Until = until;
        UntilIsDate = until.HasValue && untilIsDate;
        UntilIsUtc = until.HasValue && !untilIsDate && untilIsUtc;
        BySecondValues = bySecond;
        ByMinuteValues = byMinute;
        ByHourValues = byHour;
        ByDayValues = byDay;
        ByMonthDayValues = byMonthDay;
        ByYearDayValues = byYearDay;
        ByWeekNoValues = byWeekNo;
        ByMonthValues = byMonth;
        BySetPosValues = bySetPos;
        WeekStart = weekStart;
        BySecond = Array.AsReadOnly(bySecond);
        ByMinute = Array.AsReadOnly(byMinute);
        ByHour = Array.AsReadOnly(byHour);
        ByDay = Array.AsReadOnly(byDay);
        ByMonthDay = Array.AsReadOnly(byMonthDay);
        ByYearDay = Array.AsReadOnly(byYearDay);
        ByWeekNo = Array.AsReadOnly(byWeekNo);
        ByMonth = Array.AsReadOnly(byMonth);
        BySetPos = Array.AsReadOnly(bySetPos);
    }

    /// <summary>FREQ: the base period.</summary>
    public RecurrenceFrequency Frequency { get; }

    /// <summary>INTERVAL: how many periods lie between two repetitions; at least 1.</summary>
    public int Interval { get; }

    /// <summary>COUNT: the number of instances, DTSTART included; null when absent.</summary>
    public int? Count { get; }

    /// <summary>UNTIL: the inclusive end of the series as written; null when absent.</summary>
    /// <remarks>A UTC value is not converted; the analyser converts it with <see cref="RecurrenceInput.UtcToLocal"/>.</remarks>
    public DateTime? Until { get; }

    /// <summary>True when UNTIL is a DATE (the whole day counts), false for a DATE-TIME.</summary>
    public bool UntilIsDate { get; }

    /// <summary>True when UNTIL is a UTC DATE-TIME (written with a trailing Z).</summary>
    public bool UntilIsUtc { get; }

    /// <summary>BYSECOND values, 0..60.</summary>
    public IReadOnlyList<int> BySecond { get; }

    /// <summary>BYMINUTE values, 0..59.</summary>
    public IReadOnlyList<int> ByMinute { get; }

    /// <summary>BYHOUR values, 0..23.</summary>
    public IReadOnlyList<int> ByHour { get; }

    /// <summary>BYDAY entries; ordinals only with MONTHLY or YEARLY.</summary>
    public IReadOnlyList<WeekdayNum> ByDay { get; }

    /// <summary>BYMONTHDAY values, ±1..31 (negative counts from the end of the month); never with WEEKLY.</summary>
    public IReadOnlyList<int> ByMonthDay { get; }

    /// <summary>BYYEARDAY values, ±1..366; only with YEARLY and the sub-daily frequencies.</summary>
    public IReadOnlyList<int> ByYearDay { get; }

    /// <summary>BYWEEKNO values, ±1..53, weeks numbered as in ISO 8601 but starting on <see cref="WeekStart"/>; only with YEARLY.</summary>
    public IReadOnlyList<int> ByWeekNo { get; }

    /// <summary>BYMONTH values, 1..12.</summary>
    public IReadOnlyList<int> ByMonth { get; }

    /// <summary>BYSETPOS values, ±1..366: positions within the set of each period.</summary>
    public IReadOnlyList<int> BySetPos { get; }

    /// <summary>WKST: the first day of the week (Monday when absent).</summary>
    public DayOfWeek WeekStart { get; }

    /// <summary>True when the rule has neither COUNT nor UNTIL.</summary>
    public bool IsUnbounded => Count is null && Until is null;

    /// <summary>Reads an RRULE value such as <c>FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</c>.</summary>
    /// <remarks>
    /// Tolerant, and never throws: names and values are case-insensitive, blanks and a trailing <c>;</c> are allowed,
    /// a repeated part wins over the earlier one, unknown parts and bad values are dropped. Each of these adds a
    /// <see cref="RecurrenceProblem"/> to <paramref name="problems"/>.
    /// </remarks>
    /// <param name="value">The RRULE property value, without the <c>RRULE:</c> name.</param>
    /// <param name="problems">Receives what was wrong with the value.</param>
    /// <returns>The rule, or null when FREQ is missing or unknown.</returns>
    public static RecurrenceRule? Parse(ReadOnlySpan<char> value, List<RecurrenceProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return RecurrenceRuleParser.Parse(value, problems);
    }

    /// <summary>Returns a copy bounded by COUNT instead of UNTIL.</summary>
    /// <param name="count">The number of instances; values below 1 become 1.</param>
    /// <returns>The bounded copy.</returns>
    public RecurrenceRule WithCount(int count)
        => new(Frequency, Interval, Math.Max(1, count), null, false, false, BySecondValues, ByMinuteValues, ByHourValues,
            ByDayValues, ByMonthDayValues, ByYearDayValues, ByWeekNoValues, ByMonthValues, BySetPosValues, WeekStart);

    /// <summary>Returns a copy bounded by UNTIL instead of COUNT.</summary>
    /// <param name="until">The inclusive end; a DATE uses only the date part; seconds are kept, smaller units dropped.</param>
    /// <param name="isDate">True to write UNTIL as a DATE.</param>
    /// <param name="isUtc">True to write UNTIL as a UTC DATE-TIME (ignored for a DATE).</param>
    /// <returns>The bounded copy.</returns>
    public RecurrenceRule WithUntil(DateTime until, bool isDate, bool isUtc)
    {
        var trimmed = isDate ? until.Date : new DateTime(until.Ticks - (until.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        return new(Frequency, Interval, null, DateTime.SpecifyKind(trimmed, DateTimeKind.Unspecified), isDate, isUtc, BySecondValues,
            ByMinuteValues, ByHourValues, ByDayValues, ByMonthDayValues, ByYearDayValues, ByWeekNoValues, ByMonthValues,
            BySetPosValues, WeekStart);
    }

    /// <summary>Returns a copy without COUNT and UNTIL.</summary>
    /// <returns>The unbounded copy.</returns>
    public RecurrenceRule WithoutBounds()
        => new(Frequency, Interval, null, null, false, false, BySecondValues, ByMinuteValues, ByHourValues, ByDayValues,
            ByMonthDayValues, ByYearDayValues, ByWeekNoValues, ByMonthValues, BySetPosValues, WeekStart);

    /// <summary>Writes canonical RRULE text: FREQ first, then bounds, INTERVAL, BY-parts and WKST (if not Monday).</summary>
    /// <returns>Text that <see cref="Parse"/> reads back to an equal rule.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(64);
        sb.Append("FREQ=").Append(FrequencyName(Frequency));
        if (Until is { } until)
        {
            sb.Append(";UNTIL=");
            if (UntilIsDate)
            {
                sb.Append(until.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(until.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
                if (UntilIsUtc)
                {
                    sb.Append('Z');
                }
            }
        }

        if (Count is { } count)
        {
            sb.Append(";COUNT=").Append(count.ToString(CultureInfo.InvariantCulture));
        }

        if (Interval != 1)
        {
            sb.Append(";INTERVAL=").Append(Interval.ToString(CultureInfo.InvariantCulture));
        }

        AppendList(sb, "BYMONTH", ByMonthValues);
        AppendList(sb, "BYWEEKNO", ByWeekNoValues);
        AppendList(sb, "BYYEARDAY", ByYearDayValues);
        AppendList(sb, "BYMONTHDAY", ByMonthDayValues);
        if (ByDayValues.Length > 0)
        {
            sb.Append(";BYDAY=");
            for (int i = 0; i < ByDayValues.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append(ByDayValues[i].ToString());
            }
        }

        AppendList(sb, "BYHOUR", ByHourValues);
        AppendList(sb, "BYMINUTE", ByMinuteValues);
        AppendList(sb, "BYSECOND", BySecondValues);
        AppendList(sb, "BYSETPOS", BySetPosValues);
        if (WeekStart != DayOfWeek.Monday)
        {
            sb.Append(";WKST=").Append(WeekdayCode(WeekStart));
        }

        return sb.ToString();
    }

    /// <summary>Compares every rule part, list order included.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns>True when both rules write the same canonical text.</returns>
    public bool Equals(RecurrenceRule? other)
        => other is not null
           && Frequency == other.Frequency
           && Interval == other.Interval
           && Count == other.Count
           && Until == other.Until
           && UntilIsDate == other.UntilIsDate
           && UntilIsUtc == other.UntilIsUtc
           && WeekStart == other.WeekStart
           && BySecondValues.AsSpan().SequenceEqual(other.BySecondValues)
           && ByMinuteValues.AsSpan().SequenceEqual(other.ByMinuteValues)
           && ByHourValues.AsSpan().SequenceEqual(other.ByHourValues)
           && ByDayValues.AsSpan().SequenceEqual(other.ByDayValues)
           && ByMonthDayValues.AsSpan().SequenceEqual(other.ByMonthDayValues)
           && ByYearDayValues.AsSpan().SequenceEqual(other.ByYearDayValues)
           && ByWeekNoValues.AsSpan().SequenceEqual(other.ByWeekNoValues)
           && ByMonthValues.AsSpan().SequenceEqual(other.ByMonthValues)
           && BySetPosValues.AsSpan().SequenceEqual(other.BySetPosValues);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecurrenceRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Frequency, Interval, Count, Until, ByDayValues.Length, ByMonthDayValues.Length);

    internal static string FrequencyName(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Secondly => "SECONDLY",
        RecurrenceFrequency.Minutely => "MINUTELY",
        RecurrenceFrequency.Hourly => "HOURLY",
        RecurrenceFrequency.Daily => "DAILY",
        RecurrenceFrequency.Weekly => "WEEKLY",
        RecurrenceFrequency.Monthly => "MONTHLY",
        _ => "YEARLY",
    };

    internal static string WeekdayCode(DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => "SU",
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        _ => "SA",
    };

    private static void AppendList(StringBuilder sb, string name, int[] values)
    {
        if (values.Length == 0)
        {
            return;
        }

        sb.Append(';').Append(name).Append('=');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(values[i].ToString(CultureInfo.InvariantCulture));
        }
    }
}
