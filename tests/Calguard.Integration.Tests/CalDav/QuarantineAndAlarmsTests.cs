using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Host.Cli;
using Calguard.Integration.Tests.CalDav.Infrastructure;

namespace Calguard.Integration.Tests.CalDav;

/// <summary>
/// The other two ways to act (<c>--quarantine</c>, <c>--strip-alarms</c>) and emptying the quarantine with
/// <c>delete-calendar</c>, on Radicale: no REPLY-producing request ever (no DELETE without Schedule-Reply: F, no
/// unconditional write), and restore undoes each.
/// </summary>
public sealed class QuarantineAndAlarmsTests
{
    [Fact]
    public async Task Quarantine_moves_the_spam_delete_calendar_empties_it_silently_and_restore_undoes_both()
    {
        var spamObjects = EngineExpectations.Expect(CorpusMix.Spam().Take(3).ToList(), v => v == EventVerdict.Spam, "spam");
        await using var account = await DavAccount.StartAsync(ServerKind.Radicale);
        var ham = await account.SeedAsync(CorpusMix.Ham().Take(4));
        var spam = await account.SeedAsync(spamObjects);
        var before = await account.SnapshotAsync(account.Seeded.Keys);

        var undoQuarantine = Path.Combine(account.WorkDir, "quarantine.jsonl");
        var moved = await account.CliAsync("clean", "--quarantine", "Spam Review", "--yes", "--json", "--undo-log", undoQuarantine);
        Assert.True(moved.Exit == CalDavExitCodes.Ok, moved.ToString());
        Assert.Equal("create-calendar", moved.Lines[0].GetProperty("action").GetString());
        var steps = moved.Lines.Skip(1).ToList();
        Assert.Equal(spam.Values.Order(), steps.Select(s => s.GetProperty("href").GetString()).Order());
        Assert.All(steps, s => Assert.Equal(("quarantine", "done"), (s.GetProperty("action").GetString(), s.GetProperty("status").GetString())));
        var copies = steps.Select(s => s.GetProperty("target").GetString()!).ToList();
        Assert.All(copies, c => Assert.StartsWith("/alice/spam-review/", c));
        Assert.All(account.Proxy.Where("DELETE"), d => Assert.Equal("F", d.Header("Schedule-Reply")));
        Assert.All(account.Proxy.Where("PUT"), p => Assert.Equal("*", p.Header("If-None-Match")));
        var after = await account.SnapshotAsync(account.Seeded.Keys.Concat(copies));
        Assert.All(spam.Values, h => Assert.Equal(404, after[h].Status));
        Assert.All(ham.Values, h => Assert.Equal(before[h], after[h]));
        Assert.Equal(spam.Values.Select(h => before[h].Body).Order(), copies.Select(c => after[c].Body).Order());

        // A scan now finds the spam only in the quarantine; emptying that is a dry run first, then one silent conditional DELETE.
        var rescan = await account.CliAsync("scan", "--no-state", "--json");
        Assert.DoesNotContain(rescan.Lines, l => l.GetProperty("verdict").GetString() == "spam" && !l.GetProperty("calendar").GetString()!.Contains("spam-review"));
        account.Proxy.Clear();
        var plan = await account.CliAsync("delete-calendar", "Spam Review");
        Assert.True(plan.Exit == 0, plan.ToString());
        Assert.Contains("planned", plan.Out);
        Assert.DoesNotContain(account.Proxy.Requests, r => r.Method is "DELETE" or "PUT");
        var undoDrop = Path.Combine(account.WorkDir, "drop.jsonl");
        var dropped = await account.CliAsync("delete-calendar", "Spam Review", "--yes", "--undo-log", undoDrop);
        Assert.True(dropped.Exit == 0, dropped.ToString());
        var delete = Assert.Single(account.Proxy.Where("DELETE"));
        Assert.Equal("/alice/spam-review/", delete.PathAndQuery);
        Assert.Equal("F", delete.Header("Schedule-Reply"));
        Assert.NotNull(delete.Header("If-Match"));
        Assert.All(copies, c => Assert.Contains(UndoLog.Read(undoDrop), e => e.Href == c));

        // Restoring the quarantine log puts every original back where it was.
        var restore = await account.CliAsync("restore", "--undo-log", undoQuarantine, "--yes");
        Assert.True(restore.Exit == 0, restore.ToString());
        var back = await account.SnapshotAsync(account.Seeded.Keys);
        Assert.All(account.Seeded.Keys, h => Assert.Equal(before[h].Body, back[h].Body));
    }

    [Fact]
    public async Task Strip_alarms_rewrites_only_alarms_with_if_match_and_restore_puts_them_back()
    {
        var suspicious = EngineExpectations.Expect(CorpusMix.Suspicious(), v => v == EventVerdict.Suspicious, "suspicious");
        var spamObjects = EngineExpectations.Expect(CorpusMix.Spam().Where(o => o.Data.Contains("BEGIN:VALARM", StringComparison.Ordinal)).Take(2).ToList(), v => v == EventVerdict.Spam, "spam");
        Assert.NotEmpty(spamObjects);
        await using var account = await DavAccount.StartAsync(ServerKind.Radicale);
        var ham = await account.SeedAsync(CorpusMix.Ham().Take(4));
        var spam = await account.SeedAsync(spamObjects);
        await account.SeedAsync(suspicious);
        var before = await account.SnapshotAsync(account.Seeded.Keys);

        var undoLog = Path.Combine(account.WorkDir, "alarms.jsonl");
        var stripped = await account.CliAsync("clean", "--strip-alarms", "--min-verdict", "suspicious", "--yes", "--json", "--undo-log", undoLog);
        Assert.True(stripped.Exit == 0, stripped.ToString());
        Assert.All(stripped.Lines, s => Assert.Equal("strip-alarms", s.GetProperty("action").GetString()));
        Assert.All(stripped.Lines, s => Assert.Contains(s.GetProperty("status").GetString(), new[] { "done", "nothing-to-do" }));
        Assert.Empty(account.Proxy.Where("DELETE"));
        Assert.All(account.Proxy.Where("PUT"), p => Assert.Equal(before[p.PathAndQuery].ETag, p.Header("If-Match")));
        var after = await account.SnapshotAsync(account.Seeded.Keys);
        Assert.All(spam.Values, h => Assert.DoesNotContain("BEGIN:VALARM", after[h].Body));
        Assert.All(spam.Values, h => Assert.Contains("SUMMARY", after[h].Body));
        Assert.All(ham.Values, h => Assert.Equal(before[h], after[h]));

        var restore = await account.CliAsync("restore", "--undo-log", undoLog, "--yes");
        Assert.True(restore.Exit == 0, restore.ToString());
        var back = await account.SnapshotAsync(account.Seeded.Keys);
        Assert.All(account.Seeded.Keys, h => Assert.Equal(before[h].Body, back[h].Body));
    }
}
