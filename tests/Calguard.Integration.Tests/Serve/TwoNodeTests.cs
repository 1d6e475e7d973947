using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Calguard.Integration.Tests.Serve.Infrastructure;

namespace Calguard.Integration.Tests.Serve;

/// <summary>Two <c>calguard serve</c> processes sharing one PostgreSQL and one Redis see the same policies, provenance and statistics.</summary>
[Collection(ServersCollection.Name)]
public sealed class TwoNodeTests(PostgresServer postgres, RedisServer redis) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("calguard-nodes-").FullName;

    [Fact]
    public async Task NodesAgree()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = await postgres.CreateDatabaseAsync(),
            ["ConnectionStrings__Redis"] = redis.Configuration,
        };
        await redis.FlushAsync();
        var nodes = await Task.WhenAll(ServeProcess.StartAsync(_directory, environment), ServeProcess.StartAsync(_directory, environment));
        await using var a = nodes[0];
        await using var b = nodes[1];
        using var ca = a.Client();
        using var cb = b.Client();
        Assert.Equal("Healthy", await cb.GetStringAsync("/readyz"));

        // A policy set on A decides on B.
        Assert.Equal(HttpStatusCode.OK, (await ca.PutAsync("/v1/recipients/haruto.wolf@example.net/policy", Json("""{"blockOrganizers":["gmail.com"]}"""))).StatusCode);
        var policy = JsonDocument.Parse(await cb.GetStringAsync("/v1/recipients/haruto.wolf@example.net/policy")).RootElement;
        Assert.Equal("gmail.com", policy.GetProperty("override").GetProperty("blockOrganizers")[0].GetString());

        // A scan on B is recorded where A finds it; statistics from both nodes add up.
        var sample = await File.ReadAllBytesAsync(Path.Combine(Root(), "samples", "spam-prize.eml"));
        var scanB = JsonDocument.Parse(await (await cb.PostAsync("/v1/scan?recipient=haruto.wolf@example.net", Message(sample))).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("blocklisted", scanB.GetProperty("decision").GetProperty("relationship").GetString());
        await ca.PostAsync("/v1/scan?recipient=haruto.wolf@example.net", Message(sample));
        var provenance = JsonDocument.Parse(await ca.GetStringAsync("/v1/provenance?recipient=haruto.wolf@example.net&uid=7A6715B9-FB08-4EB9-99D7-B72C2691729F")).RootElement;
        Assert.Equal(2, provenance.GetProperty("records").GetArrayLength());
        foreach (var client in new[] { ca, cb })
        {
            var stats = JsonDocument.Parse(await client.GetStringAsync("/v1/stats?domain=example.net")).RootElement;
            Assert.Equal(2, stats.GetProperty("totals").GetProperty("calendarSpam").GetInt64());
        }
        // Statistics live in Redis when it is configured.
        await using var connection = redis.Connect();
        Assert.True(await connection.GetDatabase().KeyExistsAsync("calguard:stats:" + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        // SIGTERM stops a node gracefully; the other keeps serving.
        Assert.Equal(0, await a.StopAsync());
        Assert.Equal("Healthy", await cb.GetStringAsync("/readyz"));
    }

    private static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    private static HttpContent Message(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return content;
    }

    internal static string Root()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Calguard.slnx")))
        {
            d = d.Parent;
        }
        return d!.FullName;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
