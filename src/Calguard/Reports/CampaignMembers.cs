using Calguard.Provenance;
using Calguard.Storage.Provenance;
using Calguard.Storage.Reports;

namespace Calguard.Host.Reports;

/// <summary>
/// Finds every recorded copy of a campaign in provenance: the same fingerprint, or a SimHash within
/// <see cref="Campaign.MaxDistance"/> bits ("report once, clean everywhere"), grouped per recipient.
/// </summary>
public sealed class CampaignMembers(IProvenanceStore provenance)
{
    /// <summary>The provenance records of the campaign, newest first, within <paramref name="tenants"/> (null for all).</summary>
    public async Task<IReadOnlyList<ProvenanceRecord>> RecordsAsync(Campaign campaign, IReadOnlyList<string>? tenants, int limit, CancellationToken cancellationToken)
    {
        var exact = await provenance.FindAsync(new ProvenanceQuery { Fingerprint = campaign.Id, Tenants = tenants, Limit = limit }, cancellationToken).ConfigureAwait(false);
        var similar = await provenance.FindSimilarAsync(campaign.SimHash, Campaign.MaxDistance, new ProvenanceQuery { Tenants = tenants, Limit = limit }, cancellationToken).ConfigureAwait(false);
        return exact.Concat(similar).DistinctBy(r => r.Id).OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).Take(limit).ToArray();
    }

    /// <summary>Groups records per recipient, optionally leaving one recipient out (the reporter).</summary>
    public static IReadOnlyList<CampaignCopy> Group(IEnumerable<ProvenanceRecord> records, string? except = null) =>
        records.Where(r => except is null || !string.Equals(r.Recipient, except, StringComparison.Ordinal))
            .GroupBy(r => r.Recipient, StringComparer.Ordinal)
            .Select(g => new CampaignCopy(
                g.Key,
                g.Select(r => r.Uid).OfType<string>().Distinct(StringComparer.Ordinal).ToArray(),
                g.Select(r => r.Fingerprint).Distinct(StringComparer.Ordinal).ToArray(),
                g.Select(r => r.Id).ToArray(),
                g.Max(r => r.ArrivalTime)))
            .OrderBy(c => c.Recipient, StringComparer.Ordinal)
            .ToArray();
}
