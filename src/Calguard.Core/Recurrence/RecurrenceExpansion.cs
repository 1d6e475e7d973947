namespace Calguard.Recurrence;

/// <summary>The instance starts of a recurrence within a window, as returned by <see cref="RecurrenceAnalyser.Expand"/>.</summary>
public sealed class RecurrenceExpansion
{
    /// <summary>The instance starts in ascending order, wall-clock in DTSTART's frame.</summary>
    public IReadOnlyList<DateTime> Instances { get; init; } = [];

    /// <summary>True when a limit (instances, iterations, time) stopped the expansion before the end of the window.</summary>
    public bool IsTruncated { get; init; }

    /// <summary>Problems met while expanding (budget only; use <see cref="RecurrenceAnalyser.Analyse"/> for evidence).</summary>
    public IReadOnlyList<RecurrenceProblem> Problems { get; init; } = [];
}
