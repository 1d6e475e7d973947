using System.Globalization;
using Calguard.Storage.Database;

namespace Calguard.Storage.Statistics;

/// <summary>Counters in the <c>statistics</c> table, one row per day, tenant and counter, incremented with an upsert.</summary>
public sealed class SqlStatisticsStore(CalguardDatabase database) : IStatisticsStore
{
    /// <inheritdoc />
    public Task AddAsync(IReadOnlyList<StatisticsIncrement> increments, CancellationToken cancellationToken = default)
    {
        if (increments.Count == 0)
        {
            return Task.CompletedTask;
        }
        return database.Writer.WriteAsync((connection, transaction) => Insert(connection, transaction, increments), cancellationToken);
    }

    /// <summary>Adds increments inside a caller's transaction (see <see cref="CalguardStore.RecordAsync"/>).</summary>
    internal static void Insert(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, IReadOnlyList<StatisticsIncrement> increments)
    {
        // Prepared once per connection (the writer's), not per scan.
        var command = connection.Prepared(UpsertSql, transaction, UpsertParameters);
        foreach (var increment in increments)
        {
            var day = Day(increment.Day);
            foreach (var (name, amount) in increment.Counters)
            {
                command.Bind(0, day);
                command.Bind(1, increment.Tenant);
                command.Bind(2, name);
                command.Bind(3, amount);
                command.ExecuteNonQuery();
            }
        }
    }

    private const string UpsertSql = """
        INSERT INTO statistics (day, tenant, counter, value) VALUES (@d, @t, @c, @v)
        ON CONFLICT (day, tenant, counter) DO UPDATE SET value = statistics.value + excluded.value
        """;

    private static readonly string[] UpsertParameters = ["@d", "@t", "@c", "@v"];

    /// <inheritdoc />
    public async Task<IReadOnlyList<DailyStatistics>> QueryAsync(DateOnly from, DateOnly to, IReadOnlyList<string>? tenants, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT day, tenant, counter, value FROM statistics WHERE day >= @f AND day <= @t ORDER BY day, tenant")
            .With("@f", Day(from)).With("@t", Day(to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new Dictionary<(string Day, string Tenant), Dictionary<string, long>>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var tenant = reader.GetString(1);
            if (!TenantFilter.Matches(tenants, tenant))
            {
                continue;
            }
            var key = (reader.GetString(0), tenant);
            if (!rows.TryGetValue(key, out var counters))
            {
                rows[key] = counters = new Dictionary<string, long>(StringComparer.Ordinal);
            }
            counters[reader.GetString(2)] = reader.GetInt64(3);
        }
        return rows.Select(r => new DailyStatistics(DateOnly.ParseExact(r.Key.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.Key.Tenant, r.Value))
            .OrderBy(d => d.Day).ThenBy(d => d.Tenant, StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(DateOnly before, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command("DELETE FROM statistics WHERE day < @d", transaction).With("@d", Day(before));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
