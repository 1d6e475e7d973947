using Calguard.Analysis;
using Calguard.Analysis.Rules.Learned;
using Calguard.Provenance;
using Calguard.Storage.Reports;

namespace Calguard.Host.Reports;

/// <summary>
/// What reports decided, as external facts: a UID (or organizer) a recipient reported as spam is held for that
/// recipient (silent block, R24; CalConnect's CalDAV audit draft: UID suppression), and a campaign an operator
/// confirmed is spam for everyone. Read from the database on every scan, so a report taken by one node holds on all
/// (while none is stored, within the store's cache lifetime).
/// </summary>
public sealed class ReportFactsSource(SqlReportStore store) : IExternalFactsSource
{
    /// <inheritdoc />
    public async ValueTask<ExternalFacts> ForAsync(Invitation invitation, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        var events = invitation.Events.Select(e => e.Event).ToArray();
        var uids = events.Select(e => e.Uid).OfType<string>().Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var organizers = events.Select(e => e.Organizer?.Address?.ToLowerInvariant()).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var blocked = new Dictionary<string, string>(StringComparer.Ordinal);
        var hits = new List<(Signal, string, double)>();

        var normalised = recipients.Select(r => r.Trim().Trim('<', '>').ToLowerInvariant()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var blocks = await store.BlocksForAsync(normalised, uids, organizers, cancellationToken).ConfigureAwait(false);
        foreach (var group in blocks.GroupBy(b => b.Kind))
        {
            var first = group.OrderBy(b => b.Recipient, StringComparer.Ordinal).First();
            var others = group.Select(b => b.Recipient).Distinct(StringComparer.Ordinal).Count() - 1;
            var who = others > 0 ? $"{first.Recipient} and {others} more" : first.Recipient;
            if (group.Key == ReportKinds.UidBlock)
            {
                hits.Add((ReportSignals.UidBlocked, $"{who} reported UID {first.Value} as spam (report {first.ReportId}); quarantined for them", 1.0));
            }
            else
            {
                hits.Add((ReportSignals.OrganizerBlocked, $"{who} blocked organizer {first.Value} with a spam report (report {first.ReportId}); quarantined for them", 1.0));
            }
            foreach (var b in group)
            {
                blocked.TryAdd(b.Recipient, b.Kind == ReportKinds.UidBlock
                    ? $"the recipient reported UID {b.Value} as spam (report {b.ReportId}); silent block, nothing is sent to the organizer"
                    : $"the recipient reported organizer {b.Value} as spam (report {b.ReportId}, blockOrganizerOnReport)");
            }
        }

        // The fingerprint costs more than the look-up: skip both while no campaign is confirmed.
        if (events.Length > 0 && await store.MayHaveConfirmedCampaignsAsync(cancellationToken).ConfigureAwait(false))
        {
            var fingerprint = CampaignFingerprint.Compute(invitation);
            if (await store.FindCampaignAsync(fingerprint.Value, fingerprint.SimHash, confirmedOnly: true, cancellationToken).ConfigureAwait(false) is { } campaign)
            {
                var how = campaign.Id == fingerprint.Value ? "same fingerprint" : $"SimHash {CampaignFingerprint.Distance(campaign.SimHash, fingerprint.SimHash)} bits away";
                hits.Add((ReportSignals.CampaignConfirmed, $"campaign {campaign.Id} was confirmed as spam by an operator ({how})", 1.0));
                foreach (var r in normalised)
                {
                    blocked.TryAdd(r, $"campaign {campaign.Id} was confirmed as spam by an operator");
                }
            }
        }
        return hits.Count == 0 ? ExternalFacts.None : new ExternalFacts { Hits = hits, Blocked = blocked };
    }
}
