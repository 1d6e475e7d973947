namespace Calguard.Recurrence;

/// <summary>Summarises a recurrence within hard bounds, turning abusive rules into evidence instead of a hang.</summary>
/// <remarks>
/// <para>
/// Exact for ordinary rules (RFC 5545 §3.3.10 and §3.8.5); for any input it finishes within
/// <see cref="RecurrenceLimits"/> and reports what it could not finish (R37: cap recurrence expansion; R38: watch for
/// malevolent recurrence patterns).
/// </para>
/// <para>
/// A bounded series is counted from DTSTART. The horizon after the reference is then either already covered, or
/// reached by jumping straight to the period that holds the reference, which is exact for rules without COUNT and
/// for COUNT rules whose slots before the instant provably fit in COUNT.
/// </para>
/// </remarks>
public static class RecurrenceAnalyser
{
    /// <summary>Analyses a recurrence set relative to a reference instant (usually the message's arrival).</summary>
    /// <param name="input">DTSTART, rules and dates, all in one wall-clock frame.</param>
    /// <param name="reference">The reference instant in the same frame as <see cref="RecurrenceInput.Start"/>.</param>
    /// <param name="limits">The bounds of the analysis; null uses <see cref="RecurrenceLimits.Default"/>.</param>
    /// <returns>The summary. Never throws: an internal failure yields a summary with an <see cref="RecurrenceProblemKind.InternalError"/> problem.</returns>
    public static RecurrenceSummary Analyse(RecurrenceInput input, DateTime reference, RecurrenceLimits? limits = null)
    {
        try
        {
            if (input is null)
            {
                return new RecurrenceSummary
                {
                    Problems = [new(RecurrenceProblemKind.InvalidValue, "no recurrence input was given")],
                };
            }

            return RecurrenceAnalysis.Run(input, reference, limits ?? RecurrenceLimits.Default);
        }
        catch (Exception ex)
        {
            return new RecurrenceSummary
            {
                BudgetExceeded = true,
                InstanceCountIsLowerBound = true,
                Problems = [new(RecurrenceProblemKind.InternalError, $"{ex.GetType().Name}: {ex.Message}")],
            };
        }
    }

    /// <summary>Lists the instance starts in [<paramref name="from"/>, <paramref name="to"/>], bounded by <paramref name="limits"/>.</summary>
    /// <remarks>Used by the sanitiser to find the n-th instance when capping a series, and by tests. With COUNT the walk starts at DTSTART.</remarks>
    /// <param name="input">DTSTART, rules and dates, all in one wall-clock frame.</param>
    /// <param name="from">The first instant of interest.</param>
    /// <param name="to">The last instant of interest (inclusive).</param>
    /// <param name="limits">The bounds; <see cref="RecurrenceLimits.MaxInstances"/> caps the list. Null uses the defaults.</param>
    /// <returns>The instances. Never throws: an internal failure yields an empty, truncated expansion with an <see cref="RecurrenceProblemKind.InternalError"/> problem.</returns>
    public static RecurrenceExpansion Expand(RecurrenceInput input, DateTime from, DateTime to, RecurrenceLimits? limits = null)
    {
        try
        {
            if (input is null)
            {
                return new RecurrenceExpansion { Problems = [new(RecurrenceProblemKind.InvalidValue, "no recurrence input was given")] };
            }

            return RecurrenceAnalysis.Expand(input, from, to, limits ?? RecurrenceLimits.Default);
        }
        catch (Exception ex)
        {
            return new RecurrenceExpansion
            {
                IsTruncated = true,
                Problems = [new(RecurrenceProblemKind.InternalError, $"{ex.GetType().Name}: {ex.Message}")],
            };
        }
    }
}
