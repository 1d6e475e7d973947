using Calguard.Provenance;

namespace Calguard.Storage.Provenance;

/// <summary>
/// Where each invitation came from, per recipient (R26), indexed by recipient and UID, Message-ID, campaign fingerprint
/// and the SimHash, so that a report weeks later finds the message (R25, R27) and every other copy of its campaign.
/// </summary>
public interface IProvenanceStore
{
    /// <summary>Stores records; returns their ids in order, once committed.</summary>
    Task<IReadOnlyList<long>> AddAsync(IReadOnlyList<ProvenanceRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Records matching a query, newest first.</summary>
    /// <exception cref="ArgumentException">The query has no recipient, UID, Message-ID or fingerprint.</exception>
    Task<IReadOnlyList<ProvenanceRecord>> FindAsync(ProvenanceQuery query, CancellationToken cancellationToken = default);

    /// <summary>Records whose SimHash is within <paramref name="maxDistance"/> bits (at most 3: the bound of the index probe), newest first.</summary>
    /// <param name="simHash">The campaign SimHash to match.</param>
    /// <param name="maxDistance">Hamming distance, 0 to 3.</param>
    /// <param name="scope">Tenants, time and limit (its other fields are ignored); null for every tenant.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IReadOnlyList<ProvenanceRecord>> FindSimilarAsync(ulong simHash, int maxDistance, ProvenanceQuery? scope = null, CancellationToken cancellationToken = default);

    /// <summary>One record by id (with its raw message when retained and asked for), or null.</summary>
    Task<ProvenanceRecord?> GetAsync(long id, bool includeRaw = false, CancellationToken cancellationToken = default);

    /// <summary>Deletes records recorded before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
