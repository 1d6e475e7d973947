using System.Net;
using System.Text;
using System.Text.Json;
using Calguard.Core.Tests.Provenance;
using Calguard.Storage.Keys;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Reports;

/// <summary>
/// <c>POST /v1/reports</c> through the real host: the silent block of the reported UID (and organizer, by policy)
/// holds for later scans of that recipient only, a repeat is idempotent, not-spam undoes it, and the operator lists.
/// </summary>
public sealed class ReportsApiTests
{
    internal static byte[] Invite(string uid, string organizer = "lena.brandt@partner.example", string summary = "Quarterly planning review") =>
        Encoding.UTF8.GetBytes(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n" +
            $"UID:{uid}\r\nDTSTAMP:20260301T090000Z\r\nDTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\nSUMMARY:{summary}\r\n" +
            $"ORGANIZER;CN=Lena Brandt:mailto:{organizer}\r\nATTENDEE;CN=Bob:mailto:bob@example.net\r\nATTENDEE;CN=Ann:mailto:ann@example.net\r\n" +
            "DESCRIPTION:Agenda: numbers for the quarter and the hiring plan.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

    internal static async Task<JsonElement> ScanAsync(HttpClient client, byte[] body, params string[] recipients)
    {
        var query = string.Join('&', recipients.Select(r => "recipient=" + Uri.EscapeDataString(r)));
        return await Problem.OkJsonAsync(await client.PostAsync("/v1/scan?" + query, TestApp.Message(body, body[0] == (byte)'B' ? "text/calendar" : "message/rfc822")));
    }

    internal static JsonElement DecisionFor(JsonElement scan, string recipient) =>
        scan.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("recipient").GetString() == recipient);

    internal static string[] Symbols(JsonElement scan) => scan.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();

    internal static async Task<(HttpResponseMessage Response, JsonElement Body)> ReportAsync(HttpClient client, string json)
    {
        var response = await client.PostAsync("/v1/reports", TestApp.Json(json));
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    [Fact]
    public async Task SpamReportSilentlyBlocksTheUidForTheReporterOnlyAndNotSpamUndoesIt()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        var invite = Invite("planning-1@partner.example");
        var before = await ScanAsync(client, invite, "bob@example.net", "ann@example.net");
        Assert.NotEqual("quarantine", DecisionFor(before, "bob@example.net").GetProperty("action").GetString());

        var (response, report) = await ReportAsync(client, """{"recipient":"Bob@Example.net","uid":"planning-1@partner.example","kind":"spam"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = report.GetProperty("id").GetInt64();
        Assert.Equal($"/v1/reports/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("bob@example.net", report.GetProperty("recipient").GetString());
        Assert.Equal("user", report.GetProperty("source").GetString());
        Assert.False(report.GetProperty("repeated").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, report.GetProperty("provenanceId").ValueKind);
        var block = Assert.Single(report.GetProperty("blocked").EnumerateArray());
        Assert.Equal("uid", block.GetProperty("kind").GetString());
        Assert.Equal("planning-1@partner.example", block.GetProperty("value").GetString());
        // Ann received the same invitation: she is the other recipient of the campaign.
        Assert.StartsWith("cf1-", report.GetProperty("campaignId").GetString());
        Assert.Equal(["ann@example.net"], report.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("recipient").GetString()));

        // The next copy (an update, say) is quarantined for Bob, silently; Ann is judged as before.
        var after = await ScanAsync(client, invite, "bob@example.net", "ann@example.net");
        var bob = DecisionFor(after, "bob@example.net");
        Assert.Equal("quarantine", bob.GetProperty("action").GetString());
        Assert.Contains(bob.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("reported UID planning-1@partner.example", StringComparison.Ordinal));
        Assert.Equal(DecisionFor(before, "ann@example.net").GetProperty("action").GetString(), DecisionFor(after, "ann@example.net").GetProperty("action").GetString());
        Assert.Contains("REPORT_UID_BLOCKED", Symbols(after));
        // Another UID from the same organizer is not blocked: blockOrganizerOnReport is off by default.
        var other = await ScanAsync(client, Invite("planning-2@partner.example"), "bob@example.net");
        Assert.NotEqual("quarantine", DecisionFor(other, "bob@example.net").GetProperty("action").GetString());

        // Idempotent per (recipient, uid, kind): the same id, marked repeated.
        var (again, repeat) = await ReportAsync(client, """{"recipient":"bob@example.net","uid":"planning-1@partner.example","kind":"spam"}""");
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(id, repeat.GetProperty("id").GetInt64());
        Assert.True(repeat.GetProperty("repeated").GetBoolean());

        var list = await Problem.OkJsonAsync(await client.GetAsync("/v1/reports?recipient=bob@example.net"));
        var listed = Assert.Single(list.GetProperty("reports").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetInt64());
        Assert.Equal("spam", listed.GetProperty("kind").GetString());
        Assert.Equal(id, (await Problem.OkJsonAsync(await client.GetAsync($"/v1/reports/{id}"))).GetProperty("id").GetInt64());
        var blocks = await Problem.OkJsonAsync(await client.GetAsync("/v1/recipients/bob@example.net/blocks"));
        Assert.Single(blocks.GetProperty("blocks").EnumerateArray());

        // Not spam after all: the block goes, later copies are judged as usual again.
        var (undo, undone) = await ReportAsync(client, """{"recipient":"bob@example.net","uid":"planning-1@partner.example","kind":"not-spam"}""");
        Assert.Equal(HttpStatusCode.Accepted, undo.StatusCode);
        Assert.Contains(undone.GetProperty("unblocked").EnumerateArray(), b => b.GetProperty("value").GetString() == "planning-1@partner.example");
        var restored = await ScanAsync(client, invite, "bob@example.net");
        Assert.NotEqual("quarantine", DecisionFor(restored, "bob@example.net").GetProperty("action").GetString());
        Assert.DoesNotContain("REPORT_UID_BLOCKED", Symbols(restored));
        Assert.Empty((await Problem.OkJsonAsync(await client.GetAsync("/v1/recipients/bob@example.net/blocks"))).GetProperty("blocks").EnumerateArray());
        Assert.Equal(2, (await Problem.OkJsonAsync(await client.GetAsync("/v1/reports?recipient=bob@example.net"))).GetProperty("reports").GetArrayLength());
        Assert.Single((await Problem.OkJsonAsync(await client.GetAsync("/v1/reports?kind=not-spam"))).GetProperty("reports").EnumerateArray());
    }

    [Fact]
    public async Task OrganizerIsBlockedWhenThePolicySaysSo()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        await Problem.OkJsonAsync(await client.PutAsync("/v1/recipients/bob@example.net/policy", TestApp.Json("""{"blockOrganizerOnReport":true}""")));
        await ScanAsync(client, Invite("promo-1@partner.example"), "bob@example.net", "ann@example.net");
        var (response, report) = await ReportAsync(client, """{"recipient":"bob@example.net","uid":"promo-1@partner.example","kind":"spam"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains(report.GetProperty("blocked").EnumerateArray(), b => b.GetProperty("kind").GetString() == "organizer" && b.GetProperty("value").GetString() == "lena.brandt@partner.example");

        // A new event (new UID) from the same organizer: held for Bob, not for Ann.
        var next = await ScanAsync(client, Invite("promo-2@partner.example", summary: "Another planning slot"), "bob@example.net", "ann@example.net");
        Assert.Equal("quarantine", DecisionFor(next, "bob@example.net").GetProperty("action").GetString());
        Assert.NotEqual("quarantine", DecisionFor(next, "ann@example.net").GetProperty("action").GetString());
        Assert.Contains("REPORT_ORGANIZER_BLOCKED", Symbols(next));
    }

    [Fact]
    public async Task ReportByMessageIdFindsTheRecordedInvitation()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        await ScanAsync(client, Repository.SampleBytes("spam-prize.eml"), "haruto.wolf@example.net");
        var (response, report) = await ReportAsync(client, """{"recipient":"haruto.wolf@example.net","messageId":"<calendar-7e968e77-bb7e-403f-9eb2-68a93244f7e1@google.com>","kind":"spam","source":"admin"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("7A6715B9-FB08-4EB9-99D7-B72C2691729F", report.GetProperty("uid").GetString());
        Assert.Equal("admin", report.GetProperty("source").GetString());

        var (missing, _) = await ReportAsync(client, """{"recipient":"haruto.wolf@example.net","messageId":"nope@x.example","kind":"spam"}""");
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound, "invitation-not-found");
    }

    [Theory]
    [InlineData("""{"uid":"u","kind":"spam"}""", "invalid-recipient")]
    [InlineData("""{"recipient":"bob@example.net","kind":"spam"}""", "missing-invitation")]
    [InlineData("""{"recipient":"bob@example.net","uid":"u","kind":"ham"}""", "invalid-kind")]
    [InlineData("""{"recipient":"bob@example.net","uid":"u","kind":"spam","source":"robot"}""", "invalid-source")]
    [InlineData("""{"recipient":"bob@example.net","uid":"u","kind":"spam","organizer":"x"}""", "invalid-report")]
    [InlineData("""[1]""", "invalid-report")]
    public async Task BadReportsAre400(string json, string code)
    {
        await using var app = await TestApp.StartAsync();
        await Problem.AssertAsync(await app.Client().PostAsync("/v1/reports", TestApp.Json(json)), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task KeysNeedTheReportScopeAndStayInTheirTenant()
    {
        await using var app = await TestApp.StartAsync();
        var scanOnly = await app.KeyAsync(ApiScopes.Scan);
        var tenant = await app.KeyAsync(ApiScopes.Report, "example.net");
        await ScanAsync(app.Client(), Invite("t-1@partner.example"), "bob@example.net", "eve@example.org");

        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(scanOnly).PostAsync("/v1/reports", TestApp.Json("""{"recipient":"bob@example.net","uid":"t-1@partner.example","kind":"spam"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(tenant).PostAsync("/v1/reports", TestApp.Json("""{"recipient":"eve@example.org","uid":"t-1@partner.example","kind":"spam"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(tenant).GetAsync("/v1/reports?recipient=eve@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(tenant).GetAsync("/v1/recipients/eve@example.org/blocks")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client(tenant).GetAsync("/v1/reports?recipient=not-an-address")).StatusCode);
        var (ok, report) = await ReportAsync(app.Client(tenant), """{"recipient":"bob@example.net","uid":"t-1@partner.example","kind":"spam"}""");
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        // The other tenant's recipient of the same campaign is not listed to this key.
        Assert.Empty(report.GetProperty("matches").EnumerateArray());
        await app.Client().PostAsync("/v1/reports", TestApp.Json("""{"recipient":"eve@example.org","uid":"t-1@partner.example","kind":"spam"}"""));
        var seen = await Problem.OkJsonAsync(await app.Client(tenant).GetAsync("/v1/reports"));
        Assert.All(seen.GetProperty("reports").EnumerateArray(), r => Assert.Equal("bob@example.net", r.GetProperty("recipient").GetString()));
        Assert.Equal(2, (await Problem.OkJsonAsync(await app.Client().GetAsync("/v1/reports"))).GetProperty("reports").GetArrayLength());
    }
}
