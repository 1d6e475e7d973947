using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Host.Cli;
using Calguard.Integration.Tests.CalDav.Infrastructure;

namespace Calguard.Integration.Tests.CalDav;

/// <summary>Wrong password, server down, usage errors and a 412 between judgement and DELETE: clear message, exit code, consistent account.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task Wrong_password_server_down_and_usage_errors_exit_with_their_codes()
    {
        await using var account = await DavAccount.StartAsync(ServerKind.Radicale);
        await account.SeedAsync(CorpusMix.Spam().Take(2));
        var before = await account.SnapshotAsync(account.Seeded.Keys);

        var wrong = Path.Combine(account.WorkDir, "wrong");
        await File.WriteAllTextAsync(wrong, "not the password\n");
        var url = account.Proxy.BaseUri.ToString();
        var refused = await CalguardRunner.CalDavAsync("clean", "--url", url, "--user", "alice", "--password-file", wrong, "--yes", "--undo-log", Path.Combine(account.WorkDir, "u.jsonl"));
        Assert.True(refused.Exit == CalDavExitCodes.AuthenticationFailed, refused.ToString());
        Assert.Contains("authentication failed", refused.Err);
        Assert.Contains("401", refused.Err);
        Assert.DoesNotContain(account.Proxy.Requests, r => r.Method is "DELETE" or "PUT");
        Assert.False(File.Exists(Path.Combine(account.WorkDir, "u.jsonl")), "an empty undo log is not kept");

        var down = $"http://127.0.0.1:{FreePort.Next()}/";
        var unreachable = await CalguardRunner.CalDavAsync("scan", "--url", down, "--user", "alice", "--password-file", account.PasswordFile, "--retries", "0", "--no-state");
        Assert.True(unreachable.Exit == CalDavExitCodes.ServerFailed, unreachable.ToString());
        Assert.Contains("could not reach the server", unreachable.Err);
        Assert.Empty(unreachable.Out);

        Assert.Equal(CalDavExitCodes.Usage, (await CalguardRunner.CalDavAsync("scan")).Exit);
        Assert.Equal(CalDavExitCodes.Usage, (await CalguardRunner.CalDavAsync("scan", "--url", url, "--user", "alice", "--password-file", "/nonexistent/pw")).Exit);
        Assert.Equal(CalDavExitCodes.Usage, (await CalguardRunner.CalDavAsync("clean", "--url", url, "--quarantine", "Q", "--strip-alarms")).Exit);
        Assert.Equal(CalDavExitCodes.Usage, (await CalguardRunner.CalDavAsync("clean", "--url", url, "--min-verdict", "clean")).Exit);
        Assert.Equal(CalDavExitCodes.Usage, (await CalguardRunner.CalDavAsync("frobnicate")).Exit);
        var unknown = await account.CliAsync("scan", "--calendar", "no-such-calendar", "--no-state");
        Assert.True(unknown.Exit == CalDavExitCodes.Usage, unknown.ToString());
        Assert.Contains("known:", unknown.Err);

        Assert.Equal(before, await account.SnapshotAsync(account.Seeded.Keys));
    }

    [Theory]
    [InlineData(ServerKind.Radicale)]
    [InlineData(ServerKind.Xandikos)]
    public async Task An_event_changed_between_scan_and_delete_gets_412_is_reported_and_restore_does_not_overwrite_it(ServerKind kind)
    {
        await using var account = await DavAccount.StartAsync(kind);
        var ham = await account.SeedAsync(CorpusMix.Ham().Take(5));
        var spam = await account.SeedAsync(EngineExpectations.Expect(CorpusMix.Spam().Take(4).ToList(), v => v == EventVerdict.Spam, "spam"));
        var victim = spam.Values.First();
        var edited = account.Seeded[victim].Replace("SUMMARY:", "SUMMARY:[edited meanwhile] ", StringComparison.Ordinal);
        var before = await account.SnapshotAsync(account.Seeded.Keys);

        // Just before our DELETE reaches the server, the organizer's update lands: the server must answer 412.
        account.Proxy.Intercept = async (request, _) =>
        {
            if (request.Method == "DELETE" && request.PathAndQuery == victim)
            {
                await account.EditAsync(victim, edited);
            }

            return false;
        };

        var undoLog = Path.Combine(account.WorkDir, "undo.jsonl");
        var clean = await account.CliAsync("clean", "--yes", "--undo-log", undoLog);
        Assert.True(clean.Exit == CalDavExitCodes.Incomplete, clean.ToString());
        Assert.Contains($"skipped-changed: {victim}", clean.Err);
        Assert.Contains("412", clean.Err);
        Assert.Contains("3 done, 1 skipped-changed", clean.Out);
        Assert.Equal(412, Assert.Single(account.Proxy.Where("DELETE"), d => d.PathAndQuery == victim).Status);

        // Consistent: the edited event is there as edited, the other spam is gone, the ham untouched.
        var after = await account.SnapshotAsync(account.Seeded.Keys);
        Assert.Contains("[edited meanwhile]", after[victim].Body);
        Assert.All(spam.Values.Where(h => h != victim), h => Assert.Equal(404, after[h].Status));
        Assert.All(ham.Values, h => Assert.Equal(before[h], after[h]));

        // restore puts back the three removed ones and refuses to overwrite the newer version of the fourth.
        account.Proxy.Intercept = null;
        var restore = await account.CliAsync("restore", "--undo-log", undoLog, "--yes");
        Assert.True(restore.Exit == CalDavExitCodes.Incomplete, restore.ToString());
        Assert.Contains($"conflict: {victim}", restore.Err);
        Assert.Contains("3 restored", restore.Out);
        var restored = await account.SnapshotAsync(account.Seeded.Keys);
        Assert.Contains("[edited meanwhile]", restored[victim].Body);
        Assert.All(spam.Values.Where(h => h != victim), h => Assert.Equal(before[h].Body, restored[h].Body));
        Assert.Contains(UndoLog.Read(undoLog), e => e.Href == victim);
    }
}
