using System.Net.Http.Headers;
using System.Text;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.CalDav.Tests.Scheduling;

/// <summary>One Cyrus instance (users alice and bob) shared by the scheduling tests of this class.</summary>
public sealed class CyrusFixture : IAsyncLifetime
{
    internal CyrusServer Server { get; private set; } = null!;

    /// <summary>Where the tests keep their undo logs; removed with the fixture.</summary>
    internal string WorkDir { get; } = TempDir.Create("cyrus-tests");

    public async Task InitializeAsync() => Server = await CyrusServer.StartAsync("alice", "bob");

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(WorkDir, recursive: true);
    }
}

/// <summary>
/// The point of the whole cleaner (R24, practices §4.7): on a server that really schedules (Cyrus 3.6, RFC 6638),
/// removing spam must not tell the organizer anything, while a plain DELETE would send a DECLINE.
/// </summary>
public sealed class CyrusSchedulingTests(CyrusFixture fixture) : IClassFixture<CyrusFixture>
{
    private static readonly TimeSpan NotifyWait = TimeSpan.FromSeconds(15);

    private CyrusServer Cyrus => fixture.Server;

    [Fact]
    public async Task Clean_removes_an_external_invitation_without_any_reply_while_a_plain_delete_would_decline()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var spamUid = $"ext-spam-{id}@spam.example";
        var controlUid = $"ext-control-{id}@spam.example";
        var hamUid = $"ext-ham-{id}@partner.example";
        var calendar = CyrusServer.CalendarHref("alice");
        await PutAsync("alice", calendar + $"spam-{id}.ics", Invitation(spamUid, "promo@spam.example", MarkerJudge.SpamMarker + " Ray-Ban 90% off"));
        await PutAsync("alice", calendar + $"ham-{id}.ics", Invitation(hamUid, "colleague@partner.example", "Quarterly planning"));
        Assert.DoesNotContain(Cyrus.OutboundMessages(), m => m.Contains(id, StringComparison.Ordinal));

        await using var proxy = await RecordingProxy.StartAsync(Cyrus.BaseUri);
        using var client = new CalDavClient(CalDavHarness.Options(proxy.BaseUri, CalDavCredentials.Basic("alice", CyrusServer.Password)));
        var cleaner = new CalendarCleaner(client, new MarkerJudge());
        var undo = Path.Combine(fixture.WorkDir, $"undo-{id}.jsonl");
        var steps = new List<CleanStep>();
        await foreach (var step in cleaner.CleanAsync(new CleanOptions { Apply = true, UndoLogPath = undo }))
        {
            steps.Add(step);
        }

        var removed = Assert.Single(steps, s => s.Judgement?.Uid == spamUid);
        Assert.True((CleanAction.Delete, CleanStatus.Done) == (removed.Action, removed.Status), removed.Detail);
        Assert.True((await client.GetCapabilitiesAsync(CyrusServer.CalendarHref("alice").Replace("Default/", ""))).AutoSchedule);
        Assert.All(proxy.Where("DELETE"), d => Assert.Equal("F", d.Header("Schedule-Reply")));
        Assert.Equal(404, (await GetAsync("alice", calendar + $"spam-{id}.ics")).Status);
        Assert.Equal(200, (await GetAsync("alice", calendar + $"ham-{id}.ics")).Status);

        // Control: the same kind of invitation deleted the ordinary way (no Schedule-Reply header).
        var controlHref = calendar + $"control-{id}.ics";
        await PutAsync("alice", controlHref, Invitation(controlUid, "promo@spam.example", "Another offer"));
        using (var delete = await SendAsync("alice", HttpMethod.Delete, controlHref))
        {
            Assert.True(delete.IsSuccessStatusCode);
        }

        var decline = await Cyrus.WaitForOutboundAsync(m => m.Contains(controlUid, StringComparison.Ordinal), NotifyWait);
        Assert.NotNull(decline);
        Assert.Contains("METHOD:REPLY", decline);
        Assert.Contains("PARTSTAT=DECLINED:mailto:alice@example.test", decline);
        Assert.Contains("\"recipient\":\"promo@spam.example\"", decline);

        // Notifications are delivered in order, so once the control's REPLY is here, a REPLY for the spam would be too.
        Assert.DoesNotContain(Cyrus.OutboundMessages(), m => m.Contains(spamUid, StringComparison.Ordinal));
        Assert.DoesNotContain(Cyrus.OutboundMessages(), m => m.Contains(hamUid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Clean_removes_an_internal_invitation_and_its_inbox_copy_and_the_organizer_sees_no_decline()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var spamUid = $"int-spam-{id}@example.test";
        var controlUid = $"int-control-{id}@example.test";

        // bob (a local, perhaps compromised, account) invites alice: Cyrus delivers to her Inbox and Default calendar.
        await PutAsync("bob", CyrusServer.CalendarHref("bob") + $"{id}.ics", Invitation(spamUid, "bob@example.test", MarkerJudge.SpamMarker + " Internal prize draw", organizerIsAttendee: true));
        await WaitUntilAsync(() => InboxHoldsAsync(spamUid));

        await using var proxy = await RecordingProxy.StartAsync(Cyrus.BaseUri);
        using var client = new CalDavClient(CalDavHarness.Options(proxy.BaseUri, CalDavCredentials.Basic("alice", CyrusServer.Password)));
        var undo = Path.Combine(fixture.WorkDir, $"undo-{id}.jsonl");
        var steps = new List<CleanStep>();
        await foreach (var step in new CalendarCleaner(client, new MarkerJudge()).CleanAsync(new CleanOptions { Apply = true, UndoLogPath = undo }))
        {
            steps.Add(step);
        }

        var mine = steps.Where(s => s.Judgement?.Uid == spamUid).ToList();
        Assert.Equal([CleanAction.Delete, CleanAction.DeleteInboxCopy], mine.Select(s => s.Action));
        Assert.All(mine, s => Assert.Equal(CleanStatus.Done, s.Status));
        Assert.StartsWith(CyrusServer.InboxHref("alice"), mine[1].Href);
        Assert.All(proxy.Where("DELETE"), d => Assert.Equal("F", d.Header("Schedule-Reply")));
        Assert.All(proxy.Where("DELETE"), d => Assert.NotNull(d.Header("If-Match")));
        Assert.False(await InboxHoldsAsync(spamUid));
        Assert.Equal(2, UndoLog.Read(undo).Count(e => e.Uid == spamUid));

        // Control: another invitation from bob, which alice deletes the ordinary way.
        await PutAsync("bob", CyrusServer.CalendarHref("bob") + $"control-{id}.ics", Invitation(controlUid, "bob@example.test", "Team lunch", organizerIsAttendee: true));
        var aliceCopy = await WaitForCalendarCopyAsync(controlUid);
        using (var delete = await SendAsync("alice", HttpMethod.Delete, aliceCopy))
        {
            Assert.True(delete.IsSuccessStatusCode);
        }

        // bob's copy of the control now says DECLINED; his copy of the spam still says NEEDS-ACTION.
        await WaitUntilAsync(async () => (await GetAsync("bob", CyrusServer.CalendarHref("bob") + $"control-{id}.ics")).Body.Contains("PARTSTAT=DECLINED", StringComparison.Ordinal));
        var bobSpam = (await GetAsync("bob", CyrusServer.CalendarHref("bob") + $"{id}.ics")).Body;
        Assert.Contains("NEEDS-ACTION", AttendeeLine(bobSpam, "alice@example.test"));
        Assert.DoesNotContain("DECLINED", AttendeeLine(bobSpam, "alice@example.test"));
    }

    /// <summary>
    /// Cyrus keeps a UID unique per account, so it refuses the quarantine copy (403). The cleaner must then keep the
    /// original, report the failure, and send nothing: copy first, delete second.
    /// </summary>
    [Fact]
    public async Task Quarantine_refused_by_cyrus_keeps_the_original_and_sends_nothing()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var uid = $"quarantine-{id}@spam.example";
        var href = CyrusServer.CalendarHref("alice") + $"q-{id}.ics";
        await PutAsync("alice", href, Invitation(uid, "promo@spam.example", MarkerJudge.SpamMarker + " Quarantine me"));
        var before = await GetAsync("alice", href);

        await using var proxy = await RecordingProxy.StartAsync(Cyrus.BaseUri);
        using var client = new CalDavClient(CalDavHarness.Options(proxy.BaseUri, CalDavCredentials.Basic("alice", CyrusServer.Password)));
        var undo = Path.Combine(fixture.WorkDir, $"undo-{id}.jsonl");
        var steps = new List<CleanStep>();
        await foreach (var step in new CalendarCleaner(client, new MarkerJudge()).CleanAsync(new CleanOptions { Apply = true, Mode = CleanMode.Quarantine, UndoLogPath = undo }))
        {
            steps.Add(step);
        }

        var mine = Assert.Single(steps, s => s.Judgement?.Uid == uid);
        Assert.Equal((CleanAction.Quarantine, CleanStatus.Failed), (mine.Action, mine.Status));
        Assert.Contains("403", mine.Detail);
        Assert.DoesNotContain(proxy.Where("DELETE"), d => d.PathAndQuery == href);
        Assert.Equal(before, await GetAsync("alice", href));
        Assert.DoesNotContain(Cyrus.OutboundMessages(), m => m.Contains(uid, StringComparison.Ordinal));
    }

    private static string Invitation(string uid, string organizer, string summary, bool organizerIsAttendee = false) => CorpusEvents.Crlf($"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//calguard//test//EN
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260101T000000Z
        DTSTART:20271201T100000Z
        DTEND:20271201T110000Z
        SEQUENCE:0
        SUMMARY:{summary}
        ORGANIZER:mailto:{organizer}
        {(organizerIsAttendee ? $"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{organizer}\n" : string.Empty)}ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alice@example.test
        END:VEVENT
        END:VCALENDAR
        """);

    private static string AttendeeLine(string ics, string address) =>
        ics.Replace("\r\n ", string.Empty).Split("\r\n").Single(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal) && l.EndsWith(address, StringComparison.OrdinalIgnoreCase));

    private async Task<bool> InboxHoldsAsync(string uid)
    {
        using var client = new CalDavClient(CalDavHarness.Options(Cyrus.BaseUri, CalDavCredentials.Basic("alice", CyrusServer.Password)));
        await foreach (var item in client.QueryAsync(CyrusServer.InboxHref("alice")))
        {
            if (item.CalendarData.Contains("UID:" + uid, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<string> WaitForCalendarCopyAsync(string uid)
    {
        using var client = new CalDavClient(CalDavHarness.Options(Cyrus.BaseUri, CalDavCredentials.Basic("alice", CyrusServer.Password)));
        string? href = null;
        await WaitUntilAsync(async () =>
        {
            await foreach (var item in client.QueryAsync(CyrusServer.CalendarHref("alice"), new CalendarQuery { Uid = uid }))
            {
                href = item.Href;
            }

            return href is not null;
        });
        return href!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + NotifyWait;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for Cyrus.");
            await Task.Delay(100);
        }
    }

    private async Task PutAsync(string user, string href, string ics)
    {
        using var response = await SendAsync(user, HttpMethod.Put, href, ics);
        Assert.True(response.IsSuccessStatusCode, $"PUT {href} as {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<(int Status, string Body)> GetAsync(string user, string href)
    {
        using var response = await SendAsync(user, HttpMethod.Get, href);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string href, string? ics = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(Cyrus.BaseUri, href));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{CyrusServer.Password}")));
        if (ics is not null)
        {
            request.Content = new StringContent(ics, Encoding.UTF8, "text/calendar");
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
