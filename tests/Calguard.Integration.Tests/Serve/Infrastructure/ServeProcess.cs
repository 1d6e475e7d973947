using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Calguard.Integration.Tests.Serve.Infrastructure;

/// <summary>The built <c>calguard serve</c> as its own process on a free loopback port.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    public const string AdminKey = "integration-admin-key-0123456789";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServeProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

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

    /// <summary>calguard.dll of the configuration these tests were built in (the test project references it).</summary>
    public static string Dll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Calguard.slnx")))
            {
                root = root.Parent;
            }
            return Path.Combine(root?.FullName ?? throw new InvalidOperationException("Calguard.slnx not found"), "src", "Calguard", "bin", configuration, "net10.0", "calguard.dll");
        }
    }

    public static async Task<ServeProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        var p = port ?? ExternalProcess.FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var a in new[] { Dll, "serve", "--urls", $"http://127.0.0.1:{p}" })
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["CALGUARD_ADMIN_KEY"] = AdminKey;
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }
        var process = Process.Start(info)!;
        var serve = new ServeProcess(process, p);
        process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ExternalProcess.WaitForPortAsync(p, () => process.HasExited, () => serve.Log, TimeSpan.FromSeconds(60));
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
        return serve;
    }

    public HttpClient Client(string? key = AdminKey)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, then wait for a graceful exit; returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        await ExternalProcess.RunAsync("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
