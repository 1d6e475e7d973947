using Calguard.Host.Feedback.Arf;
using Calguard.Host.Hosting;
using Calguard.Host.Reports;
using Calguard.Provenance;
using Calguard.Storage;
using Calguard.Storage.Feedback;

namespace Calguard.Host.Feedback;

/// <summary>
/// Turns an accepted report into outbox items: an ARF report to the authenticated sender's operator (spam only; R25,
/// R27), the original to the mail filter's learning (spam or ham), and a move of the original mail to Junk or back
/// over IMAP. It only enqueues — durably, once per report and action — and wakes the delivery service; nothing is sent
/// inline, and nothing ever goes to the organizer (R24).
/// </summary>
public sealed class FeedbackListener(CalguardStore store, FeedbackOptions options, HostSettings host, TimeProvider time, FeedbackSignal signal,
    ILogger<FeedbackListener> logger) : IReportListener
{
    private readonly ArfReportBuilder _arf = new(options.Arf);

    /// <inheritdoc />
    public async Task OnReportAsync(AcceptedReport report, CancellationToken cancellationToken)
    {
        var record = report.Invitations.FirstOrDefault(r => ArfEligibility.MailChannels.Contains(r.Channel));
        if (record is null)
        {
            Note(report, "all", report.Invitations.Count == 0 ? "no provenance of the invitation" : "the invitation did not arrive by mail");
            return;
        }
        var wantsRaw = options.Learning.RspamdController is not null || options.Learning.SpamAssassinSpool is not null || options.Arf.Enabled;
        if (wantsRaw && record.RawMessage is null && record.Id > 0 && host.KeepRawMessages)
        {
            record = await store.Provenance.GetAsync(record.Id, includeRaw: true, cancellationToken).ConfigureAwait(false) ?? record;
        }
        var now = time.GetUtcNow();
        var queued = false;
        var direction = LearnDirection.Of(report.Kind);

        if (report.Kind == "spam" && options.Arf.Enabled)
        {
            queued |= await EnqueueArfAsync(report, record, now, cancellationToken).ConfigureAwait(false);
        }
        if (options.Learning.RspamdController is { } rspamd)
        {
            queued |= await EnqueueLearningAsync(report, record, FeedbackKinds.Rspamd, rspamd.ToString(), direction, now, cancellationToken).ConfigureAwait(false);
        }
        if (options.Learning.SpamAssassinSpool is { } spool)
        {
            queued |= await EnqueueLearningAsync(report, record, FeedbackKinds.SpamAssassin, spool, direction, now, cancellationToken).ConfigureAwait(false);
        }
        if (options.ImapFor(report.Recipient) is { } imap)
        {
            if (record.MessageId is { } messageId)
            {
                var item = Item(report, FeedbackKinds.Imap, imap.Match, now) with
                {
                    Detail = new FeedbackDetail { Direction = direction, MessageId = messageId, ProvenanceId = record.Id }.ToJson(),
                };
                queued |= await EnqueueAsync(report, item, null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                Note(report, FeedbackKinds.Imap, "the invitation has no Message-ID to find it by");
            }
        }
        if (queued)
        {
            signal.Notify();
        }
    }

    private async Task<bool> EnqueueArfAsync(AcceptedReport report, ProvenanceRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var eligibility = ArfEligibility.Check(record);
        if (!eligibility.Eligible)
        {
            Note(report, FeedbackKinds.Arf, eligibility.Reason!);
            return false;
        }
        var built = _arf.Build(record, eligibility.ReportedDomain!, report.Id, now);
        using var buffer = new MemoryStream();
        await built.Message.WriteToAsync(MimeKit.FormatOptions.Default, buffer, cancellationToken).ConfigureAwait(false);
        var item = Item(report, FeedbackKinds.Arf, built.To, now) with
        {
            Payload = buffer.ToArray(),
            Detail = new FeedbackDetail { ReportedDomain = built.ReportedDomain, FeedbackType = built.FeedbackType, EnvelopeFrom = options.Arf.From, ProvenanceId = record.Id }.ToJson(),
        };
        // One report per campaign per sending domain per window: a campaign reported by a thousand users is one report.
        var campaign = report.CampaignId ?? record.Fingerprint;
        return await EnqueueAsync(report, item, new FeedbackRateLimit($"arf|{campaign}|{built.ReportedDomain}", options.Arf.Window), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> EnqueueLearningAsync(AcceptedReport report, ProvenanceRecord record, string kind, string target, string direction, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (record.RawMessage is null)
        {
            Note(report, kind, "the original message was not retained (Calguard:Provenance:KeepRawMessages)");
            return false;
        }
        var item = Item(report, kind, target, now) with
        {
            Payload = record.RawMessage,
            Detail = new FeedbackDetail { Direction = direction, MessageId = record.MessageId, ProvenanceId = record.Id }.ToJson(),
        };
        return await EnqueueAsync(report, item, null, cancellationToken).ConfigureAwait(false);
    }

    private static FeedbackItem Item(AcceptedReport report, string kind, string target, DateTimeOffset now) => new()
    {
        ReportId = report.Id,
        Kind = kind,
        DedupeKey = $"{report.Id}:{kind}",
        Recipient = report.Recipient,
        Target = target,
        CreatedAt = now,
    };

    private async Task<bool> EnqueueAsync(AcceptedReport report, FeedbackItem item, FeedbackRateLimit? limit, CancellationToken cancellationToken)
    {
        var result = await store.FeedbackOutbox.EnqueueAsync(item, limit, cancellationToken).ConfigureAwait(false);
        Note(report, item.Kind, result.Outcome switch
        {
            FeedbackEnqueueOutcome.Queued => $"queued as item {result.Id}",
            FeedbackEnqueueOutcome.Duplicate => $"already queued as item {result.Id}",
            _ => $"suppressed as item {result.Id}: {result.Reason}",
        });
        return result.Outcome == FeedbackEnqueueOutcome.Queued;
    }

    private void Note(AcceptedReport report, string action, string outcome)
    {
        logger.LogInformation("report {Report} ({Kind}) {Action}: {Outcome}", report.Id, report.Kind, action, outcome);
    }
}
