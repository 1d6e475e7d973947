namespace Calguard.Recurrence;

/// <summary>What a recurrence amounts to, as evidence for the analysis rules (R6, R21, R23, R36–R38).</summary>
/// <remarks>
/// Instants are wall-clock times in the frame of <see cref="RecurrenceInput.Start"/>. Counts are exact unless
/// <see cref="InstanceCountIsLowerBound"/> or <see cref="BudgetExceeded"/> says otherwise.
/// </remarks>
public sealed class RecurrenceSummary
{
    /// <summary>True when there is an RRULE or an RDATE, i.e. possibly more than one instance.</summary>
    public bool IsRecurring { get; init; }

    /// <summary>True when some RRULE has neither COUNT nor UNTIL.</summary>
    public bool IsUnbounded { get; init; }

    /// <summary>The total number of instances after EXDATE; null when unbounded or not counted to the end.</summary>
    public int? TotalInstances { get; init; }

    /// <summary>How many instances were enumerated from the start (equals <see cref="TotalInstances"/> when that is known).</summary>
    public int InstancesCounted { get; init; }

    /// <summary>The number of instances whose start lies in [reference, reference + horizon].</summary>
    public int InstancesInHorizon { get; init; }

    /// <summary>True when <see cref="InstancesInHorizon"/> stopped at a limit and the true number is at least that.</summary>
    public bool InstanceCountIsLowerBound { get; init; }

    /// <summary>The shortest time between two consecutive instance starts seen, or the rule's nominal period when the expansion was cut first.</summary>
    public TimeSpan? ShortestInterval { get; init; }

    /// <summary>True when an instance starts before the previous one ends (<see cref="ShortestInterval"/> below <see cref="RecurrenceInput.Duration"/>).</summary>
    public bool InstancesOverlap { get; init; }

    /// <summary>The first instance after EXDATE; null when none could be found.</summary>
    public DateTime? FirstInstance { get; init; }

    /// <summary>The last instance; null when unbounded or when the expansion did not reach the end.</summary>
    public DateTime? LastInstance { get; init; }

    /// <summary>The first instance starting at or after the reference; null when there is none or it was not reached.</summary>
    public DateTime? NextInstanceAfterReference { get; init; }

    /// <summary>The finest FREQ among the rules; null without RRULE.</summary>
    public RecurrenceFrequency? Frequency { get; init; }

    /// <summary>True when the iteration or CPU-time budget cut the expansion short.</summary>
    public bool BudgetExceeded { get; init; }

    /// <summary>Everything suspicious or wrong found while expanding (parse problems are returned by <see cref="RecurrenceRule.Parse"/>).</summary>
    public IReadOnlyList<RecurrenceProblem> Problems { get; init; } = [];

    /// <summary>True when <see cref="Problems"/> has a problem of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind to look for.</param>
    /// <returns>Whether such a problem was found.</returns>
    public bool Has(RecurrenceProblemKind kind)
    {
        foreach (var p in Problems)
        {
            if (p.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}
