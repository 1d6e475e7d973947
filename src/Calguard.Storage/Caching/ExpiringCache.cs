using System.Collections.Concurrent;

namespace Calguard.Storage.Caching;

/// <summary>
/// A small thread-safe cache whose entries expire (by the given <see cref="TimeProvider"/>) and whose size is bounded:
/// when full, expired entries go first, then everything (a node re-reads; it never grows without bound).
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
public sealed class ExpiringCache<TKey, TValue>(int capacity, TimeProvider time)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset Expires)> _entries = new();
    private readonly Lock _sweep = new();

    /// <summary>Entries held (expired ones included until swept).</summary>
    public int Count => _entries.Count;

    /// <summary>The value of <paramref name="key"/> when present and not expired.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Expires > time.GetUtcNow())
            {
                value = entry.Value;
                return true;
            }
            _entries.TryRemove(new KeyValuePair<TKey, (TValue, DateTimeOffset)>(key, entry));
        }
        value = default!;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="ttl"/>; a zero TTL stores nothing.</summary>
    public void Set(TKey key, TValue value, TimeSpan ttl)
    {
        if (ttl <= TimeSpan.Zero)
        {
            _entries.TryRemove(key, out _);
            return;
        }
        if (_entries.Count >= capacity && !_entries.ContainsKey(key))
        {
            Sweep();
        }
        _entries[key] = (value, time.GetUtcNow() + ttl);
    }

    /// <summary>Forgets <paramref name="key"/>.</summary>
    public void Remove(TKey key) => _entries.TryRemove(key, out _);

    /// <summary>Forgets everything.</summary>
    public void Clear() => _entries.Clear();

    private void Sweep()
    {
        lock (_sweep)
        {
            if (_entries.Count < capacity)
            {
                return;
            }
            var now = time.GetUtcNow();
            foreach (var (key, entry) in _entries)
            {
                if (entry.Expires <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }
            // Still full of live entries: start over rather than track recency on the hot path.
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }
    }
}
