using Calguard.Storage.Contacts;
using Calguard.Storage.Counters;
using Calguard.Storage.Database;
using Calguard.Storage.Feedback;
using Calguard.Storage.Keys;
using Calguard.Storage.Learning;
using Calguard.Storage.Policies;
using Calguard.Storage.Provenance;
using Calguard.Storage.Reports;
using Calguard.Storage.Statistics;
using StackExchange.Redis;

namespace Calguard.Storage;

/// <summary>
/// Every store over one database (SQLite or PostgreSQL) and, when configured, one Redis for shared counters. The host
/// opens one at start and hands its parts to the pipeline (<see cref="Policies"/>, <see cref="KnownSenders"/>) and
/// to the surfaces.
/// </summary>
public sealed class CalguardStore : IAsyncDisposable
{
    private CalguardStore(CalguardDatabase database, IConnectionMultiplexer? redis, TimeSpan statisticsRetention)
    {
        Database = database;
        Redis = redis;
        Policies = new SqlPolicyStore(database);
        KnownSenders = new SqlKnownSenders(database);
        Keys = new SqlApiKeyStore(database);
        Provenance = new SqlProvenanceStore(database);
        FeedbackOutbox = new SqlFeedbackOutbox(database);
        Complaints = new SqlFeedbackComplaints(database);
        Reports = new SqlReportStore(database);
        Classifier = new SqlClassifierStore(database);
        Statistics = redis is null ? new SqlStatisticsStore(database) : new RedisStatisticsStore(redis, statisticsRetention);
        Counters = redis is null ? new InProcessSlidingWindowCounter() : new RedisSlidingWindowCounter(redis);
    }

    /// <summary>The database.</summary>
    public CalguardDatabase Database { get; }

    /// <summary>The shared Redis, or null on a single node.</summary>
    public IConnectionMultiplexer? Redis { get; }

    /// <summary>Domain and recipient policy overrides (Core's <c>IPolicyStore</c>).</summary>
    public SqlPolicyStore Policies { get; }

    /// <summary>Contacts and correspondents (Core's <c>IKnownSenders</c>).</summary>
    public SqlKnownSenders KnownSenders { get; }

    /// <summary>API keys.</summary>
    public IApiKeyStore Keys { get; }

    /// <summary>Provenance records.</summary>
    public IProvenanceStore Provenance { get; }

    /// <summary>The durable outbox of ARF reports, learning and IMAP moves.</summary>
    public IFeedbackOutbox FeedbackOutbox { get; }

    /// <summary>Incoming ARF complaints about the service's own accounts.</summary>
    public IFeedbackComplaints Complaints { get; }

    /// <summary>Reports, silent blocks, campaigns and the features kept for training.</summary>
    public SqlReportStore Reports { get; }

    /// <summary>The learned classifier's counts.</summary>
    public SqlClassifierStore Classifier { get; }

    /// <summary>Statistics counters: Redis when configured, else the database.</summary>
    public IStatisticsStore Statistics { get; }

    /// <summary>Sliding-window counters: Redis when configured, else in-process.</summary>
    public ISlidingWindowCounter Counters { get; }

    /// <summary>Opens (and migrates) the database and connects to Redis when a configuration string is given.</summary>
    /// <param name="options">The database.</param>
    /// <param name="redisConfiguration">A StackExchange.Redis configuration string (<c>host:port,password=…</c>), or null.</param>
    /// <param name="statisticsRetention">How long statistics are kept (Redis key expiry).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="System.Data.Common.DbException">The database cannot be opened or migrated.</exception>
    /// <exception cref="RedisConnectionException">Redis cannot be reached.</exception>
    public static async Task<CalguardStore> OpenAsync(StorageOptions options, string? redisConfiguration = null, TimeSpan? statisticsRetention = null, CancellationToken cancellationToken = default)
    {
        var database = await CalguardDatabase.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        IConnectionMultiplexer? redis = null;
        if (!string.IsNullOrWhiteSpace(redisConfiguration))
        {
            try
            {
                var configuration = ConfigurationOptions.Parse(redisConfiguration);
                configuration.AbortOnConnectFail = true;
                redis = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await database.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        return new CalguardStore(database, redis, statisticsRetention ?? TimeSpan.FromDays(400));
    }

    /// <summary>
    /// The record stage of one scanned message: its provenance records and statistics increments, in one transaction when
    /// statistics live in the database (all or nothing). With Redis, provenance commits first and the counters follow;
    /// a Redis failure then fails the call with the provenance kept.
    /// </summary>
    /// <returns>The provenance ids, in order.</returns>
    public async Task<IReadOnlyList<long>> RecordAsync(IReadOnlyList<Calguard.Provenance.ProvenanceRecord> provenance, IReadOnlyList<StatisticsIncrement> statistics, CancellationToken cancellationToken = default)
    {
        if (Statistics is SqlStatisticsStore)
        {
            if (provenance.Count == 0 && statistics.Count == 0)
            {
                return [];
            }
            return await Database.Writer.WriteAsync<IReadOnlyList<long>>((connection, transaction) =>
            {
                var ids = SqlProvenanceStore.Insert(connection, transaction, provenance);
                SqlStatisticsStore.Insert(connection, transaction, statistics);
                return ids;
            }, cancellationToken).ConfigureAwait(false);
        }
        var stored = await Provenance.AddAsync(provenance, cancellationToken).ConfigureAwait(false);
        await Statistics.AddAsync(statistics, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Checks that the database and Redis answer; returns the problems found (empty when ready).</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (!await Database.PingAsync(cancellationToken).ConfigureAwait(false))
        {
            problems.Add($"{Database.Backend.ToString().ToLowerInvariant()} does not answer");
        }
        if (Redis is not null)
        {
            try
            {
                await Redis.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                problems.Add("redis does not answer: " + e.Message);
            }
        }
        return problems;
    }

    /// <summary>Commits queued writes and closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync().ConfigureAwait(false);
        if (Redis is not null)
        {
            await Redis.DisposeAsync().ConfigureAwait(false);
        }
    }
}
