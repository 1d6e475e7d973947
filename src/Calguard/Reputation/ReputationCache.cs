using Calguard.Reputation;
using Calguard.Storage.Caching;

namespace Calguard.Host.Reputation;

/// <summary>
/// A node's short-lived copy of stored evidence, so the hot path rarely reads the database. Entities without evidence
/// are cached as null. This node's own writes remove what they touched; other nodes' writes show after the TTL.
/// </summary>
public sealed class ReputationCache(ReputationSettings settings, TimeProvider time)
{
    private readonly ExpiringCache<ReputationSubject, ReputationEvidence?> _cache = new(settings.CacheSize, time);

    /// <summary>The cached evidence (null: known to have none).</summary>
    public bool TryGet(ReputationSubject subject, out ReputationEvidence? evidence) => _cache.TryGet(subject, out evidence);

    /// <summary>Caches what the store returned.</summary>
    public void Set(ReputationSubject subject, ReputationEvidence? evidence, TimeSpan ttl) => _cache.Set(subject, evidence, ttl);

    /// <summary>Forgets entities this node just wrote.</summary>
    public void Invalidate(IEnumerable<ReputationSubject> subjects)
    {
        foreach (var s in subjects)
        {
            _cache.Remove(s);
        }
    }
}
