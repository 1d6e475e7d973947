namespace Calguard.Recurrence;

/// <summary>Proleptic Gregorian arithmetic on day numbers (0 = 0001-01-01) and seconds, without DateTime overflow.</summary>
internal static class CivilCalendar
{
    /// <summary>The day number of 9999-12-31, the last day a <see cref="DateTime"/> can hold.</summary>
    public const int MaxDay = 3_652_058;

    /// <summary>Seconds in a day.</summary>
    public const long SecondsPerDay = 86_400;

    /// <summary>The last second a <see cref="DateTime"/> can hold, 9999-12-31T23:59:59.</summary>
    public const long MaxSecond = ((MaxDay + 1L) * SecondsPerDay) - 1;

    /// <summary>The last representable year.</summary>
    public const int MaxYear = 9999;

    private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    public static bool IsLeap(long year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInYear(long year) => IsLeap(year) ? 366 : 365;

    public static int DaysInMonth(long year, int month)
        => month == 2 ? (IsLeap(year) ? 29 : 28) : (month is 4 or 6 or 9 or 11 ? 30 : 31);

    /// <summary>The day number of January 1 of <paramref name="year"/> (year ≥ 1; works past 9999).</summary>
    public static long YearStart(long year)
    {
        long p = year - 1;
        return (p * 365) + (p / 4) - (p / 100) + (p / 400);
    }

    /// <summary>The day of the year (0-based) on which <paramref name="month"/> starts.</summary>
    public static int MonthStartInYear(long year, int month)
        => DaysBeforeMonth[month] + (month > 2 && IsLeap(year) ? 1 : 0);

    public static long DayFromCivil(long year, int month, int day) => YearStart(year) + MonthStartInYear(year, month) + day - 1;

    /// <summary>Splits a day number in [0, <see cref="MaxDay"/>] into year, month and day.</summary>
    public static void CivilFromDay(long day, out int year, out int month, out int dayOfMonth)
        => DateOnly.FromDayNumber((int)day).Deconstruct(out year, out month, out dayOfMonth);

    /// <summary>The weekday as <see cref="DayOfWeek"/> numbers (0 = Sunday); day 0 was a Monday.</summary>
    public static int Weekday(long day) => day >= 0 ? (int)((day + 1) % 7) : (int)(((day % 7) + 8) % 7);

    /// <summary>The month (1..12) and day of month of a 1-based day of the year.</summary>
    public static void MonthFromDayOfYear(long year, int dayOfYear, out int month, out int dayOfMonth)
    {
        int leap = IsLeap(year) ? 1 : 0;
        int d0 = dayOfYear - 1;
        month = 1;
        while (month < 12 && d0 >= DaysBeforeMonth[month + 1] + (month + 1 > 2 ? leap : 0))
        {
            month++;
        }

        dayOfMonth = d0 - (DaysBeforeMonth[month] + (month > 2 ? leap : 0)) + 1;
    }

    /// <summary>The first day of week 1 of <paramref name="weekYear"/>: weeks start on <paramref name="weekStart"/> and week 1 holds January 4.</summary>
    public static long FirstWeekStart(long weekYear, int weekStart)
    {
        long jan4 = YearStart(weekYear) + 3;
        return jan4 - ((Weekday(jan4) - weekStart + 7) % 7);
    }

    /// <summary>The start of the week that holds <paramref name="day"/>.</summary>
    public static long WeekStartOf(long day, int weekStart) => day - ((Weekday(day) - weekStart + 7) % 7);

    /// <summary>The week-numbering year of a day (RFC 5545 §3.3.10 BYWEEKNO, generalised ISO 8601 with WKST).</summary>
    public static long WeekYearOf(long day, int weekStart)
    {
        long thursdayLike = WeekStartOf(day, weekStart) + 3;
        if (thursdayLike < 0)
        {
            return 1;
        }

        if (thursdayLike > MaxDay)
        {
            return MaxYear + 1;
        }

        CivilFromDay(thursdayLike, out int year, out _, out _);
        return year;
    }

    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    /// <summary>Whole seconds since 0001-01-01T00:00:00 (sub-second ticks are dropped).</summary>
    public static long Seconds(DateTime value) => value.Ticks / TimeSpan.TicksPerSecond;

    /// <summary>The wall-clock <see cref="DateTime"/> (Kind Unspecified) for a second in [0, <see cref="MaxSecond"/>].</summary>
    public static DateTime ToDateTime(long seconds)
        => new(Math.Clamp(seconds, 0, MaxSecond) * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
}
