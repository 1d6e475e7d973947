using System.Globalization;
using StackExchange.Redis;

namespace Calguard.Storage.Statistics;

/// <summary>
/// Counters in Redis, shared by every node: one hash per day (<c>calguard:stats:yyyy-MM-dd</c>) with a field
/// <c>tenant|counter</c> per counter, incremented with HINCRBY (atomic) and expiring after the retention.
/// </summary>
/// <remarks>Durability is Redis's: run it with AOF (<c>appendonly yes</c>) to keep statistics across a Redis restart.</remarks>
public sealed class RedisStatisticsStore(IConnectionMultiplexer redis, TimeSpan retention, string prefix = "calguard:stats:") : IStatisticsStore
{
    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<StatisticsIncrement> increments, CancellationToken cancellationToken = default)
    {
        if (increments.Count == 0)
        {
            return;
        }
        var db = redis.GetDatabase();
        var batch = db.CreateBatch();
        var tasks = new List<Task>();
        foreach (var group in increments.GroupBy(i => i.Day))
        {
            var key = Key(group.Key);
            foreach (var increment in group)
            {
                foreach (var (name, amount) in increment.Counters)
                {
                    tasks.Add(batch.HashIncrementAsync(key, increment.Tenant + "|" + name, amount));
                }
            }
            var expiry = group.Key.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1) + retention - DateTime.UtcNow;
            tasks.Add(batch.KeyExpireAsync(key, expiry > TimeSpan.Zero ? expiry : TimeSpan.FromSeconds(1)));
        }
        batch.Execute();
        await Task.WhenAll(tasks).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DailyStatistics>> QueryAsync(DateOnly from, DateOnly to, IReadOnlyList<string>? tenants, CancellationToken cancellationToken = default)
    {
        var db = redis.GetDatabase();
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            days.Add(d);
        }
        var batch = db.CreateBatch();
        var reads = days.Select(d => batch.HashGetAllAsync(Key(d))).ToArray();
        batch.Execute();
        var entries = await Task.WhenAll(reads).WaitAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<DailyStatistics>();
        for (var i = 0; i < days.Count; i++)
        {
            var byTenant = new SortedDictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
            foreach (var entry in entries[i])
            {
                var field = (string)entry.Name!;
                var bar = field.LastIndexOf('|');
                if (bar < 0)
                {
                    continue;
                }
                var tenant = field[..bar];
                if (!TenantFilter.Matches(tenants, tenant))
                {
                    continue;
                }
                if (!byTenant.TryGetValue(tenant, out var counters))
                {
                    byTenant[tenant] = counters = new Dictionary<string, long>(StringComparer.Ordinal);
                }
                counters[field[(bar + 1)..]] = (long)entry.Value;
            }
            result.AddRange(byTenant.Select(t => new DailyStatistics(days[i], t.Key, t.Value)));
        }
        return result;
    }

    /// <inheritdoc />
    /// <remarks>Keys expire by themselves after the retention; this deletes the year of days before
    /// <paramref name="before"/> at once, for a retention that was shortened.</remarks>
    public async Task<int> PurgeAsync(DateOnly before, CancellationToken cancellationToken = default)
    {
        var keys = Enumerable.Range(1, 366).Select(i => Key(before.AddDays(-i))).ToArray();
        return (int)await redis.GetDatabase().KeyDeleteAsync(keys).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private RedisKey Key(DateOnly day) => prefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
