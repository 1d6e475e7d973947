using System.Text.RegularExpressions;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Host.Cli;
using Calguard.Integration.Tests.CalDav.Infrastructure;

namespace Calguard.Integration.Tests.CalDav;

/// <summary>
/// On the one packaged server that really schedules (Cyrus 3.6, RFC 6638): <c>calguard caldav clean --yes</c> removes
/// a spam invitation from an external organizer and no REPLY leaves the server, where a plain DELETE of the same
/// invitation sends METHOD:REPLY with PARTSTAT=DECLINED to the spammer (R24: declining confirms the address).
/// </summary>
public sealed class CyrusCleanTests
{
    private static readonly TimeSpan NotifyWait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Clean_removes_an_external_spam_invitation_without_any_reply_while_a_plain_delete_declines()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var source = CorpusMix.Spam().First(o => o.Name.StartsWith("spam-credential-phish-", StringComparison.Ordinal));
        var spamUid = $"cli-spam-{id}@spam.example";
        var controlUid = $"cli-control-{id}@spam.example";
        var spamIcs = Invitation(source.Data, spamUid);
        EngineExpectations.Expect([source with { Data = spamIcs }], v => v == EventVerdict.Spam, "spam (as an invitation to alice)");
        var organizer = EngineExpectations.JudgeText("spam", spamIcs).Organizer!;
        Assert.DoesNotContain("example.test", organizer);

        await using var cyrus = await CyrusServer.StartAsync("alice");
        await using var proxy = await RecordingProxy.StartAsync(cyrus.BaseUri);
        var work = TempDir.Create("cyrus-cli-work");
        var passwordFile = Path.Combine(work, "password");
        await File.WriteAllTextAsync(passwordFile, CyrusServer.Password);
        var calendar = CyrusServer.CalendarHref("alice");
        var spamHref = calendar + $"spam-{id}.ics";
        var hamHref = calendar + $"ham-{id}.ics";
        var ham = CorpusMix.CalendarText(SharedPaths.CorpusFile("ics/kcalutils/event-1.ics"));
        Assert.Equal(201, (await cyrus.SendAsync("alice", HttpMethod.Put, spamHref, spamIcs)).Status);
        Assert.Equal(201, (await cyrus.SendAsync("alice", HttpMethod.Put, hamHref, ham)).Status);
        var hamBefore = await cyrus.SendAsync("alice", HttpMethod.Get, hamHref);
        var spamBefore = await cyrus.SendAsync("alice", HttpMethod.Get, spamHref);
        Assert.DoesNotContain(cyrus.OutboundMessages(), m => m.Contains(id, StringComparison.Ordinal));

        string[] connection = ["--url", proxy.BaseUri.ToString(), "--user", "alice", "--password-file", passwordFile, "--retries", "1"];
        var undoLog = Path.Combine(work, "undo.jsonl");
        var clean = await CalguardRunner.CalDavAsync(["clean", .. connection, "--yes", "--json", "--undo-log", undoLog]);
        Assert.True(clean.Exit == CalDavExitCodes.Ok, clean.ToString());
        var step = Assert.Single(clean.Lines, l => l.GetProperty("uid").GetString() == spamUid);
        Assert.Equal(("delete", "done"), (step.GetProperty("action").GetString(), step.GetProperty("status").GetString()));
        Assert.DoesNotContain(clean.Lines, l => l.GetProperty("href").GetString() == hamHref);
        var delete = Assert.Single(proxy.Where("DELETE"));
        Assert.Equal(spamHref, delete.PathAndQuery);
        Assert.Equal("F", delete.Header("Schedule-Reply"));
        Assert.Equal(spamBefore.ETag, delete.Header("If-Match"));
        Assert.Equal(404, (await cyrus.SendAsync("alice", HttpMethod.Get, spamHref)).Status);
        Assert.Equal(hamBefore, await cyrus.SendAsync("alice", HttpMethod.Get, hamHref));

        // Control: the same invitation under another UID, deleted the ordinary way, declines to the spammer.
        var controlHref = calendar + $"control-{id}.ics";
        Assert.Equal(201, (await cyrus.SendAsync("alice", HttpMethod.Put, controlHref, Invitation(source.Data, controlUid))).Status);
        Assert.Equal(204, (await cyrus.SendAsync("alice", HttpMethod.Delete, controlHref)).Status);
        var decline = await cyrus.WaitForOutboundAsync(m => m.Contains(controlUid, StringComparison.Ordinal), NotifyWait);
        Assert.NotNull(decline);
        Assert.Contains("METHOD:REPLY", decline);
        Assert.Contains("PARTSTAT=DECLINED", decline);
        Assert.Contains(organizer, decline, StringComparison.OrdinalIgnoreCase);

        // Notifications go out in order: with the control's REPLY here, one for the spam would be here too.
        Assert.DoesNotContain(cyrus.OutboundMessages(), m => m.Contains(spamUid, StringComparison.Ordinal));

        // restore puts the invitation back (as alice's own copy, still NEEDS-ACTION) and sends nothing either.
        var restore = await CalguardRunner.CalDavAsync(["restore", .. connection, "--undo-log", undoLog, "--yes"]);
        Assert.True(restore.Exit == CalDavExitCodes.Ok, restore.ToString());
        Assert.Equal(spamBefore.Body, (await cyrus.SendAsync("alice", HttpMethod.Get, spamHref)).Body);
        Assert.DoesNotContain(cyrus.OutboundMessages(), m => m.Contains(spamUid, StringComparison.Ordinal));
        Directory.Delete(work, recursive: true);
    }

    /// <summary>The spam's calendar part as it lands in alice's calendar: her address among the attendees, a fresh UID.</summary>
    private static string Invitation(string ics, string uid)
    {
        var text = Regex.Replace(ics, @"^UID:[^\r\n]*\r\n", $"UID:{uid}\r\n", RegexOptions.Multiline);
        return text.Replace("END:VEVENT\r\n", "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alice@example.test\r\nEND:VEVENT\r\n", StringComparison.Ordinal);
    }
}
