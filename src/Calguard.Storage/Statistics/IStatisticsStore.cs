namespace Calguard.Storage.Statistics;

/// <summary>Counters per day and tenant: in the database on one node, in Redis when several nodes share it.</summary>
public interface IStatisticsStore
{
    /// <summary>Adds increments; returns once they are stored.</summary>
    Task AddAsync(IReadOnlyList<StatisticsIncrement> increments, CancellationToken cancellationToken = default);

    /// <summary>The counters of each day in [<paramref name="from"/>, <paramref name="to"/>] and tenant.</summary>
    /// <param name="from">First day (UTC).</param>
    /// <param name="to">Last day (UTC), inclusive.</param>
    /// <param name="tenants">Only these tenant domains and their subdomains; null for every tenant including the empty one.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<IReadOnlyList<DailyStatistics>> QueryAsync(DateOnly from, DateOnly to, IReadOnlyList<string>? tenants, CancellationToken cancellationToken = default);

    /// <summary>Deletes days before <paramref name="before"/>; returns the rows (or keys) deleted.</summary>
    Task<int> PurgeAsync(DateOnly before, CancellationToken cancellationToken = default);
}
