namespace Calguard.Storage.Statistics;

/// <summary>One day's counters of one tenant.</summary>
/// <param name="Day">The UTC day.</param>
/// <param name="Tenant">The tenant domain; empty for messages without a recipient.</param>
/// <param name="Counters">Counter name → value.</param>
public sealed record DailyStatistics(DateOnly Day, string Tenant, IReadOnlyDictionary<string, long> Counters)
{
    /// <summary>A counter's value, 0 when absent.</summary>
    public long this[string counter] => Counters.TryGetValue(counter, out var v) ? v : 0;
}
