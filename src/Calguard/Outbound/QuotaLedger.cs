using System.Diagnostics;
using Calguard.Storage.Counters;

namespace Calguard.Host.Outbound;

/// <summary>
/// Reservations that can be given back, built on <see cref="ISlidingWindowCounter"/> as it is (it only adds): a
/// reservation is an atomic check-and-add, and giving it back adds the amount to a second key, <c>KEY:released</c>, that
/// is subtracted from the first. So a request that passes the hourly limit but fails the daily one gives the hour back,
/// and a denied invitation consumes no quota, on one node or many.
/// </summary>
/// <remarks>
/// Why this never lets more than a limit through: the check-and-add on <c>KEY</c> is atomic (a Lua script in Redis, a
/// lock in process) with the limit raised by the released amount read just before. That read can only be stale in the
/// safe direction, provided every released entry still has its reservation inside the window: releases are counted over
/// a window <see cref="Margin"/> shorter than the limit's, and a release is only written within half the margin of its
/// reservation (later, the amount stays consumed, which errs on the strict side). Between a release leaving its window
/// and its reservation leaving the limit's, the amount counts again: strict, for at most the margin.
/// </remarks>
public sealed class QuotaLedger(ISlidingWindowCounter counter)
{
    /// <summary>How much shorter the window of released amounts is than the limit's.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    /// <summary>The counter underneath.</summary>
    public ISlidingWindowCounter Counter => counter;

    /// <summary>Reserves <paramref name="amount"/> in the key's window unless that would pass <paramref name="limit"/>.</summary>
    public async ValueTask<QuotaReservation> ReserveAsync(string key, TimeSpan window, long amount, long limit, CancellationToken cancellationToken = default)
    {
        var released = Releasable(window) ? await counter.CountAsync(Released(key), ReleasedWindow(window), cancellationToken).ConfigureAwait(false) : 0;
        if (amount <= 0)
        {
            var total = await counter.CountAsync(key, window, cancellationToken).ConfigureAwait(false);
            return new QuotaReservation(key, window, 0, true, Math.Max(0, total - released), Stopwatch.GetTimestamp());
        }
        var result = await counter.AddAsync(key, window, amount, limit + released, cancellationToken).ConfigureAwait(false);
        return new QuotaReservation(key, window, amount, result.Allowed, Math.Max(0, result.Count - released), Stopwatch.GetTimestamp());
    }

    /// <summary>Adds without a limit (a soft limit only reports that it was passed); returns the use afterwards.</summary>
    public async ValueTask<long> AddAsync(string key, TimeSpan window, long amount, CancellationToken cancellationToken = default)
    {
        if (amount <= 0)
        {
            return await UsedAsync(key, window, cancellationToken).ConfigureAwait(false);
        }
        var released = Releasable(window) ? await counter.CountAsync(Released(key), ReleasedWindow(window), cancellationToken).ConfigureAwait(false) : 0;
        var result = await counter.AddAsync(key, window, amount, null, cancellationToken).ConfigureAwait(false);
        return Math.Max(0, result.Count - released);
    }

    /// <summary>The key's use in its window, released amounts taken off.</summary>
    public async ValueTask<long> UsedAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var total = await counter.CountAsync(key, window, cancellationToken).ConfigureAwait(false);
        var released = total > 0 && Releasable(window) ? await counter.CountAsync(Released(key), ReleasedWindow(window), cancellationToken).ConfigureAwait(false) : 0;
        return Math.Max(0, total - released);
    }

    /// <summary>Gives a granted reservation back; returns false when it was too late to do so safely (the amount stays used).</summary>
    public async ValueTask<bool> ReleaseAsync(QuotaReservation reservation, CancellationToken cancellationToken = default)
    {
        if (!reservation.Granted || reservation.Amount <= 0)
        {
            return true;
        }
        if (!Releasable(reservation.Window) || Stopwatch.GetElapsedTime(reservation.At) > Margin / 2)
        {
            return false;
        }
        await counter.AddAsync(Released(reservation.Key), ReleasedWindow(reservation.Window), reservation.Amount, null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool Releasable(TimeSpan window) => window > Margin * 2;

    private static TimeSpan ReleasedWindow(TimeSpan window) => window - Margin;

    private static string Released(string key) => key + ":released";
}
