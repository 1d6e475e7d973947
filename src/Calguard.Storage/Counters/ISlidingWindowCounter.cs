namespace Calguard.Storage.Counters;

/// <summary>
/// Counts events in a sliding time window per key, exactly: an event counts from the moment it is added until
/// <c>window</c> later. Check-and-add is atomic, so concurrent callers on one or many nodes never get more than a
/// limit through together. Keys expire when their window is empty, so memory stays bounded.
/// </summary>
/// <remarks>
/// In-process on one node (<see cref="InProcessSlidingWindowCounter"/>), in Redis for several
/// (<see cref="RedisSlidingWindowCounter"/>). The outbound check's velocity limits (invitations per account per hour
/// and day, bursts per IP) are built on it.
/// </remarks>
public interface ISlidingWindowCounter
{
    /// <summary>Adds <paramref name="amount"/> to the key's window unless that would exceed <paramref name="limit"/>.</summary>
    /// <param name="key">What is counted, e.g. <c>outbound:account:42:hour</c>.</param>
    /// <param name="window">The window length (at least one millisecond).</param>
    /// <param name="amount">How much to add (at least 1).</param>
    /// <param name="limit">The most the window may hold; null for no limit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it was added, and the window's total afterwards.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive window or amount, or a negative limit.</exception>
    ValueTask<WindowCount> AddAsync(string key, TimeSpan window, long amount = 1, long? limit = null, CancellationToken cancellationToken = default);

    /// <summary>The key's total in the window now.</summary>
    ValueTask<long> CountAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}
