using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Calguard.Integration.Tests.Serve.Infrastructure;

/// <summary>Runs helper programs for the server fixtures and finds free loopback ports.</summary>
internal static class ExternalProcess
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static int FreePort() => Calguard.CalDav.Tests.Infrastructure.FreePort.Next();

    /// <summary>Runs a program to completion; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string file, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? Path.GetTempPath() };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not finish: {output}");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}: {output}");
        }
        return output.ToString();
    }

    /// <summary>Waits until something accepts TCP connections on the loopback port.</summary>
    public static async Task WaitForPortAsync(int port, Func<bool> exited, Func<string> log, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (exited())
            {
                throw new InvalidOperationException("the server exited: " + log());
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"nothing listens on port {port}: {log()}");
    }
}
