namespace Calguard.Recurrence;

/// <summary>Why a <see cref="RuleIterator"/> stopped.</summary>
internal enum RuleStop
{
    None,
    Until,
    Count,
    CalendarEnd,
    NeverMatches,
    Budget,
    CountUnknown,
}
