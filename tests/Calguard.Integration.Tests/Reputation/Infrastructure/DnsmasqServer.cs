using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Calguard.Integration.Tests.Reputation.Infrastructure;

/// <summary>
/// A private dnsmasq (Debian package dnsmasq-base; scripts/test.sh installs it) on a free loopback port, serving test
/// DNS lists and nothing else: no upstream, no /etc/hosts, no configuration file. Each listed name maps to its A
/// record; every other name under a <see cref="Zones"/> zone is NXDOMAIN, as a real list answers "not listed".
/// </summary>
internal sealed class DnsmasqServer : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private DnsmasqServer(Process process, int port, IReadOnlyList<string> zones)
    {
        _process = process;
        Port = port;
        Zones = zones;
    }

    public const string Binary = "/usr/sbin/dnsmasq";

    public int Port { get; }

    public IReadOnlyList<string> Zones { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// The log once it holds <paramref name="text"/>, or as it stands after <paramref name="timeout"/> (5 s by default).
    /// dnsmasq's lines reach the test through a pipe that another thread reads, so a query can be answered before its
    /// line has arrived: a test that looks at once sees a log one line short now and then.
    /// </summary>
    public async Task<string> LogHoldingAsync(string text, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            var log = Log;
            if (log.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow >= deadline)
            {
                return log;
            }
            await Task.Delay(20);
        }
    }

    /// <summary>Starts dnsmasq and waits until it answers.</summary>
    /// <param name="zones">Zones it is authoritative for (NXDOMAIN for unlisted names).</param>
    /// <param name="records">Listed names and their A records (a name also covers the names below it).</param>
    public static async Task<DnsmasqServer> StartAsync(IReadOnlyList<string> zones, IReadOnlyDictionary<string, string> records)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException("dnsmasq is not installed (apt-get install dnsmasq-base; scripts/test.sh does)");
        }
        Exception? last = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var port = FreeUdpPort();
            var info = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[]
                     {
                         "--no-daemon", "--conf-file=/dev/null", "--pid-file=", "--user=root", $"--port={port}", "--listen-address=127.0.0.1",
                         "--bind-interfaces", "--no-resolv", "--no-hosts", "--local-ttl=60", "--log-queries", "--log-facility=-",
                     })
            {
                info.ArgumentList.Add(a);
            }
            foreach (var zone in zones)
            {
                info.ArgumentList.Add($"--address=/{zone}/");
            }
            foreach (var (name, address) in records)
            {
                info.ArgumentList.Add($"--address=/{name}/{address}");
            }
            var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dnsmasq");
            var server = new DnsmasqServer(process, port, zones);
            process.OutputDataReceived += (_, e) => server.Append(e.Data);
            process.ErrorDataReceived += (_, e) => server.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await server.WaitUntilAnsweringAsync();
                return server;
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                // Most likely the port was taken between choosing and binding it: try another.
                last = e;
                server.Dispose();
            }
        }
        throw new InvalidOperationException("dnsmasq did not start", last);
    }

    /// <summary>A UDP port free right now on loopback.</summary>
    public static int FreeUdpPort() => Calguard.CalDav.Tests.Infrastructure.FreePort.NextUdp();

    /// <summary>A minimal DNS query for an A record (RFC 1035 §4.1), as the probe and the silent server's tests use.</summary>
    public static byte[] Query(ushort id, string name)
    {
        var bytes = new List<byte> { (byte)(id >> 8), (byte)id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0 };
        foreach (var label in name.Split('.'))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }
        bytes.AddRange([0, 0, 1, 0, 1]);
        return [.. bytes];
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        using var probe = new UdpClient();
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("dnsmasq exited: " + Log);
            }
            try
            {
                await probe.SendAsync(Query(1, "probe." + Zones[0]), new IPEndPoint(IPAddress.Loopback, Port));
                using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
                var reply = await probe.ReceiveAsync(wait.Token);
                if (reply.Buffer.Length >= 4 && (reply.Buffer[3] & 0x0F) == 3)
                {
                    return; // NXDOMAIN: up and answering for its zone
                }
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("dnsmasq does not answer: " + Log);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
