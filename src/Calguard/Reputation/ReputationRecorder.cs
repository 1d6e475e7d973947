using System.Collections.Concurrent;
using System.Data.Common;
using Calguard.Host.Hosting;
using Calguard.Reputation;
using Calguard.Storage.Reputation;
using Prometheus;

namespace Calguard.Host.Reputation;

/// <summary>
/// Writes the evidence of verdicts off the scan path: scans queue it (a non-blocking enqueue), and every
/// <see cref="ReputationSettings.FlushInterval"/> the queue is summed per entity and written in one transaction through
/// the group-commit writer. Also purges entities past their retention.
/// </summary>
/// <remarks>
/// On a crash the queued evidence of the last flush interval is lost (reports are not: they are written before they are
/// acknowledged). Verdict evidence is light and statistical, so this trades a second of it for scans that never wait on
/// the database. A full queue drops evidence and counts it (<c>calguard_reputation_dropped_total</c>); a failed flush is
/// logged and dropped, so memory stays bounded while the database is away. A graceful stop flushes.
/// </remarks>
public sealed class ReputationRecorder : BackgroundService
{
    private readonly SqlReputationStore _store;
    private readonly ReputationCache _cache;
    private readonly ReputationSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<ReputationRecorder> _logger;
    // Lock-free and bounded by a count (a bounded Channel takes a lock on every TryWrite, which every scan contended on).
    private readonly ConcurrentQueue<(ReputationSubjects Subjects, ReputationCounts Counts)> _queue = new();
    private int _queued;
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly Counter _dropped;
    private readonly Counter _written;

    /// <summary>Creates the recorder.</summary>
    public ReputationRecorder(SqlReputationStore store, ReputationCache cache, ReputationSettings settings, TimeProvider time, CalguardMetrics metrics, ILogger<ReputationRecorder> logger)
    {
        _store = store;
        _cache = cache;
        _settings = settings;
        _time = time;
        _logger = logger;
        var factory = Metrics.WithCustomRegistry(metrics.Registry);
        _dropped = factory.CreateCounter("calguard_reputation_dropped_total", "Verdict evidence dropped: queue full or the database failed.");
        _written = factory.CreateCounter("calguard_reputation_entities_written_total", "Entity updates written from verdict evidence.");
    }

    /// <summary>Queues the evidence of one scanned message; never waits. False when the queue is full (the evidence is dropped).</summary>
    public bool Record(ReputationSubjects subjects, ReputationCounts counts)
    {
        if (Interlocked.Increment(ref _queued) > _settings.QueueSize)
        {
            Interlocked.Decrement(ref _queued);
            _dropped.Inc();
            return false;
        }
        _queue.Enqueue((subjects, counts));
        return true;
    }

    /// <summary>Writes everything queued now; returns the number of entities written.</summary>
    /// <exception cref="DbException">The database failed; the drained evidence is lost.</exception>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sums = new Dictionary<ReputationSubject, ReputationCounts>();
            var drained = 0;
            while (_queue.TryDequeue(out var item))
            {
                Interlocked.Decrement(ref _queued);
                drained++;
                foreach (var subject in item.Subjects.All)
                {
                    sums[subject] = sums.GetValueOrDefault(subject) + item.Counts;
                }
            }
            if (sums.Count == 0)
            {
                return 0;
            }
            try
            {
                await _store.AddAsync(sums.Select(kv => (kv.Key, kv.Value)).ToArray(), _time.GetUtcNow(), _settings.Model.HalfLife, CancellationToken.None).ConfigureAwait(false);
            }
            catch
            {
                _dropped.Inc(drained);
                throw;
            }
            _cache.Invalidate(sums.Keys);
            _written.Inc(sums.Count);
            return sums.Count;
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPurge = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // Wall-clock cadence: how often to write is an operational matter, not the evidence's time.
                await Task.Delay(_settings.FlushInterval, stoppingToken).ConfigureAwait(false);
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                if (DateTimeOffset.UtcNow >= nextPurge)
                {
                    nextPurge = DateTimeOffset.UtcNow + _settings.PurgeInterval;
                    await PurgeAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // The store is disposed after the hosted services stopped: the last evidence still gets in.
        await RunOnceAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            _logger.LogWarning(e, "reputation: writing verdict evidence failed; it is dropped");
        }
    }

    private async Task PurgeAsync()
    {
        try
        {
            var deleted = await _store.PurgeAsync(_time.GetUtcNow() - _settings.Retention).ConfigureAwait(false);
            if (deleted > 0)
            {
                _logger.LogInformation("reputation: purged {Count} entities untouched for {Retention}", deleted, _settings.Retention);
            }
        }
        catch (Exception e) when (e is DbException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            _logger.LogWarning(e, "reputation: purge failed; retrying in {Interval}", _settings.PurgeInterval);
        }
    }
}
