using System.Text.Json;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Integration.Tests.CalDav.Infrastructure;

namespace Calguard.Integration.Tests.CalDav;

/// <summary>
/// <c>calguard caldav scan / clean / restore</c> with the real engine against real servers: an account filled with
/// real invitations and the calendar parts of real-looking spam, every request recorded by a proxy.
/// </summary>
public sealed class CleanEndToEndTests
{
    private static readonly string[] ReadMethods = ["PROPFIND", "REPORT", "GET", "OPTIONS"];

    [Theory]
    [InlineData(ServerKind.Radicale)]
    [InlineData(ServerKind.Xandikos)]
    public async Task Scan_clean_and_restore_remove_exactly_the_spam_silently_and_bring_it_back(ServerKind kind)
    {
        // What the engine says before anything runs: these are the test's expectations.
        var spamObjects = EngineExpectations.Expect(CorpusMix.Spam(), v => v == EventVerdict.Spam, "spam");
        var suspiciousObjects = EngineExpectations.Expect(CorpusMix.Suspicious(), v => v == EventVerdict.Suspicious, "suspicious");
        var hamObjects = EngineExpectations.Expect(CorpusMix.Ham(), v => v != EventVerdict.Spam, "not spam");

        await using var account = await DavAccount.StartAsync(kind);
        var ham = await account.SeedAsync(hamObjects);
        var spam = await account.SeedAsync(spamObjects);
        var suspicious = await account.SeedAsync(suspiciousObjects);
        var spamHrefs = spam.Values.Order().ToList();
        var kept = ham.Values.Concat(suspicious.Values).ToList();
        var before = await account.SnapshotAsync(account.Seeded.Keys);
        string[] state = ["--state", account.StateFile];

        // scan: every spam object is listed as spam with its reasons; the suspicious ones too; only reads.
        var scan = await account.CliAsync("scan", [.. state, "--json"]);
        Assert.True(scan.Exit == 0, scan.ToString());
        var findings = scan.Lines;
        Assert.Equal(spamHrefs, Hrefs(findings, "spam"));
        Assert.Subset(Hrefs(findings, "suspicious").ToHashSet(), suspicious.Values.ToHashSet());
        Assert.All(findings, f => Assert.NotEmpty(f.GetProperty("symbols").EnumerateArray()));
        Assert.All(findings, f => Assert.StartsWith("cf1-", f.GetProperty("campaign").GetString()));
        Assert.All(findings, f => Assert.False(f.GetProperty("cached").GetBoolean()));
        Assert.Contains($"{spamObjects.Count} spam", scan.Err);
        AssertOnlyReads(account);
        Assert.True(File.Exists(account.StateFile));

        // A second scan only asks what changed since the stored sync token, and still reports every finding.
        account.Proxy.Clear();
        var rescan = await account.CliAsync("scan", [.. state, "--json"]);
        Assert.True(rescan.Exit == 0, rescan.ToString());
        Assert.Equal(spamHrefs, Hrefs(rescan.Lines, "spam"));
        Assert.All(rescan.Lines, f => Assert.True(f.GetProperty("cached").GetBoolean()));
        var reports = account.Proxy.Where("REPORT").ToList();
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Matches("<[a-zA-Z:]*sync-token>[^<]+</", System.Text.Encoding.UTF8.GetString(r.Body)));
        Assert.Empty(account.Proxy.Where("GET"));

        // Dry run: the plan is exactly the spam, and nothing but reads reaches the server.
        account.Proxy.Clear();
        var undoLog = Path.Combine(account.WorkDir, "undo.jsonl");
        var plan = await account.CliAsync("clean", "--json", "--undo-log", undoLog);
        Assert.True(plan.Exit == 0, plan.ToString());
        Assert.All(plan.Lines, s => Assert.Equal("planned", s.GetProperty("status").GetString()));
        Assert.Equal(spamHrefs, plan.Lines.Where(s => s.GetProperty("action").GetString() == "delete").Select(Href).Order());
        Assert.Contains("dry run", plan.Err);
        AssertOnlyReads(account);
        Assert.False(File.Exists(undoLog));
        Assert.Equal(before, await account.SnapshotAsync(account.Seeded.Keys));

        // clean --yes: exactly the spam goes, each DELETE silent and conditional; everything else is byte-identical.
        account.Proxy.Clear();
        var clean = await account.CliAsync("clean", "--json", "--yes", "--undo-log", undoLog);
        Assert.True(clean.Exit == 0, clean.ToString());
        Assert.All(clean.Lines, s => Assert.Equal("done", s.GetProperty("status").GetString()));
        Assert.Equal(spamHrefs, clean.Lines.Select(Href).Order());
        Assert.Contains("caldav restore --undo-log " + undoLog, clean.Err);
        var deletes = account.Proxy.Where("DELETE").ToList();
        Assert.Equal(spamHrefs, deletes.Select(d => d.PathAndQuery).Order());
        foreach (var delete in deletes)
        {
            Assert.Equal("F", delete.Header("Schedule-Reply"));
            Assert.Equal(before[delete.PathAndQuery].ETag, delete.Header("If-Match"));
        }

        Assert.All(account.Proxy.Requests, r => Assert.Contains(r.Method, ReadMethods.Append("DELETE")));
        var after = await account.SnapshotAsync(account.Seeded.Keys);
        Assert.All(spamHrefs, href => Assert.Equal(404, after[href].Status));
        Assert.All(kept, href => Assert.Equal(before[href], after[href]));
        Assert.Equal(spamHrefs, UndoLog.Read(undoLog).Select(e => e.Href).Order());

        // The next scan sees the removals through the sync token: no spam left, the suspicious ones still reported.
        var afterScan = await account.CliAsync("scan", [.. state, "--json"]);
        Assert.True(afterScan.Exit == 0, afterScan.ToString());
        Assert.Empty(Hrefs(afterScan.Lines, "spam"));
        Assert.Subset(Hrefs(afterScan.Lines, "suspicious").ToHashSet(), suspicious.Values.ToHashSet());

        // restore without --yes is a dry run; with --yes every removed object is back, byte for byte.
        account.Proxy.Clear();
        var restorePlan = await account.CliAsync("restore", "--undo-log", undoLog, "--json");
        Assert.True(restorePlan.Exit == 0, restorePlan.ToString());
        Assert.All(restorePlan.Lines, r => Assert.Equal("would-restore", r.GetProperty("status").GetString()));
        AssertOnlyReads(account);
        var restore = await account.CliAsync("restore", "--undo-log", undoLog, "--json", "--yes");
        Assert.True(restore.Exit == 0, restore.ToString());
        Assert.Equal(spamHrefs, restore.Lines.Where(r => r.GetProperty("status").GetString() == "restored").Select(Href).Order());
        var back = await account.SnapshotAsync(account.Seeded.Keys);
        Assert.All(account.Seeded.Keys, href => Assert.Equal(before[href].Body, back[href].Body));

        // ...and the scan after that finds them again, judged afresh.
        var last = await account.CliAsync("scan", [.. state, "--json"]);
        Assert.Equal(spamHrefs, Hrefs(last.Lines, "spam"));
        Assert.All(last.Lines.Where(f => f.GetProperty("verdict").GetString() == "spam"), f => Assert.False(f.GetProperty("cached").GetBoolean()));
    }

    [Fact]
    public async Task Clean_by_organizer_or_campaign_selects_only_that_sender_and_table_output_explains_it()
    {
        var spamObjects = EngineExpectations.Expect(CorpusMix.Spam(), v => v == EventVerdict.Spam, "spam");
        await using var account = await DavAccount.StartAsync(ServerKind.Radicale);
        await account.SeedAsync(CorpusMix.Ham());
        var spam = await account.SeedAsync(spamObjects);
        var target = spamObjects[0];
        var judgement = EngineExpectations.JudgeText(target.Name, target.Data);

        var byOrganizer = await account.CliAsync("clean", "--organizer", judgement.Organizer!);
        Assert.True(byOrganizer.Exit == 0, byOrganizer.ToString());
        Assert.StartsWith("ACTION", byOrganizer.Out);
        Assert.Contains(spam[target.Name], byOrganizer.Out);
        Assert.Contains(judgement.Reasons[0].Name, byOrganizer.Out);
        Assert.Single(byOrganizer.Out.Split('\n'), l => l.StartsWith("delete ", StringComparison.Ordinal));

        var byCampaign = await account.CliAsync("clean", "--campaign", judgement.CampaignFingerprint!, "--json");
        Assert.True(byCampaign.Exit == 0, byCampaign.ToString());
        Assert.Equal([spam[target.Name]], byCampaign.Lines.Select(Href));
    }

    private static void AssertOnlyReads(DavAccount account) =>
        Assert.All(account.Proxy.Requests, r => Assert.Contains(r.Method, ReadMethods));

    private static string Href(JsonElement line) => line.GetProperty("href").GetString()!;

    private static List<string> Hrefs(IEnumerable<JsonElement> lines, string verdict) =>
        lines.Where(l => l.GetProperty("verdict").GetString() == verdict).Select(Href).Order().ToList();
}
