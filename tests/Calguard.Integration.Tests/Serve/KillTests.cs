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
