namespace Calguard.Storage.Caching;

/// <summary>
/// Remembers for a short lifetime whether a kind of row (policies, blocks, confirmed campaigns, …) is stored at all, so
/// that the look-up each scan would make is skipped while nothing is. A write through this process calls
/// <see cref="Invalidate"/> and counts at once; a write by another node or process counts once the remembered answer
/// expires, so the lifetime is the staleness bound (<see cref="Database.StorageOptions.CacheLifetime"/>).
/// </summary>
/// <param name="lifetime">How long an answer is trusted; zero asks the database every time.</param>
/// <param name="time">The clock.</param>
public sealed class EmptinessCache(TimeSpan lifetime, TimeProvider time)
{
    private readonly Lock _write = new();
    private Answer? _answer;
    private long _generation;

    /// <summary>False when the rows are known not to exist; true when they may (ask the database).</summary>
    /// <param name="anyRow">Asks the database whether any row exists; called at most once per lifetime and caller.</param>
    /// <param name="cancellationToken">Cancels the question.</param>
    public async ValueTask<bool> MayHaveRowsAsync(Func<CancellationToken, Task<bool>> anyRow, CancellationToken cancellationToken = default)
    {
        if (Known() is { } known)
        {
            return known;
        }
        var generation = Volatile.Read(ref _generation);
        var any = await anyRow(cancellationToken).ConfigureAwait(false);
        Remember(any, generation);
        return any;
    }

    /// <summary><see cref="MayHaveRowsAsync"/> for synchronous callers.</summary>
    public bool MayHaveRows(Func<bool> anyRow)
    {
        if (Known() is { } known)
        {
            return known;
        }
        var generation = Volatile.Read(ref _generation);
        var any = anyRow();
        Remember(any, generation);
        return any;
    }

    /// <summary>Forgets the answer: this process has just written such rows.</summary>
    public void Invalidate()
    {
        lock (_write)
        {
            _generation++;
            Volatile.Write(ref _answer, null);
        }
    }

    private bool? Known() =>
        lifetime <= TimeSpan.Zero ? true : Volatile.Read(ref _answer) is { } a && a.Expires > time.GetUtcNow() ? a.Any : null;

    private void Remember(bool any, long generation)
    {
        lock (_write)
        {
            // A write since the question was asked may have added rows: keep no answer from before it.
            if (generation == _generation && lifetime > TimeSpan.Zero)
            {
                Volatile.Write(ref _answer, new Answer(any, time.GetUtcNow() + lifetime));
            }
        }
    }

    private sealed record Answer(bool Any, DateTimeOffset Expires);
}
