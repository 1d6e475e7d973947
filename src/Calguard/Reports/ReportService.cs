using Calguard.Host.Configuration;
using Calguard.Host.Learning;
using Calguard.Learning;
using Calguard.Provenance;
using Calguard.Storage.Learning;
using Calguard.Storage.Provenance;
using Calguard.Storage.Reports;

namespace Calguard.Host.Reports;

/// <summary>
/// Takes a user's (or operator's) report about an invitation (R24): stores it with its silent block and the
/// classifier's training in one transaction, names its campaign, lists the other recipients of that campaign, and
/// then hands it to every <see cref="IReportListener"/>. Nothing is ever sent to the organizer.
/// </summary>
public sealed class ReportService(
    SqlReportStore reports, IProvenanceStore provenance, Pipeline pipeline, ClassifierSettings classifier, Settings settings,
    IEnumerable<IReportListener> listeners, TimeProvider time)
{
    private readonly IReportListener[] _listeners = [.. listeners];

    /// <summary>The most matches listed in one answer.</summary>
    public const int MaxMatches = 1000;

    /// <summary>Stores and acts on a report; returns once it is durably stored and every listener took it.</summary>
    /// <param name="request">The validated report.</param>
    /// <param name="tenants">The tenants whose recipients may be listed as matches (the key's), or null for all.</param>
    /// <param name="cancellationToken">Cancels before the write; a queued write completes.</param>
    /// <returns>The outcome, or null when only a Message-ID was given and no invitation with it was recorded for the recipient.</returns>
    /// <exception cref="ReportListenerException">A listener failed; the report is stored and a retry is safe.</exception>
    public async Task<ReportOutcome?> ReportAsync(ReportRequest request, IReadOnlyList<string>? tenants, CancellationToken cancellationToken)
    {
        var records = await FindInvitationAsync(request, cancellationToken).ConfigureAwait(false);
        if (records.Count == 0 && request.Uid is null)
        {
            return null;
        }
        var record = records.Count > 0 ? records[0] : null;
        var uid = request.Uid ?? record?.Uid;
        var subject = uid is not null ? "uid:" + uid : "mid:" + request.MessageId;
        var organizer = record?.Organizer?.ToLowerInvariant();

        Campaign? campaign = null;
        Campaign? newCampaign = null;
        if (record is not null)
        {
            campaign = await reports.FindCampaignAsync(record.Fingerprint, record.SimHash, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (campaign is null && request.Spam)
            {
                campaign = newCampaign = new Campaign(record.Fingerprint, record.SimHash, record.LinkDomains, time.GetUtcNow(), null, null);
            }
        }

        var add = new List<(string, string)>();
        var remove = new List<(string, string)>();
        var policy = pipeline.Policies.Resolve(request.Recipient);
        if (request.Spam)
        {
            if (uid is not null)
            {
                add.Add((ReportKinds.UidBlock, uid));
            }
            if (organizer is not null && policy.BlockOrganizerOnReport)
            {
                add.Add((ReportKinds.OrganizerBlock, organizer));
            }
        }
        else
        {
            if (uid is not null)
            {
                remove.Add((ReportKinds.UidBlock, uid));
            }
            if (organizer is not null)
            {
                remove.Add((ReportKinds.OrganizerBlock, organizer));
            }
        }

        var training = classifier.LearnFromReports && record is not null ? await TrainingAsync(record, request.Spam, cancellationToken).ConfigureAwait(false) : null;
        var now = time.GetUtcNow();
        var write = new ReportWrite
        {
            Report = new StoredReport(0, request.Recipient, subject, uid, request.MessageId ?? record?.MessageId, request.Spam ? ReportKinds.Spam : ReportKinds.NotSpam,
                request.Source, campaign?.Id, record?.Id, organizer, now),
            AddBlocks = add,
            RemoveBlocks = remove,
            NewCampaign = newCampaign,
            Training = training,
        };
        var saved = await reports.SaveAsync(write, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<CampaignCopy> matches = [];
        if (campaign is not null)
        {
            var copies = await new CampaignMembers(provenance).RecordsAsync(campaign, tenants, MaxMatches + records.Count, CancellationToken.None).ConfigureAwait(false);
            matches = CampaignMembers.Group(copies, except: request.Recipient).Take(MaxMatches).ToArray();
        }

        var stored = saved.Report;
        var accepted = new AcceptedReport
        {
            Id = stored.Id,
            Recipient = stored.Recipient,
            Kind = stored.Kind,
            Source = stored.Source,
            Uid = stored.Uid,
            MessageId = stored.MessageId,
            Invitations = records,
            CampaignId = stored.CampaignId ?? campaign?.Id,
            ReceivedAt = stored.ReceivedAt,
        };
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnReportAsync(accepted, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new ReportListenerException(listener.GetType().Name, e);
            }
        }
        return new ReportOutcome(stored, saved.Repeated, accepted, add, remove, saved.Training, matches);
    }

    private async Task<IReadOnlyList<ProvenanceRecord>> FindInvitationAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        if (request.Uid is not null)
        {
            var byUid = await provenance.FindAsync(new ProvenanceQuery { Recipient = request.Recipient, Uid = request.Uid, Limit = 50 }, cancellationToken).ConfigureAwait(false);
            if (byUid.Count > 0 || request.MessageId is null)
            {
                return byUid;
            }
        }
        return await provenance.FindAsync(new ProvenanceQuery { Recipient = request.Recipient, MessageId = request.MessageId, Limit = 50 }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What to teach the classifier: the features kept when the copy was scanned, else those of the retained raw
    /// message. A campaign copy is learned once (item <c>cf:FINGERPRINT</c>); the latest report decides its label.
    /// </summary>
    private async Task<TrainingItem?> TrainingAsync(ProvenanceRecord record, bool spam, CancellationToken cancellationToken)
    {
        var features = await reports.FeaturesAsync(record.Fingerprint, cancellationToken).ConfigureAwait(false);
        if (features is null && await provenance.GetAsync(record.Id, includeRaw: true, cancellationToken).ConfigureAwait(false) is { RawMessage: { } raw })
        {
            var invitation = Reading.MessageReader.Read(raw, settings.Engine.Reading);
            features = invitation.HasCalendar ? ClassifierFeatures.Extract(invitation, settings.Engine.Analysis) : null;
        }
        return features is { Count: > 0 } ? new TrainingItem("cf:" + record.Fingerprint, spam, features) : null;
    }
}
