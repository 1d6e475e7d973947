namespace Calguard.Recurrence;

/// <summary>What is wrong or suspicious about a recurrence; each kind is evidence a rule can score.</summary>
/// <remarks>R6, R21 and R38 of the calendar abuse practices name recurrence as a spam signal.</remarks>
public enum RecurrenceProblemKind
{
    /// <summary>The RRULE has no FREQ part; the rule is ignored.</summary>
    MissingFrequency,

    /// <summary>FREQ has a value that is not SECONDLY..YEARLY; the rule is ignored.</summary>
    UnknownFrequency,

    /// <summary>INTERVAL is zero, negative, not a number or too large; 1 (or the largest value) is used instead.</summary>
    InvalidInterval,

    /// <summary>A value could not be read or is out of range; it was dropped.</summary>
    InvalidValue,

    /// <summary>A rule part with an unknown name was ignored.</summary>
    UnknownPart,

    /// <summary>A rule part occurs more than once; the last one wins.</summary>
    DuplicatePart,

    /// <summary>Both COUNT and UNTIL are present, which RFC 5545 forbids; the earlier bound wins.</summary>
    CountAndUntil,

    /// <summary>UNTIL lies before DTSTART, so only DTSTART remains.</summary>
    UntilBeforeStart,

    /// <summary>COUNT is implausibly large (above 100,000).</summary>
    AbsurdCount,

    /// <summary>UNTIL lies after the year 2200 or before 1900.</summary>
    AbsurdUntil,

    /// <summary>The rule can never produce an instance besides DTSTART (for example BYMONTH=2;BYMONTHDAY=30).</summary>
    NeverMatches,

    /// <summary>The expansion stopped at a limit of the input's own making (iterations or an unknowable COUNT); figures are lower bounds.</summary>
    BudgetExceeded,

    /// <summary>A rule part is not allowed with this FREQ or DTSTART (RFC 5545 §3.3.10); it was dropped or reinterpreted.</summary>
    UnsupportedCombination,

    /// <summary>An RFC 7529 extension (RSCALE other than GREGORIAN, SKIP other than OMIT) is not supported; Gregorian rules are used.</summary>
    UnsupportedExtension,

    /// <summary>DTSTART does not match its own rule; clients disagree on how to show such a series.</summary>
    UnsynchronisedStart,

    /// <summary>Instances would fall after the year 9999, past the end of the representable calendar.</summary>
    OutOfRange,

    /// <summary>The analyser failed internally; the summary is incomplete. This is a bug, never an input property.</summary>
    InternalError,

    /// <summary>
    /// The CPU-time budget ran out before the iteration limit: the thread computed unusually slowly (a GC pause, a
    /// throttled core), which says nothing about the rule. Figures are lower bounds, but unlike <see cref="BudgetExceeded"/> it is not evidence.
    /// </summary>
    ClockBudgetExceeded,
}
