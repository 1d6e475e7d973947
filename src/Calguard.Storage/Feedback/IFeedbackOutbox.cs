namespace Calguard.Storage.Feedback;

/// <summary>
/// The durable outbox of feedback (ARF reports, learning, IMAP moves). Report listeners only enqueue; the delivery
/// service claims due items, attempts them and records the outcome. Every node sharing the database may deliver: a
/// claim leases an item, so two nodes never attempt it at once, and a node that dies mid-attempt loses only its lease.
/// </summary>
public interface IFeedbackOutbox
{
    /// <summary>Stores <paramref name="item"/> as pending, unless its dedupe key is already stored (idempotent per report).</summary>
    /// <param name="item">The item; its id, status and attempts are ignored.</param>
    /// <param name="limit">When given, the item is stored as suppressed if another item holds this slot within its window.</param>
    /// <param name="cancellationToken">Cancels before the write is queued.</param>
    Task<FeedbackEnqueueResult> EnqueueAsync(FeedbackItem item, FeedbackRateLimit? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="max"/> due pending items: counts an attempt and leases each until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<FeedbackItem>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default);

    /// <summary>Marks an item sent.</summary>
    Task CompleteAsync(long id, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task RetryAsync(long id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default);

    /// <summary>Gives an item up, with the reason.</summary>
    Task FailAsync(long id, DateTimeOffset now, string reason, CancellationToken cancellationToken = default);

    /// <summary>Items, newest first, optionally of one report or status, limited to tenants (null: all).</summary>
    Task<IReadOnlyList<FeedbackItem>> ListAsync(long? reportId = null, string? status = null, IReadOnlyList<string>? tenants = null, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>When the next pending item is due, or null when none is pending.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes finished items finished before <paramref name="cutoff"/> and rate slots expired by <paramref name="now"/>; returns the items deleted.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken = default);
}
