using Calguard.Storage;
using Calguard.Storage.Feedback;

namespace Calguard.Host.Feedback;

/// <summary>
/// Delivers the feedback outbox: claims due items, hands each to the sender of its kind, and records the outcome —
/// sent; retried after a delay that doubles per failure up to <see cref="FeedbackDeliveryOptions.MaxDelay"/>; or given
/// up (a permanent error, or still failing <see cref="FeedbackDeliveryOptions.MaxAge"/> after it was enqueued) with the
/// reason. The outbox is in the database, so nothing is lost across restarts, and every node may run this.
/// </summary>
public sealed class FeedbackDeliveryService(CalguardStore store, FeedbackOptions options, IEnumerable<IFeedbackSender> senders, FeedbackSignal signal,
    TimeProvider time, ILogger<FeedbackDeliveryService> logger) : BackgroundService
{
    private readonly Dictionary<string, IFeedbackSender> _senders = senders.ToDictionary(s => s.Kind, StringComparer.Ordinal);
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failures.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var d = options.Delivery;
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(d.MaxDelay.Ticks, d.InitialDelay.Ticks * factor));
    }

    /// <summary>Attempts every due item once; returns how many were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var d = options.Delivery;
        var now = time.GetUtcNow();
        // The lease outlasts any attempt, so a live node's item is never taken by another; a dead node's comes back after it.
        var items = await store.FeedbackOutbox.ClaimDueAsync(now, now + d.Timeout * 4 + TimeSpan.FromMinutes(1), d.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var item in items)
        {
            await AttemptAsync(item, cancellationToken).ConfigureAwait(false);
        }
        return items.Count;
    }

    private async Task AttemptAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        var d = options.Delivery;
        string error;
        var permanent = false;
        if (!_senders.TryGetValue(item.Kind, out var sender))
        {
            error = $"no sender for kind '{item.Kind}'";
            permanent = true;
        }
        else
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(d.Timeout);
            try
            {
                await sender.SendAsync(item, attempt.Token).ConfigureAwait(false);
                await store.FeedbackOutbox.CompleteAsync(item.Id, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                logger.LogInformation("feedback item {Id} ({Kind}) for report {Report} delivered to {Target} on attempt {Attempt}", item.Id, item.Kind, item.ReportId,
                    item.Target, item.Attempts);
                return;
            }
            catch (FeedbackSendException e)
            {
                error = e.Message;
                permanent = e.Permanent;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = $"the attempt took longer than {d.Timeout}";
            }
        }
        var now = time.GetUtcNow();
        if (permanent || now - item.CreatedAt >= d.MaxAge)
        {
            var reason = permanent
                ? $"gave up after attempt {item.Attempts}: {error}"
                : $"gave up after {item.Attempts} attempts over {now - item.CreatedAt:g} (MaxAge {d.MaxAge}): {error}";
            await store.FeedbackOutbox.FailAsync(item.Id, now, reason, CancellationToken.None).ConfigureAwait(false);
            logger.LogWarning("feedback item {Id} ({Kind}) for report {Report}: {Reason}", item.Id, item.Kind, item.ReportId, reason);
            return;
        }
        var next = now + Backoff(item.Attempts);
        await store.FeedbackOutbox.RetryAsync(item.Id, next, $"attempt {item.Attempts}: {error}", CancellationToken.None).ConfigureAwait(false);
        logger.LogInformation("feedback item {Id} ({Kind}) attempt {Attempt} failed, next at {Next:O}: {Error}", item.Id, item.Kind, item.Attempts, next, error);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var d = options.Delivery;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = d.PollInterval;
            try
            {
                while (await DeliverDueAsync(stoppingToken).ConfigureAwait(false) >= d.BatchSize)
                {
                    // A full batch: more may be due right now.
                }
                await PurgeAsync(stoppingToken).ConfigureAwait(false);
                if (await store.FeedbackOutbox.NextDueAsync(stoppingToken).ConfigureAwait(false) is { } due)
                {
                    var until = due - time.GetUtcNow();
                    wait = until < wait ? until : wait;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or ObjectDisposedException or TimeoutException or InvalidOperationException)
            {
                // The outbox is durable; a round that fails on the database loses nothing and is tried again.
                logger.LogWarning(e, "feedback delivery round failed; retrying in {Wait}", wait);
            }
            try
            {
                await signal.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(10), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _lastPurge < TimeSpan.FromHours(1))
        {
            return;
        }
        _lastPurge = now;
        var items = await store.FeedbackOutbox.PurgeAsync(now - options.Delivery.KeepFinished, now, cancellationToken).ConfigureAwait(false);
        var complaints = await store.Complaints.PurgeAsync(now - options.ComplaintRetention, cancellationToken).ConfigureAwait(false);
        if (items > 0 || complaints > 0)
        {
            logger.LogInformation("purged {Items} finished feedback items and {Complaints} complaints past retention", items, complaints);
        }
    }
}
