using Calguard.Host.Feedback.Arf;
using Calguard.Storage.Feedback;
using Calguard.Tests.Infrastructure;
using MimeKit;
using MimeKit.Utils;

namespace Calguard.Tests.Feedback;

/// <summary>
/// The ARF report (RFC 5965) a spam report queues, built from real provenance (R25–R27): every field, the original,
/// redaction, the addressee, and the cases that must send nothing (RFC 6650: no backscatter to unauthenticated senders).
/// </summary>
public sealed class ArfReportTests
{
    private static async Task<MimeMessage> QueuedReportAsync(TestApp app, long reportId)
    {
        var item = Assert.Single(await app.Store.FeedbackOutbox.ListAsync(reportId: reportId));
        Assert.Equal(FeedbackKinds.Arf, item.Kind);
        return MimeMessage.Load(new MemoryStream(item.Payload!));
    }

    [Fact]
    public async Task SpamReportQueuesAnArfReportWithEveryField()
    {
        await using var app = await TestApp.StartAsync(FeedbackTestApp.ArfSettings(FeedbackTestApp.ClosedPort()));
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 11);

        var message = await QueuedReportAsync(app, 11);
        Assert.Equal("abuse@shop-deals.example", message.To.Mailboxes.Single().Address);
        Assert.Equal("abuse-reports@calguard.example.net", message.From.Mailboxes.Single().Address);
        var report = Assert.IsType<MultipartReport>(message.Body);
        Assert.Equal("feedback-report", report.ReportType);
        Assert.Equal(3, report.Count);
        Assert.True(report[0].ContentType.IsMimeType("text", "plain"));
        var fields = Assert.IsType<MessageFeedbackReport>(report[1]).Fields;
        // The invitation impersonates PayPal with a credential lure: phishing, so fraud rather than abuse.
        Assert.Equal("fraud", fields["Feedback-Type"]);
        Assert.StartsWith("Calguard/", fields["User-Agent"]);
        Assert.Equal("1", fields["Version"]);
        Assert.Equal("<promo@shop-deals.example>", fields["Original-Mail-From"]);
        Assert.Equal("<redacted@example.net>", fields["Original-Rcpt-To"]);
        Assert.True(DateUtils.TryParse(fields["Arrival-Date"], out var arrival));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 12, 0, TimeSpan.Zero), arrival);
        Assert.Equal("198.51.100.23", fields["Source-IP"]);
        Assert.Equal("shop-deals.example", fields["Reported-Domain"]);
        Assert.Equal(FeedbackMessages.Links.OrderBy(l => l), fields.Where(h => h.Field == "Reported-URI").Select(h => h.Value.Trim()).OrderBy(l => l));

        var original = Assert.IsType<MessagePart>(report[2]);
        Assert.True(original.ContentType.IsMimeType("message", "rfc822"));
        Assert.Equal("inv-ann@shop-deals.example", original.Message.MessageId);
        // Redacted everywhere, the attached original included.
        var attached = original.Message.ToString();
        Assert.DoesNotContain("ann@example.net", attached, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("redacted@example.net", attached, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VCALENDAR", attached, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackLoopAddressWinsAndRedactionCanBeOff()
    {
        var settings = FeedbackTestApp.ArfSettings(FeedbackTestApp.ClosedPort(), keepRaw: false);
        settings["Calguard:Feedback:Arf:FeedbackLoops:shop-deals.example"] = "fbl@isp.example";
        settings["Calguard:Feedback:Arf:RedactRecipients"] = "false";
        await using var app = await TestApp.StartAsync(settings);
        await FeedbackTestApp.ScanAndReportAsync(app, "bob@example.net", reportId: 12);

        var message = await QueuedReportAsync(app, 12);
        Assert.Equal("fbl@isp.example", message.To.Mailboxes.Single().Address);
        var report = (MultipartReport)message.Body;
        Assert.Equal("<bob@example.net>", ((MessageFeedbackReport)report[1]).Fields["Original-Rcpt-To"]);
        // The raw message was not retained: its recorded headers instead (RFC 5965 §2 d).
        var headers = Assert.IsType<TextRfc822Headers>(report[2]);
        Assert.Equal("inv-bob@shop-deals.example", headers.Message.MessageId);
        Assert.Equal("promo@shop-deals.example", headers.Message.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task UnauthenticatedSenderAndNotSpamGetNoReport()
    {
        await using var app = await TestApp.StartAsync(FeedbackTestApp.ArfSettings(FeedbackTestApp.ClosedPort()));
        await FeedbackTestApp.ScanAndReportAsync(app, "carl@example.net", reportId: 21, authenticated: false);
        await FeedbackTestApp.ScanAndReportAsync(app, "dora@example.net", reportId: 22, kind: "not-spam");
        Assert.Empty(await app.Store.FeedbackOutbox.ListAsync());

        // The same organizer authenticated is reported: the difference above is the authentication.
        await FeedbackTestApp.ScanAndReportAsync(app, "emil@example.net", reportId: 23);
        Assert.Single(await app.Store.FeedbackOutbox.ListAsync());
    }

    [Fact]
    public void EligibilityNeedsAnAuthenticatedOrganizerAndADkimPass()
    {
        var record = new Calguard.Provenance.ProvenanceRecord
        {
            Recipient = "a@example.net",
            Channel = "milter",
            Verdict = "spam",
            Action = "quarantine",
            Fingerprint = "cf1-0",
            OrganizerAuthenticated = true,
            DkimDomains = ["mailer.example", "shop-deals.example"],
            Organizer = "promo@shop-deals.example",
        };
        Assert.Equal("shop-deals.example", ArfEligibility.Check(record).ReportedDomain);
        Assert.Contains("not authenticated", ArfEligibility.Check(record with { OrganizerAuthenticated = false }).Reason);
        Assert.Contains("DKIM", ArfEligibility.Check(record with { DkimDomains = [] }).Reason);
        Assert.Contains("caldav", ArfEligibility.Check(record with { Channel = "caldav" }).Reason);
    }

    [Fact]
    public async Task EnqueueIsIdempotentPerReportAndOnePerCampaignPerSender()
    {
        await using var app = await TestApp.StartAsync(FeedbackTestApp.ArfSettings(FeedbackTestApp.ClosedPort()));
        var first = await FeedbackTestApp.ScanAndReportAsync(app, "fay@example.net", reportId: 31, campaign: "campaign-7");
        // The reports API calls listeners again when a client retries: still one item.
        await FeedbackTestApp.ReportAsync(app, first);
        Assert.Single(await app.Store.FeedbackOutbox.ListAsync(reportId: 31));

        // Another recipient of the same campaign reports it: suppressed, and the reason names the holder.
        await FeedbackTestApp.ScanAndReportAsync(app, "gus@example.net", reportId: 32, campaign: "campaign-7");
        var second = Assert.Single(await app.Store.FeedbackOutbox.ListAsync(reportId: 32));
        Assert.Equal(FeedbackStatus.Suppressed, second.Status);
        Assert.Contains("rate limit", second.LastError);
        Assert.Contains("campaign-7", second.LastError);

        // A different campaign from the same sender is its own report.
        await FeedbackTestApp.ScanAndReportAsync(app, "hal@example.net", reportId: 33, campaign: "campaign-8");
        Assert.Equal(FeedbackStatus.Pending, Assert.Single(await app.Store.FeedbackOutbox.ListAsync(reportId: 33)).Status);
    }
}
