using Calguard.Host.Hosting;
using Calguard.Storage.Reports;
using Microsoft.Extensions.Options;

namespace Calguard.Host.Reports;

/// <summary>Deletes the kept features of campaign copies past the provenance retention, with the same interval as the provenance purge.</summary>
/// <remarks>Idempotent, so several nodes sharing one database may all run it.</remarks>
public sealed class FeaturePurgeService(SqlReportStore store, IOptions<HostSettings> settings, TimeProvider time, ILogger<FeaturePurgeService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.PurgeInterval, time);
        do
        {
            try
            {
                var deleted = await store.PurgeFeaturesAsync(time.GetUtcNow() - settings.Value.ProvenanceRetention, stoppingToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    logger.LogInformation("purged the features of {Count} campaign copies past retention", deleted);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or ObjectDisposedException)
            {
                logger.LogWarning(e, "feature purge failed; retrying in {Interval}", settings.Value.PurgeInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
