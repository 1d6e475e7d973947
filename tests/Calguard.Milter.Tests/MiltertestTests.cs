using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Calguard.Milter.Tests;

/// <summary>Drives the server with opendkim's <c>miltertest</c> (package <c>miltertest</c>), a libmilter-based MTA simulator.</summary>
public class MiltertestTests(ITestOutputHelper output)
{
    private const string Binary = "/usr/bin/miltertest";

    [MiltertestFact]
    public async Task Lua_scripted_conversation_passes()
    {
        await using var milter = await TestMilter.StartAsync(m => m.Headers.Any(h => h is { Name: "Subject", Value: "quarantine me" })
            ? MilterDecision.Accept()
                .AddHeader("X-Calguard-Verdict", "spam")
                .ChangeHeader("Subject", 1, "[spam] quarantine me")
                .ReplaceBody("removed\r\n"u8.ToArray())
                .Quarantine("calendar spam")
            : MilterDecision.Reject("550", "5.7.1", "Calendar spam rejected"));

        string script = $$"""
            conn = mt.connect("inet:{{milter.Port}}@127.0.0.1")
            assert(conn, "connect failed")
            assert(mt.negotiate(conn, nil, nil, nil) == nil, "negotiate failed")
            assert(mt.test_action(conn, SMFIF_ADDHDRS) and mt.test_action(conn, SMFIF_CHGHDRS))
            assert(mt.test_action(conn, SMFIF_CHGBODY) and mt.test_action(conn, SMFIF_QUARANTINE))
            assert(not mt.test_action(conn, SMFIF_ADDRCPT), "asked for an action it does not use")
            assert(mt.conninfo(conn, "client.example", "192.0.2.1") == nil)
            assert(mt.macro(conn, SMFIC_MAIL, "{auth_authen}", "alice") == nil)
            assert(mt.mailfrom(conn, "<promo@spam.example>") == nil)
            assert(mt.rcptto(conn, "<victim@example.test>") == nil)
            assert(mt.header(conn, "Subject", "quarantine me") == nil)
            assert(mt.eoh(conn) == nil)
            assert(mt.bodystring(conn, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") == nil)
            assert(mt.eom(conn) == nil)
            assert(mt.eom_check(conn, MT_HDRADD, "X-Calguard-Verdict", "spam"), "no header added")
            assert(mt.eom_check(conn, MT_HDRCHANGE, "Subject", "[spam] quarantine me"), "no header change")
            assert(mt.eom_check(conn, MT_BODYCHANGE, "removed\r\n"), "no body change")
            assert(mt.eom_check(conn, MT_QUARANTINE, "calendar spam"), "no quarantine")
            assert(mt.getreply(conn) == SMFIR_ACCEPT, "not accepted")
            assert(mt.abort(conn) == nil)
            assert(mt.mailfrom(conn, "<other@spam.example>") == nil)
            assert(mt.rcptto(conn, "<victim@example.test>") == nil)
            assert(mt.header(conn, "Subject", "reject me") == nil)
            assert(mt.eom(conn) == nil)
            assert(mt.eom_check(conn, MT_SMTPREPLY, "550", "5.7.1", "Calendar spam rejected"), "no custom reply")
            mt.disconnect(conn)
            mt.echo("miltertest: all checks passed")
            """;
        string path = Path.Combine(Path.GetTempPath(), $"calguard-miltertest-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(path, script);
        try
        {
            var start = new ProcessStartInfo(Binary, ["-v", "-s", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            output.WriteLine(await stdout);
            output.WriteLine(await stderr);
            Assert.True(process.ExitCode == 0, $"miltertest exited {process.ExitCode}: {await stderr}");
            Assert.Contains("all checks passed", await stdout);
            Assert.Equal(2, milter.Messages.Count);
            Assert.Equal("alice", milter.Messages.First().GetMacro("auth_authen"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>A fact skipped, with the reason shown in the test output, when <c>miltertest</c> is not installed.</summary>
public sealed class MiltertestFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the binary is absent.</summary>
    public MiltertestFactAttribute()
    {
        if (!File.Exists("/usr/bin/miltertest"))
        {
            Skip = "/usr/bin/miltertest is absent (apt-get install miltertest)";
        }
    }
}
