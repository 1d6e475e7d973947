using System.Net;
using System.Text;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary><c>GET /v1/stats</c>: counts and the three CalConnect/M3AAWG ratios, with the upstream filter's spam header.</summary>
public sealed class StatsApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static byte[] PlainMail(string? spamFlag) => Encoding.ASCII.GetBytes(
        "From: a@sender.example\r\nTo: bob@example.net\r\nSubject: hello\r\nMessage-ID: <" + Guid.NewGuid() + "@sender.example>\r\n" +
        (spamFlag is null ? string.Empty : "X-Spam-Flag: " + spamFlag + "\r\n") + "\r\nJust text.\r\n");

    [Fact]
    public async Task RatiosFollowTheCounts()
    {
        var client = _app.Client();
        async Task<string> Scan(byte[] body) =>
            (await Problem.OkJsonAsync(await client.PostAsync("/v1/scan?recipient=bob@example.net", TestApp.Message(body)))).GetProperty("verdict").GetString()!;

        Assert.Equal("clean", await Scan(PlainMail("YES")));       // upstream spam, no calendar
        Assert.Equal("clean", await Scan(PlainMail("NO")));        // ham, no calendar
        Assert.Equal("clean", await Scan(PlainMail(null)));        // ham, no calendar
        Assert.Equal("spam", await Scan(Repository.SampleBytes("spam-prize.eml")));        // calendar spam
        Assert.Equal("spam", await Scan(Repository.SampleBytes("spam-callback-scam.eml"))); // calendar spam
        Assert.Equal("clean", await Scan(Repository.SampleBytes("ham-teams-meeting.eml"))); // calendar ham
        // Another tenant's traffic does not count for example.net.
        await Problem.OkJsonAsync(await client.PostAsync("/v1/scan?recipient=eve@example.org", TestApp.Message(PlainMail("YES"))));

        var stats = await Problem.OkJsonAsync(await client.GetAsync("/v1/stats?domain=example.net"));
        var totals = stats.GetProperty("totals");
        Assert.Equal(6, totals.GetProperty("mails").GetInt64());
        Assert.Equal(3, totals.GetProperty("calendarMails").GetInt64());
        Assert.Equal(2, totals.GetProperty("calendarSpam").GetInt64());
        Assert.Equal(1, totals.GetProperty("upstreamSpam").GetInt64());
        Assert.Equal(3, totals.GetProperty("allSpam").GetInt64());
        Assert.Equal(2, totals.GetProperty("verdicts").GetProperty("spam").GetInt64());
        Assert.Equal(2, totals.GetProperty("decisions").GetProperty("quarantine").GetInt64());
        var ratios = stats.GetProperty("ratios");
        Assert.Equal(0.5, ratios.GetProperty("calendarMailsPerMail").GetDouble(), 6);
        Assert.Equal(2.0 / 3, ratios.GetProperty("calendarSpamPerCalendarMail").GetDouble(), 6);
        Assert.Equal(2.0 / 3, ratios.GetProperty("calendarSpamPerSpam").GetDouble(), 6);
        Assert.Equal("example.net", stats.GetProperty("domain").GetString());
        Assert.Single(stats.GetProperty("days").EnumerateArray());

        var all = await Problem.OkJsonAsync(await client.GetAsync("/v1/stats"));
        Assert.Equal(7, all.GetProperty("totals").GetProperty("mails").GetInt64());
        Assert.Equal(2, all.GetProperty("totals").GetProperty("upstreamSpam").GetInt64());
    }

    [Fact]
    public async Task RspamdActionHeaderCountsWhenConfigured()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Calguard:UpstreamSpamHeaders:0"] = "X-Spam-Action: add header",
        });
        var mail = Encoding.ASCII.GetBytes("From: a@sender.example\r\nTo: bob@example.net\r\nX-Spam-Action: add header\r\nX-Spam-Flag: YES\r\n\r\nx\r\n");
        await Problem.OkJsonAsync(await app.Client().PostAsync("/v1/scan?recipient=bob@example.net", TestApp.Message(mail)));
        var mail2 = Encoding.ASCII.GetBytes("From: a@sender.example\r\nTo: bob@example.net\r\nX-Spam-Action: no action\r\nX-Spam-Flag: YES\r\n\r\nx\r\n");
        await Problem.OkJsonAsync(await app.Client().PostAsync("/v1/scan?recipient=bob@example.net", TestApp.Message(mail2)));
        var stats = await Problem.OkJsonAsync(await app.Client().GetAsync("/v1/stats"));
        // Only the configured rule counts: X-Spam-Flag is not configured here.
        Assert.Equal(1, stats.GetProperty("totals").GetProperty("upstreamSpam").GetInt64());
    }

    [Fact]
    public async Task EmptyRangeHasNullRatios()
    {
        var stats = await Problem.OkJsonAsync(await _app.Client().GetAsync("/v1/stats?from=2020-01-01&to=2020-01-31"));
        Assert.Equal(0, stats.GetProperty("totals").GetProperty("mails").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stats.GetProperty("ratios").GetProperty("calendarMailsPerMail").ValueKind);
    }

    [Theory]
    [InlineData("from=yesterday", "invalid-date")]
    [InlineData("from=2026-02-01&to=2026-01-01", "invalid-range")]
    [InlineData("from=2020-01-01&to=2026-01-01", "invalid-range")]
    [InlineData("domain=not_a_domain", "invalid-domain")]
    public async Task BadQueryIs400(string query, string code)
    {
        await Problem.AssertAsync(await _app.Client().GetAsync("/v1/stats?" + query), HttpStatusCode.BadRequest, code);
    }
}
