namespace Calguard.Recurrence;

/// <summary>The iterators and walker built for one analysis or expansion.</summary>
internal sealed record PreparedSet(
    long Start,
    List<RuleIterator> Rules,
    RecurrenceSetWalker Walker,
    bool Unbounded,
    bool HasCount,
    bool Recurring,
    RecurrenceFrequency? Finest);
