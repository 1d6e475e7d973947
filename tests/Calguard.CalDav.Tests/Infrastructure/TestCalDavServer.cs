using System.Net.Http.Headers;
using System.Text;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>Which real server a test runs against.</summary>
public enum ServerKind
{
    Radicale,
    Xandikos,
}

/// <summary>A real CalDAV server on a free loopback port, from a temp dir, stopped on dispose.</summary>
internal sealed class TestCalDavServer : IAsyncDisposable
{
    private readonly ServerProcess _process;

    private TestCalDavServer(ServerKind kind, ServerProcess process, Uri baseUri, CalDavCredentials? credentials, string calendarHref, string homeHref)
    {
        Kind = kind;
        _process = process;
        BaseUri = baseUri;
        Credentials = credentials;
        CalendarHref = calendarHref;
        HomeHref = homeHref;
    }

    public ServerKind Kind { get; }

    public Uri BaseUri { get; }

    public CalDavCredentials? Credentials { get; }

    /// <summary>An existing, empty calendar to fill.</summary>
    public string CalendarHref { get; }

    public string HomeHref { get; }

    public string DataDirectory => _process.Directory;

    public string Log => _process.Log;

    public static Task<TestCalDavServer> StartAsync(ServerKind kind) => kind switch
    {
        ServerKind.Radicale => StartRadicaleAsync(),
        _ => StartXandikosAsync(),
    };

    /// <summary>Radicale 3 with auth none (any user name is accepted), or htpasswd (plain) when a password is given.</summary>
    public static async Task<TestCalDavServer> StartRadicaleAsync(string? password = null)
    {
        var dir = TempDir.Create("radicale");
        var port = FreePort.Next();
        var auth = "type = none";
        if (password is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "users"), $"alice:{password}\n");
            auth = $"type = htpasswd\nhtpasswd_filename = {Path.Combine(dir, "users")}\nhtpasswd_encryption = plain\ndelay = 0";
        }

        await File.WriteAllTextAsync(Path.Combine(dir, "config"), $"""
            [server]
            hosts = 127.0.0.1:{port}
            [auth]
            {auth}
            [rights]
            type = owner_only
            [storage]
            filesystem_folder = {Path.Combine(dir, "data")}
            [logging]
            level = warning
            """);
        var process = await ServerProcess.StartAsync("radicale", ["--config", Path.Combine(dir, "config")], dir, port);
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        var server = new TestCalDavServer(ServerKind.Radicale, process, baseUri, CalDavCredentials.Basic("alice", password ?? "x"), "/alice/calendar/", "/alice/");
        await server.RawAsync("MKCALENDAR", "/alice/calendar/", null, password ?? "x");
        return server;
    }

    /// <summary>Xandikos with <c>--defaults</c> (no auth; <c>/user/calendars/calendar/</c> exists).</summary>
    public static async Task<TestCalDavServer> StartXandikosAsync()
    {
        var dir = TempDir.Create("xandikos");
        var port = FreePort.Next();
        var process = await ServerProcess.StartAsync("xandikos", ["--defaults", "-d", Path.Combine(dir, "data"), "-l", "127.0.0.1", "-p", port.ToString()], dir, port);
        return new TestCalDavServer(ServerKind.Xandikos, process, new Uri($"http://127.0.0.1:{port}/"), null, "/user/calendars/calendar/", "/user/calendars/");
    }

    /// <summary>Writes objects straight into Radicale's file storage (fast bulk fill); returns the collection href.</summary>
    public string WriteRadicaleCollection(string name, IEnumerable<(string FileName, string Data)> objects)
    {
        if (Kind != ServerKind.Radicale)
        {
            throw new InvalidOperationException("Only Radicale stores plain files.");
        }

        var folder = Path.Combine(DataDirectory, "data", "collection-root", "alice", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ".Radicale.props"), "{\"tag\": \"VCALENDAR\", \"D:displayname\": \"" + name + "\"}");
        foreach (var (file, data) in objects)
        {
            File.WriteAllText(Path.Combine(folder, file), data);
        }

        return "/alice/" + name + "/";
    }

    /// <summary>Commits objects straight into Xandikos' git-backed default calendar (fast bulk fill).</summary>
    public async Task WriteXandikosObjectsAsync(IEnumerable<(string FileName, string Data)> objects)
    {
        if (Kind != ServerKind.Xandikos)
        {
            throw new InvalidOperationException("Only Xandikos stores a git working tree.");
        }

        var folder = Path.Combine(DataDirectory, "data", "user", "calendars", "calendar");
        foreach (var (file, data) in objects)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file), data);
        }

        await GitAsync(folder, "add", "-A", ".");
        await GitAsync(folder, "-c", "user.name=calguard-test", "-c", "user.email=test@example.test", "commit", "-q", "-m", "bulk fill");
    }

    private static async Task GitAsync(string directory, params string[] arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var git = System.Diagnostics.Process.Start(info)!;
        var error = await git.StandardError.ReadToEndAsync();
        await git.StandardOutput.ReadToEndAsync();
        await git.WaitForExitAsync();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException("git " + string.Join(' ', arguments) + " failed: " + error);
        }
    }

    /// <summary>A request that bypasses the client under test (fixture setup, concurrent edits).</summary>
    public async Task<HttpResponseMessage> RawAsync(string method, string href, string? body, string? password = null, IDictionary<string, string>? headers = null, string contentType = "text/calendar")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(BaseUri, href));
        if (Kind == ServerKind.Radicale)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:" + (password ?? "x"))));
        }

        foreach (var (k, v) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(k, v);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
