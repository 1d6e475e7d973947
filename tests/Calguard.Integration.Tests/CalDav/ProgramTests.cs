using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Host.Cli;
using Calguard.Integration.Tests.CalDav.Infrastructure;

namespace Calguard.Integration.Tests.CalDav;

/// <summary>The built <c>calguard</c> executable: the router reaches <c>caldav</c> and the exit codes leave the process.</summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task The_executable_runs_caldav_and_returns_its_exit_codes()
    {
        var work = TempDir.Create("caldav-program");
        try
        {
            var help = await CalguardRunner.ProcessAsync(work, "caldav", "--help");
            Assert.True(help.Exit == 0, help.ToString());
            Assert.Contains("calguard caldav clean", help.Out);
            Assert.Contains("exit codes", help.Out);

            var usage = await CalguardRunner.ProcessAsync(work, "caldav", "scan");
            Assert.True(usage.Exit == CalDavExitCodes.Usage, usage.ToString());
            Assert.Contains("--url is required", usage.Err);

            var down = await CalguardRunner.ProcessAsync(work, "caldav", "scan", "--url", $"http://127.0.0.1:{FreePort.Next()}/", "--retries", "0");
            Assert.True(down.Exit == CalDavExitCodes.ServerFailed, down.ToString());
            Assert.Contains("could not reach the server", down.Err);

            var top = await CalguardRunner.ProcessAsync(work, "--help");
            Assert.Contains("caldav", top.Out);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
