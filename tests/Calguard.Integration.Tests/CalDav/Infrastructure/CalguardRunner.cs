using System.Diagnostics;
using Calguard.Host.Cli;

namespace Calguard.Integration.Tests.CalDav.Infrastructure;

/// <summary>Runs <c>calguard caldav …</c>: in-process through the command class, or as the real executable.</summary>
internal static class CalguardRunner
{
    /// <summary>The command class with the real engine, writers captured.</summary>
    public static async Task<CliResult> CalDavAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CalDavCommand.RunAsync(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built <c>calguard</c> program (<c>dotnet calguard.dll</c> from the test output), so Program and the router are covered too.</summary>
    public static async Task<CliResult> ProcessAsync(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "calguard.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
