using System.Net;
using System.Text.Json;
using Calguard.Storage.Keys;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary>Prometheus metrics and the OpenAPI document.</summary>
public sealed class OperationsTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task MetricsCountScansVerdictsDecisionsAndLatency()
    {
        await Problem.OkJsonAsync(await _app.Client().PostAsync("/v1/scan?recipient=haruto.wolf@example.net", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))));
        var metrics = await (await _app.Client(await _app.KeyAsync(ApiScopes.Report)).GetAsync("/metrics")).Content.ReadAsStringAsync();
        Assert.Contains("calguard_scans_total{channel=\"api\"} 1", metrics);
        Assert.Contains("calguard_verdicts_total{verdict=\"spam\"} 1", metrics);
        Assert.Contains("calguard_decisions_total{action=\"quarantine\"} 1", metrics);
        Assert.Contains("calguard_scan_duration_seconds_count{channel=\"api\"} 1", metrics);
        Assert.Contains("http_request_duration_seconds", metrics);
    }

    [Fact]
    public async Task MetricsCarryTheProcessRuntimeAndThreadPoolReadAtScrapeTime()
    {
        await Problem.OkJsonAsync(await _app.Client().PostAsync("/v1/scan?recipient=haruto.wolf@example.net", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))));
        var client = _app.Client(await _app.KeyAsync(ApiScopes.Report));
        var first = Values(await client.GetStringAsync("/metrics"));
        // Work between two scrapes must show: the values are read at each scrape, not once at start.
        var garbage = new List<byte[]>();
        for (var i = 0; i < 2000; i++)
        {
            garbage.Add(new byte[4096]);
        }
        garbage.Clear();
        GC.Collect(0);
        var second = Values(await client.GetStringAsync("/metrics"));
        Assert.True(second["process_cpu_seconds_total"] > 0);
        Assert.True(second["process_working_set_bytes"] > 0);
        Assert.True(second["dotnet_threadpool_threads"] >= 1);
        Assert.True(second["dotnet_gc_allocated_bytes_total"] > first["dotnet_gc_allocated_bytes_total"] + 2000 * 4096);
        Assert.True(second["dotnet_collection_count_total{generation=\"0\"}"] > first["dotnet_collection_count_total{generation=\"0\"}"]);
        Assert.True(second.ContainsKey("dotnet_gc_pause_seconds_total"));
        Assert.True(second.ContainsKey("dotnet_threadpool_queue_length"));
    }

    private static Dictionary<string, double> Values(string exposition) =>
        exposition.Split('\n').Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task OpenApiListsEveryEndpoint()
    {
        var response = await _app.Client(await _app.KeyAsync(ApiScopes.Scan)).GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/v1/scan", paths);
        Assert.Contains("/v1/sanitize", paths);
        Assert.Contains("/v1/recipients/{address}/policy", paths);
        Assert.Contains("/v1/recipients/{address}/contacts", paths);
        Assert.Contains("/v1/recipients/{address}/correspondents", paths);
        Assert.Contains("/v1/domains/{domain}/policy", paths);
        Assert.Contains("/v1/stats", paths);
        Assert.Contains("/v1/provenance", paths);
    }
}
