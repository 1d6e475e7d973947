using Calguard.CalDav.Cleaning;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>A real server, a recording proxy in front of it, and a client + cleaner that talk through the proxy.</summary>
internal sealed class CalDavHarness : IAsyncDisposable
{
    private readonly string _workDir;

    private CalDavHarness(TestCalDavServer server, RecordingProxy proxy, CalDavClient client, string workDir)
    {
        Server = server;
        Proxy = proxy;
        Client = client;
        _workDir = workDir;
        Cleaner = new CalendarCleaner(client, Judge);
    }

    public TestCalDavServer Server { get; }

    public RecordingProxy Proxy { get; }

    public CalDavClient Client { get; }

    public MarkerJudge Judge { get; } = new();

    public CalendarCleaner Cleaner { get; }

    public string UndoLogPath => Path.Combine(_workDir, "undo.jsonl");

    /// <summary>href → data of everything seeded, in order.</summary>
    public Dictionary<string, string> Seeded { get; } = new(StringComparer.Ordinal);

    public static async Task<CalDavHarness> StartAsync(ServerKind kind)
    {
        var server = await TestCalDavServer.StartAsync(kind);
        var proxy = await RecordingProxy.StartAsync(server.BaseUri);
        var client = new CalDavClient(Options(proxy.BaseUri, server.Credentials));
        return new CalDavHarness(server, proxy, client, TempDir.Create("harness"));
    }

    public static CalDavClientOptions Options(Uri uri, CalDavCredentials? credentials) => new()
    {
        ServerUri = uri,
        Credentials = credentials,
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>PUTs objects straight to the server (not through the proxy); returns name → href.</summary>
    public async Task<Dictionary<string, string>> SeedAsync(IEnumerable<(string Name, string Data)> objects, string? calendarHref = null)
    {
        var hrefs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, data) in objects)
        {
            var href = (calendarHref ?? Server.CalendarHref) + name;
            using var response = await Server.RawAsync("PUT", href, data, headers: new Dictionary<string, string> { ["If-None-Match"] = "*" });
            if (!response.IsSuccessStatusCode || (int)response.StatusCode == 207)
            {
                throw new InvalidOperationException($"{Server.Kind} refused {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            hrefs[name] = href;
            Seeded[href] = data;
        }

        return hrefs;
    }

    /// <summary>GETs each href straight from the server: href → (status, ETag, body).</summary>
    public async Task<Dictionary<string, (int Status, string? ETag, string Body)>> SnapshotAsync(IEnumerable<string> hrefs)
    {
        var result = new Dictionary<string, (int, string?, string)>(StringComparer.Ordinal);
        foreach (var href in hrefs)
        {
            using var response = await Server.RawAsync("GET", href, null);
            result[href] = ((int)response.StatusCode, response.Headers.ETag?.ToString(), await response.Content.ReadAsStringAsync());
        }

        return result;
    }

    public async Task<List<CleanStep>> CleanAsync(CleanOptions options)
    {
        var steps = new List<CleanStep>();
        await foreach (var step in Cleaner.CleanAsync(options))
        {
            steps.Add(step);
        }

        return steps;
    }

    public async Task<List<RestoreResult>> RestoreAsync(Func<UndoEntry, bool>? filter = null)
    {
        var results = new List<RestoreResult>();
        await foreach (var r in Cleaner.RestoreAsync(UndoLogPath, filter))
        {
            results.Add(r);
        }

        return results;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Proxy.DisposeAsync();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
