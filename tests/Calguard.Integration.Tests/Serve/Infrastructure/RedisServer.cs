using System.Diagnostics;
using System.Text;
using StackExchange.Redis;

namespace Calguard.Integration.Tests.Serve.Infrastructure;

/// <summary>A private redis-server on a free loopback port, no persistence, stopped on dispose (Debian package redis-server).</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private readonly StringBuilder _log = new();
    private string _directory = string.Empty;

    public int Port { get; private set; }

    public string Configuration => $"127.0.0.1:{Port}";

    public ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(Configuration + ",allowAdmin=true");

    public async Task InitializeAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed (apt-get install redis-server; scripts/test.sh does)");
        _directory = Path.Combine(Path.GetTempPath(), "calguard-redis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Port = ExternalProcess.FreePort();
        var info = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _directory };
        foreach (var a in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", _directory })
        {
            info.ArgumentList.Add(a);
        }
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_log) { _log.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await ExternalProcess.WaitForPortAsync(Port, () => _process.HasExited, () => _log.ToString(), TimeSpan.FromSeconds(20));
    }

    public async Task FlushAsync()
    {
        using var redis = Connect();
        await redis.GetServer(Configuration).FlushAllDatabasesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
