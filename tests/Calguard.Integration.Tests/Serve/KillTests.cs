using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Calguard.Integration.Tests.Serve.Infrastructure;

namespace Calguard.Integration.Tests.Serve;

/// <summary>Whatever a SQLite-backed <c>serve</c> acknowledged survives <c>kill -9</c> right after the 2xx.</summary>
public sealed class KillTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("calguard-kill-").FullName;

    [Fact]
    public async Task AcknowledgedWritesSurviveKill9()
    {
        var data = Path.Combine(_directory, "data");
        var environment = new Dictionary<string, string> { ["Calguard__Storage__DataDirectory"] = data };
        var sample = await File.ReadAllBytesAsync(Path.Combine(TwoNodeTests.Root(), "samples", "spam-prize.eml"));

        await using (var first = await ServeProcess.StartAsync(_directory, environment))
        {
            using var client = first.Client();
            // Many writes in flight at once share group commits; every one that got its 2xx must be there after the kill.
            var scans = Enumerable.Range(0, 40).Select(i => client.PostAsync($"/v1/scan?recipient=user{i}@example.net", Message(sample))).ToArray();
            var policy = client.PutAsync("/v1/recipients/haruto.wolf@example.net/policy", Json("""{"autoAdd":"nobody"}"""));
            var contacts = client.PutAsync("/v1/recipients/haruto.wolf@example.net/contacts", Json("""{"addresses":["friend@example.com"]}"""));
            var responses = await Task.WhenAll([.. scans, policy, contacts]);
            first.KillHard();
            Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        }

        Assert.True(File.Exists(Path.Combine(data, "calguard.db")));
        await using var second = await ServeProcess.StartAsync(_directory, environment);
        using var after = second.Client();
        var stored = JsonDocument.Parse(await after.GetStringAsync("/v1/recipients/haruto.wolf@example.net/policy")).RootElement;
        Assert.Equal("nobody", stored.GetProperty("override").GetProperty("autoAdd").GetString());
        var contactList = JsonDocument.Parse(await after.GetStringAsync("/v1/recipients/haruto.wolf@example.net/contacts")).RootElement;
        Assert.Equal("friend@example.com", contactList.GetProperty("contacts")[0].GetString());
        for (var i = 0; i < 40; i++)
        {
            var found = await after.GetAsync($"/v1/provenance?recipient=user{i}@example.net");
            Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        }
        var stats = JsonDocument.Parse(await after.GetStringAsync("/v1/stats")).RootElement;
        Assert.Equal(40, stats.GetProperty("totals").GetProperty("calendarSpam").GetInt64());
    }

    [Fact]
    public async Task AcknowledgedReportSurvivesKill9AndItsBlockHoldsAfterTheRestart()
    {
        var data = Path.Combine(_directory, "reports");
        var environment = new Dictionary<string, string> { ["Calguard__Storage__DataDirectory"] = data };
        var invite = Encoding.UTF8.GetBytes(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:kill-report-1@partner.example\r\n" +
            "DTSTAMP:20260301T090000Z\r\nDTSTART:20260310T090000Z\r\nDTEND:20260310T100000Z\r\nSUMMARY:Quarterly planning review\r\n" +
            "ORGANIZER;CN=Lena Brandt:mailto:lena.brandt@partner.example\r\nATTENDEE:mailto:bob@example.net\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        static async Task<string> ActionAsync(HttpClient client, byte[] body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/calendar");
            var response = await client.PostAsync("/v1/scan?recipient=bob@example.net", content);
            Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("decisions")[0].GetProperty("action").GetString()!;
        }

        long id;
        await using (var first = await ServeProcess.StartAsync(_directory, environment))
        {
            using var client = first.Client();
            Assert.NotEqual("quarantine", await ActionAsync(client, invite));
            var report = await client.PostAsync("/v1/reports", Json("""{"recipient":"bob@example.net","uid":"kill-report-1@partner.example","kind":"spam"}"""));
            first.KillHard();
            Assert.Equal(HttpStatusCode.Accepted, report.StatusCode);
            id = JsonDocument.Parse(await report.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        }

        await using var second = await ServeProcess.StartAsync(_directory, environment);
        using var after = second.Client();
        var stored = JsonDocument.Parse(await after.GetStringAsync($"/v1/reports/{id}")).RootElement;
        Assert.Equal("kill-report-1@partner.example", stored.GetProperty("uid").GetString());
        Assert.Equal("quarantine", await ActionAsync(after, invite));
    }

    [Fact]
    public async Task UnauthenticatedScanIsRefusedAndHealthAnswers()
    {
        await using var serve = await ServeProcess.StartAsync(_directory, new Dictionary<string, string> { ["Calguard__Storage__DataDirectory"] = Path.Combine(_directory, "d2") });
        using var anonymous = serve.Client(key: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        var refused = await anonymous.PostAsync("/v1/scan", Message("x"u8.ToArray()));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    private static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    private static HttpContent Message(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return content;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
