using System.Net;
using System.Text.Json.Nodes;
using Calguard.Host.Cli;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary><c>POST /v1/scan</c>: the same object as <c>calguard scan --json</c>, plus decisions; its specific 4xx.</summary>
public sealed class ScanApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Server:MaxBodyBytes"] = "200000" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("spam-prize.eml", "haruto.wolf@example.net")]
    [InlineData("ham-teams-meeting.eml", "b.wolf@example.net")]
    [InlineData("spam-callback-scam.eml", null)]
    public async Task ResponseIsTheScanJsonObjectPlusDecisions(string sample, string? recipient)
    {
        var path = Repository.Sample(sample);
        var stdout = new StringWriter();
        var args = new List<string> { "--json" };
        if (recipient is not null)
        {
            args.AddRange(["--recipient", recipient]);
        }
        args.Add(path);
        Assert.Equal(0, ScanCommand.Run(args, stdout, new StringWriter()));
        var cli = JsonNode.Parse(stdout.ToString().Trim())!.AsObject();

        var url = recipient is null ? "/v1/scan" : $"/v1/scan?recipient={recipient}";
        var api = JsonNode.Parse(await (await _app.Client().PostAsync(url, TestApp.Message(File.ReadAllBytes(path)))).Content.ReadAsStringAsync())!.AsObject();

        var decisions = api["decisions"]!.AsArray();
        Assert.Single(decisions);
        Assert.True(JsonNode.DeepEquals(api["decision"], decisions[0]));
        Assert.StartsWith("api:", (string)api["source"]!);
        api.Remove("decisions");
        api.Remove("source");
        cli.Remove("source");
        Assert.Equal(cli.Select(p => p.Key), api.Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(cli, api), $"cli: {cli.ToJsonString()}\napi: {api.ToJsonString()}");
    }

    [Fact]
    public async Task OneDecisionPerRecipientAndCalendarFile()
    {
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ics-1@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260105T100000Z\r\nDTEND:20260105T110000Z\r\nSUMMARY:Planning\r\nORGANIZER:mailto:alice@example.org\r\nATTENDEE:mailto:bob@example.net\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"u8.ToArray();
        var response = await _app.Client().PostAsync("/v1/scan?recipient=bob@example.net&recipient=Carol@Example.org&source=upload-7", TestApp.Message(ics, "text/calendar"));
        var json = await Problem.OkJsonAsync(response);
        Assert.Equal("upload-7", json.GetProperty("source").GetString());
        var decisions = json.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("recipient").GetString()).ToArray();
        Assert.Equal(["bob@example.net", "carol@example.org"], decisions);
        Assert.Equal("ics-1@example.org", json.GetProperty("invitations")[0].GetProperty("uid").GetString());
    }

    [Fact]
    public async Task EnvelopeFactsFromHeadersReachProvenance()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scan") { Content = TestApp.Message(Repository.SampleBytes("spam-prize.eml")) };
        request.Headers.Add("X-Calguard-Recipient", "haruto.wolf@example.net");
        request.Headers.Add("X-Calguard-Client-Ip", "192.0.2.77");
        request.Headers.Add("X-Calguard-Mail-From", "<bounce@sender.example>");
        await Problem.OkJsonAsync(await _app.Client().SendAsync(request));
        var found = await Problem.OkJsonAsync(await _app.Client().GetAsync("/v1/provenance?recipient=haruto.wolf@example.net"));
        var record = found.GetProperty("records")[0];
        Assert.Equal("192.0.2.77", record.GetProperty("sourceIp").GetString());
        Assert.Equal("bounce@sender.example", record.GetProperty("envelopeSender").GetString());
    }

    [Fact]
    public async Task MissingOrWrongMediaTypeIs415()
    {
        var content = new ByteArrayContent(Repository.SampleBytes("spam-prize.eml"));
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/scan", content), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/scan", TestApp.Json("{}")), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task EmptyBodyIs400()
    {
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/scan", TestApp.Message([])), HttpStatusCode.BadRequest, "empty-body");
    }

    [Theory]
    [InlineData("recipient=not-an-address", "invalid-recipient")]
    [InlineData("clientIp=300.1.1.1", "invalid-client-ip")]
    [InlineData("mailFrom=a%20b", "invalid-mail-from")]
    public async Task BadEnvelopeIs400(string query, string code)
    {
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/scan?" + query, TestApp.Message(Repository.SampleBytes("spam-prize.eml"))), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task OversizeBodyIs413AndRecordsNothing()
    {
        var big = new byte[200_001];
        Array.Fill(big, (byte)'a');
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/scan?recipient=x@example.net", TestApp.Message(big)), HttpStatusCode.RequestEntityTooLarge, "body-too-large");
        // Also when the length is not announced (chunked): the limit holds while reading.
        var chunked = new StreamContent(new MemoryStream(big));
        chunked.Headers.ContentType = new("message/rfc822");
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/scan?recipient=x@example.net", chunked), HttpStatusCode.RequestEntityTooLarge, "body-too-large");
        var stats = await Problem.OkJsonAsync(await _app.Client().GetAsync("/v1/stats"));
        Assert.Equal(0, stats.GetProperty("totals").GetProperty("mails").GetInt64());
    }

    [Fact]
    public async Task UnknownPathIs404Problem()
    {
        await Problem.AssertAsync(await _app.Client().GetAsync("/v1/nothing"), HttpStatusCode.NotFound);
    }
}
