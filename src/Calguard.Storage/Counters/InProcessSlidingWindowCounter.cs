using System.Collections.Concurrent;

namespace Calguard.Storage.Counters;

/// <summary>A <see cref="ISlidingWindowCounter"/> for one node: a queue of (time, amount) per key under a lock.</summary>
public sealed class InProcessSlidingWindowCounter(TimeProvider? time = null) : ISlidingWindowCounter
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _calls;

    /// <summary>Keys currently held (for tests of expiry).</summary>
    public int KeyCount => _windows.Count;

    /// <inheritdoc />
    public ValueTask<WindowCount> AddAsync(string key, TimeSpan window, long amount = 1, long? limit = null, CancellationToken cancellationToken = default)
    {
        Check(window, amount, limit);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)Math.Ceiling(window.TotalMilliseconds);
        while (true)
        {
            var w = _windows.GetOrAdd(key, _ => new Window());
            lock (w)
            {
                if (w.Removed)
                {
                    continue; // swept meanwhile: take the fresh one
                }
                w.Trim(now - windowMs);
                w.ExpiresAt = Math.Max(w.ExpiresAt, now + windowMs);
                var allowed = limit is not { } l || w.Total + amount <= l;
                if (allowed)
                {
                    w.Events.Enqueue((now, amount));
                    w.Total += amount;
                }
                var result = new WindowCount(allowed, w.Total);
                if ((Interlocked.Increment(ref _calls) & 1023) == 0)
                {
                    Sweep(now);
                }
                return ValueTask.FromResult(result);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<long> CountAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        Check(window, 1, null);
        if (!_windows.TryGetValue(key, out var w))
        {
            return ValueTask.FromResult(0L);
        }
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (w)
        {
            w.Trim(now - (long)Math.Ceiling(window.TotalMilliseconds));
            return ValueTask.FromResult(w.Total);
        }
    }

    /// <summary>Drops keys whose windows have emptied; runs every 1024 calls, or when called.</summary>
    public void Sweep() => Sweep(_time.GetUtcNow().ToUnixTimeMilliseconds());

    private void Sweep(long now)
    {
        foreach (var (key, w) in _windows)
        {
            lock (w)
            {
                if (w.ExpiresAt <= now)
                {
                    w.Removed = true;
                    _windows.TryRemove(new KeyValuePair<string, Window>(key, w));
                }
            }
        }
    }

    internal static void Check(TimeSpan window, long amount, long? limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        if (limit is { } l)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(l, nameof(limit));
        }
    }

    private sealed class Window
    {
        public Queue<(long At, long Amount)> Events { get; } = new();

        public long Total { get; set; }

        public long ExpiresAt { get; set; }

        public bool Removed { get; set; }

        public void Trim(long cutoff)
        {
            while (Events.Count > 0 && Events.Peek().At <= cutoff)
            {
                Total -= Events.Dequeue().Amount;
            }
        }
    }
}
