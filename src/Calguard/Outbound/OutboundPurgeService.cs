using Calguard.Storage.Outbound;

namespace Calguard.Host.Outbound;

/// <summary>
/// Deletes outbound decisions and held invitations past their retention, and forgets recipients not written to for
/// long or beyond the per-account bound, at start and then every purge interval.
/// </summary>
/// <remarks>Idempotent, so several nodes sharing one database may all run it.</remarks>
public sealed class OutboundPurgeService(SqlOutboundStore store, OutboundOptions options, TimeProvider time, ILogger<OutboundPurgeService> logger) : BackgroundService
{
    /// <summary>Runs one purge now; returns the rows deleted.</summary>
    public Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return store.PurgeAsync(now - options.DecisionRetention, now - options.HeldRetention, now - options.RecipientRetention, options.MaxRecipientsPerAccount, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PurgeInterval, time);
        do
        {
            try
            {
                var deleted = await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
                if (deleted > 0)
                {
                    logger.LogInformation("purged {Rows} outbound decisions, held invitations and recipients past retention", deleted);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or ObjectDisposedException)
            {
                logger.LogWarning(e, "outbound purge failed; retrying in {Interval}", options.PurgeInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
