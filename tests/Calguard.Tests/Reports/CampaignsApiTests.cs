using System.Net;
using Calguard.Core.Tests.Provenance;
using Calguard.Storage.Keys;
using Calguard.Tests.Infrastructure;
using static Calguard.Tests.Reports.ReportsApiTests;

namespace Calguard.Tests.Reports;

/// <summary>Report once, clean everywhere: one report names the campaign and every other recipient; an operator's confirmation quarantines new copies.</summary>
public sealed class CampaignsApiTests
{
    [Fact]
    public async Task TenCopiesOneReportListsTheOtherNineAndConfirmationQuarantinesNewCopies()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        // Ten recipients, each their own copy: other names, dates, UIDs, tracking tokens and zero-width characters.
        for (var i = 0; i < 10; i++)
        {
            await ScanAsync(client, CampaignCopies.Message(i), CampaignCopies.Recipient(i));
        }

        var (response, report) = await ReportAsync(client, $$"""{"recipient":"{{CampaignCopies.Recipient(0)}}","uid":"{{CampaignCopies.Uid(0)}}","kind":"spam"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var campaign = report.GetProperty("campaignId").GetString()!;
        var matches = report.GetProperty("matches").EnumerateArray().ToDictionary(m => m.GetProperty("recipient").GetString()!, m => m.GetProperty("uids").EnumerateArray().Select(u => u.GetString()).ToArray());
        Assert.Equal(Enumerable.Range(1, 9).Select(CampaignCopies.Recipient).Order(), matches.Keys.Order());
        Assert.All(Enumerable.Range(1, 9), i => Assert.Equal([CampaignCopies.Uid(i)], matches[CampaignCopies.Recipient(i)]));

        var recipients = await Problem.OkJsonAsync(await client.GetAsync($"/v1/campaigns/{campaign}/recipients"));
        Assert.Equal(10, recipients.GetProperty("recipients").GetArrayLength());
        Assert.False(recipients.GetProperty("truncated").GetBoolean());
        var view = await Problem.OkJsonAsync(await client.GetAsync($"/v1/campaigns/{campaign}"));
        Assert.Equal(1, view.GetProperty("spamReports").GetInt64());
        Assert.Equal(10, view.GetProperty("recipients").GetInt64());
        Assert.False(view.GetProperty("confirmed").GetBoolean());

        // Not yet confirmed: a new copy is judged on its own merits (no campaign signal).
        var early = await ScanAsync(client, CampaignCopies.Message(10), CampaignCopies.Recipient(10));
        Assert.DoesNotContain("CAMPAIGN_CONFIRMED_SPAM", Symbols(early));

        // Only an operator without tenant limit confirms (it acts on every tenant).
        var tenantAdmin = await app.KeyAsync(ApiScopes.Admin, "example.net");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(tenantAdmin).PostAsync($"/v1/campaigns/{campaign}/confirm", null)).StatusCode);
        var confirmed = await Problem.OkJsonAsync(await client.PostAsync($"/v1/campaigns/{campaign}/confirm", null));
        Assert.True(confirmed.GetProperty("confirmed").GetBoolean());

        var late = await ScanAsync(client, CampaignCopies.Message(11), CampaignCopies.Recipient(11));
        Assert.Equal("quarantine", DecisionFor(late, CampaignCopies.Recipient(11)).GetProperty("action").GetString());
        Assert.Contains("CAMPAIGN_CONFIRMED_SPAM", Symbols(late));

        // Withdrawn: new copies are judged on their own again.
        Assert.False((await Problem.OkJsonAsync(await client.DeleteAsync($"/v1/campaigns/{campaign}/confirm"))).GetProperty("confirmed").GetBoolean());
        Assert.DoesNotContain("CAMPAIGN_CONFIRMED_SPAM", Symbols(await ScanAsync(client, CampaignCopies.Message(12), CampaignCopies.Recipient(12))));

        // Reports of the campaign are listed by it.
        var byCampaign = await Problem.OkJsonAsync(await client.GetAsync($"/v1/reports?campaign={campaign}"));
        Assert.Single(byCampaign.GetProperty("reports").EnumerateArray());
    }

    [Fact]
    public async Task UnknownCampaignIs404()
    {
        await using var app = await TestApp.StartAsync();
        await Problem.AssertAsync(await app.Client().GetAsync("/v1/campaigns/cf1-0000000000000000"), HttpStatusCode.NotFound, "campaign-not-found");
        await Problem.AssertAsync(await app.Client().GetAsync("/v1/campaigns/cf1-0000000000000000/recipients"), HttpStatusCode.NotFound, "campaign-not-found");
    }
}
