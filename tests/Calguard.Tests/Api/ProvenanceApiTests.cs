using System.Net;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary>Provenance (R26): recorded per recipient by a scan, found by recipient and UID, Message-ID or fingerprint.</summary>
public sealed class ProvenanceApiTests
{
    private const string Uid = "7A6715B9-FB08-4EB9-99D7-B72C2691729F";

    [Fact]
    public async Task ScanRecordsOneRecordPerRecipientAndLookupFindsIt()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        await Problem.OkJsonAsync(await client.PostAsync("/v1/scan?recipient=haruto.wolf@example.net&recipient=ann@example.org&clientIp=203.0.113.9&mailFrom=x@gmail.com&helo=mail.example",
            TestApp.Message(Repository.SampleBytes("spam-prize.eml"))));

        var found = await Problem.OkJsonAsync(await client.GetAsync($"/v1/provenance?recipient=Haruto.Wolf@example.net&uid={Uid}"));
        var record = Assert.Single(found.GetProperty("records").EnumerateArray());
        Assert.Equal("haruto.wolf@example.net", record.GetProperty("recipient").GetString());
        Assert.Equal("api", record.GetProperty("channel").GetString());
        Assert.Equal(Uid, record.GetProperty("uid").GetString());
        Assert.Equal(0, record.GetProperty("sequence").GetInt32());
        Assert.Equal("calendar-7e968e77-bb7e-403f-9eb2-68a93244f7e1@google.com", record.GetProperty("messageId").GetString());
        Assert.Equal("203.0.113.9", record.GetProperty("sourceIp").GetString());
        Assert.Equal("x@gmail.com", record.GetProperty("envelopeSender").GetString());
        Assert.Equal("mehmetneumannem7uu@gmail.com", record.GetProperty("organizer").GetString());
        Assert.Equal("spam", record.GetProperty("verdict").GetString());
        Assert.Equal("quarantine", record.GetProperty("action").GetString());
        Assert.StartsWith("cf1-", record.GetProperty("fingerprint").GetString());
        Assert.Contains("LURE_PRIZE", record.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));

        var byMessage = await Problem.OkJsonAsync(await client.GetAsync("/v1/provenance?messageId=%3Ccalendar-7e968e77-bb7e-403f-9eb2-68a93244f7e1@google.com%3E"));
        Assert.Equal(2, byMessage.GetProperty("records").GetArrayLength());
        var byFingerprint = await Problem.OkJsonAsync(await client.GetAsync("/v1/provenance?fingerprint=" + record.GetProperty("fingerprint").GetString()));
        Assert.Equal(2, byFingerprint.GetProperty("records").GetArrayLength());

        // Raw messages are off by default.
        await Problem.AssertAsync(await client.GetAsync($"/v1/provenance/{record.GetProperty("id").GetInt64()}/raw"), HttpStatusCode.NotFound, "raw-not-retained");
    }

    [Fact]
    public async Task RawMessageIsKeptWhenConfigured()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Provenance:KeepRawMessages"] = "true" });
        var bytes = Repository.SampleBytes("spam-prize.eml");
        await Problem.OkJsonAsync(await app.Client().PostAsync("/v1/scan?recipient=haruto.wolf@example.net", TestApp.Message(bytes)));
        var found = await Problem.OkJsonAsync(await app.Client().GetAsync("/v1/provenance?recipient=haruto.wolf@example.net"));
        var id = found.GetProperty("records")[0].GetProperty("id").GetInt64();
        var raw = await app.Client().GetAsync($"/v1/provenance/{id}/raw");
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal(bytes, await raw.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DisabledProvenanceRecordsNothingButStillCounts()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Provenance:Enabled"] = "false" });
        await Problem.OkJsonAsync(await app.Client().PostAsync("/v1/scan?recipient=haruto.wolf@example.net", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))));
        await Problem.AssertAsync(await app.Client().GetAsync("/v1/provenance?recipient=haruto.wolf@example.net"), HttpStatusCode.NotFound, "provenance-not-found");
        var stats = await Problem.OkJsonAsync(await app.Client().GetAsync("/v1/stats"));
        Assert.Equal(1, stats.GetProperty("totals").GetProperty("calendarSpam").GetInt64());
    }

    [Fact]
    public async Task MailWithoutCalendarIsNotAnInvitation()
    {
        await using var app = await TestApp.StartAsync();
        var mail = "From: a@sender.example\r\nTo: bob@example.net\r\nMessage-ID: <plain-1@sender.example>\r\n\r\nhello\r\n"u8.ToArray();
        await Problem.OkJsonAsync(await app.Client().PostAsync("/v1/scan?recipient=bob@example.net", TestApp.Message(mail)));
        await Problem.AssertAsync(await app.Client().GetAsync("/v1/provenance?messageId=plain-1@sender.example"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "missing-query")]
    [InlineData("?recipient=nobody", "invalid-recipient")]
    [InlineData("?recipient=a@example.net&limit=0", "invalid-limit")]
    public async Task BadQueryIs400(string query, string code)
    {
        await using var app = await TestApp.StartAsync();
        await Problem.AssertAsync(await app.Client().GetAsync("/v1/provenance" + query), HttpStatusCode.BadRequest, code);
    }
}
