using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.CalDav.Tests.Cleaning;

public sealed class AuditAndCollectionTests
{
    /// <summary>
    /// No Debian server implements the CalDAV audit draft (CC 51016), so the proxy advertises
    /// <c>calendar-audit</c> and performs the POST as the silent delete the draft mandates.
    /// </summary>
    [Fact]
    public async Task When_calendar_audit_is_advertised_the_audit_failure_post_replaces_delete()
    {
        await using var h = await CalDavHarness.StartAsync(ServerKind.Radicale);
        h.Proxy.EmulateAudit = true;
        await h.SeedAsync(CorpusEvents.LoadHam());
        var spam = await h.SeedAsync(CorpusEvents.Spam());
        var before = await h.SnapshotAsync(spam.Values);

        Assert.True((await h.Client.GetCapabilitiesAsync("/alice/")).Audit);
        var steps = await h.CleanAsync(new CleanOptions { Apply = true, UndoLogPath = h.UndoLogPath });

        Assert.All(steps, s => Assert.Equal(CleanAction.ReportAuditFailure, s.Action));
        Assert.All(steps, s => Assert.Equal(CleanStatus.Done, s.Status));
        Assert.Empty(h.Proxy.Where("DELETE"));
        var posts = h.Proxy.Where("POST").ToList();
        Assert.Equal(spam.Values.Select(v => v + "?action=audit-failure&reason=junk").Order(), posts.Select(p => p.PathAndQuery).Order());
        Assert.All(posts, p => Assert.Empty(p.Body));
        Assert.All(posts, p => Assert.Equal(before[p.PathAndQuery.Split('?')[0]].ETag, p.Header("If-Match")));
        Assert.All((await h.SnapshotAsync(spam.Values)).Values, s => Assert.Equal(404, s.Status));
        Assert.All(UndoLog.Read(h.UndoLogPath), e => Assert.Equal(UndoEntry.Actions.AuditFailure, e.Action));
    }

    [Theory]
    [InlineData(ServerKind.Radicale)]
    [InlineData(ServerKind.Xandikos)]
    public async Task Deleting_a_whole_calendar_is_silent_and_conditional_and_can_be_restored(ServerKind kind)
    {
        await using var h = await CalDavHarness.StartAsync(kind);
        var junkHref = h.Server.HomeHref + "junk/";
        await h.Client.MakeCalendarAsync(junkHref, "Junk");
        var members = await h.SeedAsync(CorpusEvents.Spam(), junkHref);
        var before = await h.SnapshotAsync(members.Values);

        var plan = new List<CleanStep>();
        await foreach (var s in h.Cleaner.DeleteCalendarAsync("Junk", apply: false, undoLogPath: null))
        {
            plan.Add(s);
        }

        Assert.Equal(CleanStatus.Planned, Assert.Single(plan).Status);
        Assert.Empty(h.Proxy.Where("DELETE"));

        var steps = new List<CleanStep>();
        await foreach (var s in h.Cleaner.DeleteCalendarAsync("Junk", apply: true, undoLogPath: h.UndoLogPath))
        {
            steps.Add(s);
        }

        var step = Assert.Single(steps);
        Assert.Equal((CleanAction.DeleteCollection, CleanStatus.Done), (step.Action, step.Status));
        var delete = Assert.Single(h.Proxy.Where("DELETE"));
        Assert.Equal(junkHref, delete.PathAndQuery);
        Assert.Equal("F", delete.Header("Schedule-Reply"));
        Assert.False(string.IsNullOrEmpty(delete.Header("If-Match")));
        Assert.Null(await h.Client.GetCollectionAsync(junkHref));
        Assert.Equal(3, UndoLog.Read(h.UndoLogPath).Count(e => e.Action == UndoEntry.Actions.DeleteCollectionMember));

        h.Proxy.Clear();
        var restored = new List<RestoreResult>();
        await foreach (var r in h.Cleaner.RestoreAsync(h.UndoLogPath))
        {
            restored.Add(r);
        }

        Assert.All(restored, r => Assert.Equal(RestoreStatus.Restored, r.Status));
        Assert.Single(h.Proxy.Where("MKCALENDAR"), m => m.PathAndQuery == junkHref && m.Status == 201);
        var back = await h.SnapshotAsync(members.Values);
        Assert.All(members.Values, href => Assert.Equal(before[href].Body, back[href].Body));
    }
}
