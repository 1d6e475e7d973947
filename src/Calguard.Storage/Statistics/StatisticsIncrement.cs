namespace Calguard.Storage.Statistics;

/// <summary>Amounts to add to one day's counters of one tenant.</summary>
/// <param name="Day">The UTC day.</param>
/// <param name="Tenant">The tenant domain; empty for messages without a recipient.</param>
/// <param name="Counters">Counter name → amount (see <see cref="StatisticsCounters"/>).</param>
public sealed record StatisticsIncrement(DateOnly Day, string Tenant, IReadOnlyDictionary<string, long> Counters);
