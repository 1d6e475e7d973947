using Calguard.Host.Feedback;
using Calguard.Host.Reports;
using Calguard.Storage.Provenance;
using Calguard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Calguard.Tests.Feedback;

/// <summary>Scans an invitation through the API (so provenance is real) and reports it to the feedback listener as the reports API will.</summary>
internal static class FeedbackTestApp
{
    public static Dictionary<string, string?> ArfSettings(int smtpPort, bool keepRaw = true)
    {
        var settings = FeedbackMessages.Settings();
        settings["Calguard:Provenance:KeepRawMessages"] = keepRaw ? "true" : "false";
        settings["Calguard:Feedback:Arf:Enabled"] = "true";
        settings["Calguard:Feedback:Arf:From"] = "abuse-reports@calguard.example.net";
        settings["Calguard:Feedback:Smtp:Host"] = "127.0.0.1";
        settings["Calguard:Feedback:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Calguard:Feedback:Smtp:Security"] = "none";
        return settings;
    }

    public static async Task<AcceptedReport> ScanAndReportAsync(TestApp app, string recipient, long reportId, string kind = "spam", bool authenticated = true, string? campaign = null)
    {
        var scan = await app.Client().PostAsync(
            $"/v1/scan?recipient={recipient}&clientIp=198.51.100.23&mailFrom=promo@shop-deals.example",
            TestApp.Message(FeedbackMessages.Invitation(recipient, authenticated)));
        await Problem.OkJsonAsync(scan);
        var records = await app.Store.Provenance.FindAsync(new ProvenanceQuery { Recipient = recipient, Uid = FeedbackMessages.Uid });
        var report = new AcceptedReport
        {
            Id = reportId,
            Recipient = recipient,
            Kind = kind,
            Source = "user",
            Uid = FeedbackMessages.Uid,
            Invitations = records,
            CampaignId = campaign,
            ReceivedAt = DateTimeOffset.UtcNow,
        };
        await ReportAsync(app, report);
        return report;
    }

    public static async Task ReportAsync(TestApp app, AcceptedReport report)
    {
        foreach (var listener in app.Services.GetServices<IReportListener>())
        {
            await listener.OnReportAsync(report, CancellationToken.None);
        }
    }

    /// <summary>A loopback port nothing listens on (a relay that is down).</summary>
    public static int ClosedPort() => Calguard.CalDav.Tests.Infrastructure.FreePort.Next();

    public static FeedbackListener Listener(TestApp app) => app.Services.GetRequiredService<FeedbackListener>();
}
