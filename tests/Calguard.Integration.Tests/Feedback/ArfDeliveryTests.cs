using System.Globalization;
using Calguard.Integration.Tests.Feedback.Infrastructure;
using Calguard.Storage.Feedback;
using Calguard.Tests.Feedback;
using Calguard.Tests.Infrastructure;
using MimeKit;
using MimeKit.Utils;

namespace Calguard.Integration.Tests.Feedback;

/// <summary>
/// ARF reports (RFC 5965; R25, R27) delivered from the durable outbox over SMTP to a real listener (Postfix's
/// smtp-sink): what arrives, what never does (unauthenticated senders, a campaign's second report), and that a relay
/// that is down at first, or a restart in between, still ends with the report delivered.
/// </summary>
public sealed class ArfDeliveryTests
{
    private static Dictionary<string, string?> Settings(int port, string? dataDirectory = null)
    {
        var settings = FeedbackTestApp.ArfSettings(port);
        settings["Calguard:Feedback:Delivery:InitialDelay"] = "0.2";
        settings["Calguard:Feedback:Delivery:MaxDelay"] = "0.4";
        settings["Calguard:Feedback:Delivery:PollInterval"] = "0.2";
        settings["Calguard:Feedback:Delivery:Timeout"] = "PT10S";
        if (dataDirectory is not null)
        {
            settings["Calguard:Storage:DataDirectory"] = dataDirectory;
        }
        return settings;
    }

    [Fact]
    public async Task TheRelayReceivesAnRfc5965ReportWithTheOriginalAndNothingElse()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await TestApp.StartAsync(Settings(sink.Port));
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1, campaign: "campaign-1");
        // Never reported: the unauthenticated copy (backscatter, RFC 6650), and a second report of the same campaign.
        await FeedbackTestApp.ScanAndReportAsync(app, "carl@example.net", reportId: 2, authenticated: false, campaign: "campaign-1");
        await FeedbackTestApp.ScanAndReportAsync(app, "dora@example.net", reportId: 3, campaign: "campaign-1");

        var sent = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Arf, i => i.Status == FeedbackStatus.Sent);
        Assert.Equal(1, sent.Attempts);
        Assert.Empty(await app.Store.FeedbackOutbox.ListAsync(reportId: 2));
        Assert.Equal(FeedbackStatus.Suppressed, (await app.Store.FeedbackOutbox.ListAsync(reportId: 3)).Single().Status);

        var received = Assert.Single(await sink.WaitForAsync());
        Assert.Contains("abuse-reports@calguard.example.net", received.Headers["X-Mail-Args"], StringComparison.Ordinal);
        Assert.Contains("abuse@shop-deals.example", received.Headers["X-Rcpt-Args"], StringComparison.Ordinal);
        Assert.Equal("abuse@shop-deals.example", received.To.Mailboxes.Single().Address);

        var report = Assert.IsType<MultipartReport>(received.Body);
        Assert.Equal("feedback-report", report.ReportType);
        Assert.True(report[0].ContentType.IsMimeType("text", "plain"));
        var fields = Assert.IsType<MessageFeedbackReport>(report[1]).Fields;
        Assert.Equal("fraud", fields["Feedback-Type"]);
        Assert.Matches(@"^Calguard/\d+\.\d+", fields["User-Agent"]);
        Assert.Equal("1", fields["Version"]);
        Assert.Equal("<promo@shop-deals.example>", fields["Original-Mail-From"]);
        Assert.Equal("<redacted@example.net>", fields["Original-Rcpt-To"]);
        Assert.True(DateUtils.TryParse(fields["Arrival-Date"], out var arrival));
        Assert.Equal(DateTimeOffset.Parse("2026-03-03T09:12:00Z", CultureInfo.InvariantCulture), arrival);
        Assert.Equal("198.51.100.23", fields["Source-IP"]);
        Assert.Equal("shop-deals.example", fields["Reported-Domain"]);
        Assert.Equal(FeedbackMessages.Links.Order(), fields.Where(h => h.Field == "Reported-URI").Select(h => h.Value.Trim()).Order());
        var original = Assert.IsType<MessagePart>(report[2]).Message;
        Assert.Equal("inv-ann@shop-deals.example", original!.MessageId);
        Assert.Contains(original.BodyParts, p => p.ContentType.IsMimeType("text", "calendar"));

        // Nothing else arrives once the outbox has nothing pending.
        await Task.Delay(500);
        Assert.Empty(await app.Store.FeedbackOutbox.ListAsync(status: FeedbackStatus.Pending));
        Assert.Single(sink.Received());
    }

    [Fact]
    public async Task ARelayThatIsDownAtFirstGetsTheReportOnARetry()
    {
        var port = FreePort();
        await using var app = await TestApp.StartAsync(Settings(port));
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1);
        var failing = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Arf, i => i.Attempts >= 2 && i.LastError is not null);
        Assert.Equal(FeedbackStatus.Pending, failing.Status);
        Assert.Contains(port.ToString(CultureInfo.InvariantCulture), failing.LastError, StringComparison.Ordinal);

        await using var sink = await SmtpSink.StartAsync(port);
        var sent = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Arf, i => i.Status == FeedbackStatus.Sent);
        Assert.True(sent.Attempts >= 3);
        Assert.Equal("inv-ann@shop-deals.example", ((MessagePart)((MultipartReport)Assert.Single(await sink.WaitForAsync()).Body!)[2]).Message!.MessageId);
    }

    [Fact]
    public async Task AQueuedReportSurvivesARestart()
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("calguard-feedback-restart-").FullName;
        try
        {
            await using (var first = await TestApp.StartAsync(Settings(port, data)))
            {
                await FeedbackTestApp.ScanAndReportAsync(first, "ann@example.net", reportId: 1);
                await Outbox.WaitAsync(first.Store.FeedbackOutbox, 1, FeedbackKinds.Arf, i => i.LastError is not null);
            }

            await using var sink = await SmtpSink.StartAsync(port);
            await using var second = await TestApp.StartAsync(Settings(port, data));
            await Outbox.WaitAsync(second.Store.FeedbackOutbox, 1, FeedbackKinds.Arf, i => i.Status == FeedbackStatus.Sent);
            Assert.Single(await sink.WaitForAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task AnItemStillFailingPastItsMaximumAgeIsGivenUpWithTheReason()
    {
        var settings = Settings(FreePort());
        settings["Calguard:Feedback:Delivery:MaxAge"] = "PT1S";
        await using var app = await TestApp.StartAsync(settings);
        await FeedbackTestApp.ScanAndReportAsync(app, "ann@example.net", reportId: 1);
        var failed = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Arf, i => i.Status == FeedbackStatus.Failed);
        Assert.StartsWith("gave up after", failed.LastError, StringComparison.Ordinal);
        Assert.NotNull(failed.FinishedAt);
    }

    private static int FreePort() => Calguard.CalDav.Tests.Infrastructure.FreePort.Next();
}
