namespace Calguard.Recurrence;

/// <summary>The recurrence of one event or to-do, in one wall-clock frame.</summary>
/// <remarks>
/// The caller resolves TZID first: <see cref="Start"/>, <see cref="RDates"/>, <see cref="ExDates"/> and the
/// reference passed to <see cref="RecurrenceAnalyser.Analyse"/> are all wall-clock times in DTSTART's zone (or UTC
/// for a UTC DTSTART). <see cref="DateTime.Kind"/> is ignored and sub-second parts are dropped.
/// </remarks>
public sealed class RecurrenceInput
{
    /// <summary>Creates an input with a DTSTART and, optionally, one RRULE.</summary>
    /// <param name="start">DTSTART as wall-clock time.</param>
    /// <param name="rule">The RRULE, or null for none.</param>
    public RecurrenceInput(DateTime start, RecurrenceRule? rule = null)
    {
        Start = start;
        Rules = rule is null ? [] : [rule];
    }

    /// <summary>DTSTART, the first instance (RFC 5545 counts it even when the rule does not match it).</summary>
    public DateTime Start { get; init; }

    /// <summary>True for an all-day DTSTART (VALUE=DATE); the time of day is then ignored.</summary>
    public bool StartIsDate { get; init; }

    /// <summary>The length of each instance (DTEND − DTSTART or DURATION); used to detect overlapping instances (R38).</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The RRULEs; several are legal in RFC 2445 files and their instances are merged.</summary>
    public IReadOnlyList<RecurrenceRule> Rules { get; init; }

    /// <summary>The first RRULE, or null; setting it replaces <see cref="Rules"/>.</summary>
    public RecurrenceRule? Rule
    {
        get => Rules.Count > 0 ? Rules[0] : null;
        init => Rules = value is null ? [] : [value];
    }

    /// <summary>EXRULEs (RFC 2445, removed by RFC 5545): their instances are removed; DTSTART is not forced into them.</summary>
    public IReadOnlyList<RecurrenceRule> ExRules { get; init; } = [];

    /// <summary>RDATE values, added to the set (duplicates count once).</summary>
    public IReadOnlyList<DateTime> RDates { get; init; } = [];

    /// <summary>EXDATE values, removed from the set when an instance starts at exactly that time.</summary>
    public IReadOnlyList<DateTime> ExDates { get; init; } = [];

    /// <summary>EXDATE;VALUE=DATE values given with a DATE-TIME DTSTART: every instance on those days is removed, as most clients do.</summary>
    public IReadOnlyList<DateOnly> ExDateDays { get; init; } = [];

    /// <summary>Converts a UTC UNTIL (<see cref="RecurrenceRule.UntilIsUtc"/>) into DTSTART's frame; null compares it unconverted.</summary>
    public Func<DateTime, DateTime>? UtcToLocal { get; init; }
}
