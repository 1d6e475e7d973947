using Calguard.Host.Configuration;
using Calguard.Host.Feedback.Arf;
using Calguard.Storage;
using Calguard.Storage.Feedback;
using Calguard.Storage.Provenance;

namespace Calguard.Host.Feedback;

/// <summary>
/// Finds which of the service's own accounts an incoming ARF report is about: the outbound provenance of the attached
/// original (by Message-ID, channel <c>outbound</c> or <c>milter</c>) first, then Original-Mail-From, then the
/// original's From. With <c>Calguard:LocalDomains</c> configured, only addresses in those domains are ours.
/// </summary>
public sealed class ComplaintMatcher(CalguardStore store, Settings settings)
{
    /// <summary>The provenance channels that record mail the service's own users sent.</summary>
    public static IReadOnlyList<string> OutboundChannels { get; } = ["outbound", "milter"];

    /// <summary>The complaint to store, or the problem code and detail when no account of ours matches.</summary>
    public async Task<(FeedbackComplaint? Complaint, string? Code, string? Detail)> MatchAsync(IncomingFeedbackReport report, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var messageId = report.Original?.MessageId;
        string? account = null;
        string? matchedBy = null;
        long? provenanceId = null;
        if (messageId is not null)
        {
            var records = await store.Provenance.FindAsync(new ProvenanceQuery { MessageId = messageId, Limit = 50 }, cancellationToken).ConfigureAwait(false);
            if (records.FirstOrDefault(r => OutboundChannels.Contains(r.Channel) && IsOurs(r.EnvelopeSender ?? r.From)) is { } sent)
            {
                account = Reading.CalendarAddress.Normalise(sent.EnvelopeSender ?? sent.From);
                matchedBy = "provenance";
                provenanceId = sent.Id;
            }
        }
        if (account is null && IsOurs(report.OriginalMailFrom))
        {
            account = report.OriginalMailFrom;
            matchedBy = "original-mail-from";
        }
        var originalFrom = report.Original?.From.Mailboxes.FirstOrDefault()?.Address is { } f ? Reading.CalendarAddress.Normalise(f) : null;
        if (account is null && IsOurs(originalFrom))
        {
            account = originalFrom;
            matchedBy = "original-from";
        }
        if (account is null)
        {
            var named = new[] { report.OriginalMailFrom, originalFrom }.OfType<string>().Distinct().ToArray();
            return named.Length == 0
                ? (null, "no-sending-account", "the report names no sender: no Original-Mail-From, and no From in an attached original")
                : (null, "not-our-account", $"the reported sender ({string.Join(", ", named)}) is not in Calguard:LocalDomains");
        }
        return (new FeedbackComplaint
        {
            Account = account,
            FeedbackType = report.FeedbackType,
            ReceivedAt = now,
            ReportMessageId = report.ReportMessageId,
            Reporter = report.Reporter,
            UserAgent = report.UserAgent,
            ArrivalDate = report.ArrivalDate,
            OriginalMailFrom = report.OriginalMailFrom,
            OriginalRcptTo = report.OriginalRcptTo.FirstOrDefault(),
            SourceIp = report.SourceIp,
            ReportedDomain = report.ReportedDomains.FirstOrDefault(),
            MessageId = messageId,
            ProvenanceId = provenanceId,
            MatchedBy = matchedBy!,
        }, null, null);
    }

    private bool IsOurs(string? address)
    {
        if (Reading.CalendarAddress.Normalise(address) is not { } normal || Reading.CalendarAddress.DomainOf(normal) is not { } domain)
        {
            return false;
        }
        var local = settings.Engine.Analysis.LocalDomains;
        return local.Count == 0 || local.Any(l => DomainNames.IsWithin(domain, l.Trim().TrimEnd('.').ToLowerInvariant()));
    }
}
