namespace Calguard.Recurrence;

/// <summary>The bounds of one recurrence analysis: how far to look and how much work to spend.</summary>
/// <remarks>
/// Every analysis finishes within these bounds whatever the input (DESIGN.md "Bounded work"; R37 caps recurrence
/// expansion). When a bound is reached the summary says so instead of hanging.
/// </remarks>
public sealed record RecurrenceLimits
{
    /// <summary>The defaults: 2 years, 10,000 instances, 200,000 candidates, 10 ms.</summary>
    public static RecurrenceLimits Default { get; } = new();

    /// <summary>How far after the reference instances are counted in <see cref="RecurrenceSummary.InstancesInHorizon"/>.</summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(730);

    /// <summary>Counting stops at this many instances; the summary then reports a lower bound ("at least").</summary>
    public int MaxInstances { get; init; } = 10_000;

    /// <summary>At most this many candidate dates are examined in all.</summary>
    public long MaxIterations { get; init; } = 200_000;

    /// <summary>CPU-time budget of the analysing thread (the wall clock where the platform gives no thread clock); read every few hundred
    /// candidates. A safety net: the iteration limit binds first (about 1 ms of CPU), so only a stalled computation reaches it, and then the
    /// figures are lower bounds that are not held against the rule. Waiting for a core does not spend it.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMilliseconds(50);
}
