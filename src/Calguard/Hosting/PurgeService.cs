using Calguard.Storage;
using Microsoft.Extensions.Options;

namespace Calguard.Host.Hosting;

/// <summary>Deletes provenance and statistics past their retention, at start and then every purge interval.</summary>
/// <remarks>Idempotent, so several nodes sharing one database may all run it.</remarks>
public sealed class PurgeService(CalguardStore store, IOptions<HostSettings> settings, TimeProvider time, ILogger<PurgeService> logger) : BackgroundService
{
    /// <summary>Runs one purge now; returns the provenance records and statistics rows deleted.</summary>
    public async Task<(int Provenance, int Statistics)> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var provenance = await store.Provenance.PurgeAsync(now - settings.Value.ProvenanceRetention, cancellationToken).ConfigureAwait(false);
        var statistics = await store.Statistics.PurgeAsync(DateOnly.FromDateTime((now - settings.Value.StatisticsRetention).UtcDateTime), cancellationToken).ConfigureAwait(false);
        if (provenance > 0 || statistics > 0)
        {
            logger.LogInformation("purged {Provenance} provenance records and {Statistics} statistics rows past retention", provenance, statistics);
        }
        return (provenance, statistics);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.PurgeInterval, time);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or StackExchange.Redis.RedisException or TimeoutException or ObjectDisposedException)
            {
                // The next round tries again; a purge that fails loses nothing.
                logger.LogWarning(e, "purge failed; retrying in {Interval}", settings.Value.PurgeInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
