using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.Integration.Tests.CalDav.Infrastructure;

/// <summary>
/// One account on a real server (Radicale with a password, or Xandikos without authentication), a recording proxy
/// in front of it that the CLI talks through, and a work folder for the password file, state file and undo logs.
/// </summary>
internal sealed class DavAccount : IAsyncDisposable
{
    public const string Password = "correct horse";

    private DavAccount(TestCalDavServer server, RecordingProxy proxy, string workDir)
    {
        Server = server;
        Proxy = proxy;
        WorkDir = workDir;
    }

    public TestCalDavServer Server { get; }

    public RecordingProxy Proxy { get; }

    public string WorkDir { get; }

    public string PasswordFile => Path.Combine(WorkDir, "password");

    public string StateFile => Path.Combine(WorkDir, "state.json");

    /// <summary>href → data of everything seeded.</summary>
    public Dictionary<string, string> Seeded { get; } = new(StringComparer.Ordinal);

    /// <summary>The connection options for the CLI (through the proxy).</summary>
    public string[] Connection => Server.Kind == ServerKind.Radicale
        ? ["--url", Proxy.BaseUri.ToString(), "--user", "alice", "--password-file", PasswordFile, "--retries", "1"]
        : ["--url", Proxy.BaseUri.ToString(), "--retries", "1"];

    public static async Task<DavAccount> StartAsync(ServerKind kind)
    {
        var server = kind == ServerKind.Radicale ? await TestCalDavServer.StartRadicaleAsync(Password) : await TestCalDavServer.StartXandikosAsync();
        var proxy = await RecordingProxy.StartAsync(server.BaseUri);
        var account = new DavAccount(server, proxy, TempDir.Create("caldav-cli"));
        await File.WriteAllTextAsync(account.PasswordFile, Password + "\n");
        return account;
    }

    /// <summary><c>calguard caldav SUBCOMMAND CONNECTION ARGS…</c>, in-process with the real engine.</summary>
    public async Task<CliResult> CliAsync(string subcommand, params string[] args)
    {
        var result = await CalguardRunner.CalDavAsync([subcommand, .. Connection, .. args]);
        var requests = string.Join("\n", Proxy.Requests.Select(r => $"{r.Method} {r.PathAndQuery} -> {r.Status}"));
        return result with { Context = $"--- {Server.Kind} log\n{Server.Log}\n--- requests through the proxy\n{requests}" };
    }

    /// <summary>PUTs objects straight to the server (not through the proxy); returns name → href.</summary>
    public async Task<Dictionary<string, string>> SeedAsync(IEnumerable<CorpusObject> objects)
    {
        var hrefs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            var href = Server.CalendarHref + o.Name;
            using var response = await Server.RawAsync("PUT", href, o.Data, Password, new Dictionary<string, string> { ["If-None-Match"] = "*" });
            Assert.True(response.IsSuccessStatusCode && (int)response.StatusCode != 207,
                $"{Server.Kind} refused {o.Source}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            hrefs[o.Name] = href;
            Seeded[href] = o.Data;
        }

        return hrefs;
    }

    /// <summary>PUTs a new version of an object straight to the server (another client editing it).</summary>
    public async Task EditAsync(string href, string data)
    {
        using var response = await Server.RawAsync("PUT", href, data, Password);
        Assert.True(response.IsSuccessStatusCode, $"edit of {href}: {(int)response.StatusCode}");
    }

    /// <summary>GETs each href straight from the server: href → (status, ETag, body).</summary>
    public async Task<Dictionary<string, (int Status, string? ETag, string Body)>> SnapshotAsync(IEnumerable<string> hrefs)
    {
        var result = new Dictionary<string, (int, string?, string)>(StringComparer.Ordinal);
        foreach (var href in hrefs)
        {
            using var response = await Server.RawAsync("GET", href, null, Password);
            result[href] = ((int)response.StatusCode, response.Headers.ETag?.ToString(), await response.Content.ReadAsStringAsync());
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
