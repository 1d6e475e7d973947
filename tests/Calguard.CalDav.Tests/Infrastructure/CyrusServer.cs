using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>
/// Cyrus IMAP 3.6 with CalDAV scheduling (RFC 6638) from a temp dir on free loopback ports, per
/// integration-research §4.2. Outbound iMIP goes to a <c>notify_external</c> script that saves each payload, so
/// tests can see whether a REPLY would have reached the organizer.
/// </summary>
/// <remarks>
/// The users live in a private sasldb (<c>sasl_sasldb_path</c>, honoured by Cyrus 3.6.1 when every service gets
/// <c>-C</c>), never in <c>/etc/sasldb2</c>: test projects run in parallel, and a fixture that rewrote the system file
/// would log out another project's Cyrus.
/// </remarks>
internal sealed class CyrusServer : IAsyncDisposable
{
    public const string Password = "secret";

    private readonly ServerProcess _process;

    private CyrusServer(ServerProcess process, int httpPort, int imapPort, string outDir)
    {
        _process = process;
        OutDir = outDir;
        BaseUri = new Uri($"http://127.0.0.1:{httpPort}/");
        ImapPort = imapPort;
    }

    public Uri BaseUri { get; }

    /// <summary>The IMAP port (plain text; the users log in with <see cref="Password"/>, the admin is <c>cyrus</c>).</summary>
    public int ImapPort { get; }

    public string OutDir { get; }

    public static string CalendarHref(string user) => $"/dav/calendars/user/{user}/Default/";

    public static string InboxHref(string user) => $"/dav/calendars/user/{user}/Inbox/";

    public static async Task<CyrusServer> StartAsync(params string[] users)
    {
        var dir = TempDir.Create("cyrus");
        var http = FreePort.Next();
        var imap = FreePort.Next();
        foreach (var sub in new[] { "conf", "spool", "run/proc", "run/lock", "run/socket", "sieve", "out" })
        {
            Directory.CreateDirectory(Path.Combine(dir, sub));
        }

        var conf = Path.Combine(dir, "imapd.conf");
        var sasldb = Path.Combine(dir, "sasldb2");
        await File.WriteAllTextAsync(conf, $"""
            configdirectory: {dir}/conf
            partition-default: {dir}/spool
            defaultpartition: default
            proc_path: {dir}/run/proc
            mboxname_lockpath: {dir}/run/lock
            lmtpsocket: {dir}/run/socket/lmtp
            idlesocket: {dir}/run/socket/idle
            notifysocket: {dir}/run/socket/notify
            sievedir: {dir}/sieve
            servername: example.test
            defaultdomain: example.test
            admins: cyrus
            allowplaintext: yes
            sasl_pwcheck_method: auxprop
            sasl_auxprop_plugin: sasldb
            sasl_sasldb_path: {sasldb}
            sasl_mech_list: PLAIN LOGIN
            httpmodules: caldav
            caldav_allowscheduling: on
            caldav_historical_age: -1
            imipnotifier: external
            notify_external: {dir}/imip.sh
            autocreate_quota: 0
            unixhierarchysep: yes
            altnamespace: yes

            """);

        // Every service needs its own -C: master's is not passed on, and without it children read /etc/imapd.conf.
        await File.WriteAllTextAsync(Path.Combine(dir, "cyrus.conf"), $$"""
            START   { recover cmd="/usr/lib/cyrus/bin/ctl_cyrusdb -C {{conf}} -r" }
            SERVICES {
              http   cmd="httpd -C {{conf}}"    listen="127.0.0.1:{{http}}" prefork=0 maxchild=10
              imap   cmd="imapd -C {{conf}}"    listen="127.0.0.1:{{imap}}" prefork=0 maxchild=5
              notify cmd="notifyd -C {{conf}}"  listen="{{dir}}/run/socket/notify" proto="udp" prefork=1
            }
            EVENTS  { checkpoint cmd="/usr/lib/cyrus/bin/ctl_cyrusdb -C {{conf}} -c" period=30 }

            """);
        var script = Path.Combine(dir, "imip.sh");
        await File.WriteAllTextAsync(script, $"#!/bin/sh\nf={dir}/out/$(date +%s%N).$$.txt\necho \"ARGS: $*\" > $f.tmp\ncat >> $f.tmp\nmv $f.tmp $f\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("Cyrus runs on Linux only.");
        }

        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        foreach (var user in users.Append("cyrus"))
        {
            await RunAsync("saslpasswd2", Password + "\n", "-f", sasldb, "-p", "-c", "-u", "example.test", user);
        }

        await RunAsync("saslpasswd2", Password + "\n", "-f", sasldb, "-p", "-c", "cyrus");
        await RunAsync("chown", null, "-R", "cyrus:mail", dir);
        var process = await ServerProcess.StartAsync("/usr/lib/cyrus/bin/master", ["-C", conf, "-M", Path.Combine(dir, "cyrus.conf"), "-p", Path.Combine(dir, "run", "master.pid"), "-D"], dir, http);
        var server = new CyrusServer(process, http, imap, Path.Combine(dir, "out"));
        try
        {
            await FreePort.WaitUntilListeningAsync(imap, () => false, () => process.Log, TimeSpan.FromSeconds(10));
            await CreateMailboxesAsync(imap, users);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The outbound iMIP payloads the notify script received so far.</summary>
    public IReadOnlyList<string> OutboundMessages() =>
        Directory.GetFiles(OutDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    /// <summary>Waits until an outbound message matches, or returns null after the timeout.</summary>
    public async Task<string?> WaitForOutboundAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        do
        {
            if (OutboundMessages().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return null;
    }

    /// <summary>A request as one of the users, straight to Cyrus (fixture setup and the control DELETE).</summary>
    public async Task<(int Status, string? ETag, string Body)> SendAsync(string user, HttpMethod method, string href, string? ics = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(BaseUri, href));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Password}")));
        if (ics is not null)
        {
            request.Content = new StringContent(ics, Encoding.UTF8, "text/calendar");
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, response.Headers.ETag?.ToString(), await response.Content.ReadAsStringAsync());
    }

    private static async Task CreateMailboxesAsync(int port, IEnumerable<string> users)
    {
        // A few IMAP commands as the admin: the first DAV request then provisions Default/, Inbox/ and Outbox/.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        using var stream = tcp.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await reader.ReadLineAsync();
        var n = 0;
        async Task CommandAsync(string command)
        {
            var tag = "c" + ++n;
            await writer.WriteLineAsync(tag + " " + command);
            string? line;
            while ((line = await reader.ReadLineAsync()) is not null && !line.StartsWith(tag + " ", StringComparison.Ordinal))
            {
            }

            if (line is null || !line.StartsWith(tag + " OK", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"IMAP {command.Split(' ')[0]} failed: {line}");
            }
        }

        await CommandAsync($"LOGIN cyrus {Password}");
        foreach (var user in users)
        {
            await CommandAsync($"CREATE user/{user}");
        }

        await CommandAsync("LOGOUT");
    }

    private static async Task RunAsync(string file, string? input, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {error}");
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
