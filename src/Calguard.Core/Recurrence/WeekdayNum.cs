namespace Calguard.Recurrence;

/// <summary>One BYDAY entry: a weekday with an optional ordinal ("weekdaynum" in RFC 5545 §3.3.10).</summary>
/// <param name="Ordinal">
/// The occurrence within the month or year (1 = first, -1 = last, range ±1..53), or 0 for every such weekday.
/// </param>
/// <param name="Day">The weekday.</param>
public readonly record struct WeekdayNum(int Ordinal, DayOfWeek Day)
{
    /// <summary>Writes the entry as RRULE text, for example <c>MO</c>, <c>2TU</c> or <c>-1FR</c>.</summary>
    /// <returns>The canonical RRULE text of the entry.</returns>
    public override string ToString()
        => Ordinal == 0 ? RecurrenceRule.WeekdayCode(Day) : Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) + RecurrenceRule.WeekdayCode(Day);
}
