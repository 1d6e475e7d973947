using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.CalDav.Tests.Client;

public sealed class SyncTests
{
    [Theory]
    [InlineData(ServerKind.Radicale)]
    [InlineData(ServerKind.Xandikos)]
    public async Task Incremental_sync_returns_only_changes_and_a_stale_token_falls_back_to_a_full_listing(ServerKind kind)
    {
        await using var h = await CalDavHarness.StartAsync(kind);
        var ham = await h.SeedAsync(CorpusEvents.LoadHam());
        var spam = await h.SeedAsync(CorpusEvents.Spam());

        var initial = h.Client.SyncCollection(h.Server.CalendarHref, null);
        var all = await ToListAsync(initial);
        Assert.True(initial.IsFullListing);
        Assert.NotNull(initial.NewSyncToken);
        Assert.Equal(h.Seeded.Keys.Order(), all.Select(c => c.Href).Order());
        Assert.All(all, c => Assert.Contains("BEGIN:VCALENDAR", c.Resource!.CalendarData));

        // One change, one removal, one addition.
        var changed = spam["spam-rayban.ics"];
        using (await h.Server.RawAsync("PUT", changed, h.Seeded[changed].Replace("90%", "95%")))
        {
        }

        var removed = ham.Values.First();
        var removedTag = (await h.Client.GetAsync(removed))!.ETag!;
        Assert.True(await h.Client.DeleteAsync(removed, removedTag));
        var added = (await h.SeedAsync([CorpusEvents.Suspicious()])).Values.Single();

        var incremental = h.Client.SyncCollection(h.Server.CalendarHref, initial.NewSyncToken);
        var changes = await ToListAsync(incremental);
        Assert.False(incremental.IsFullListing);
        Assert.NotEqual(initial.NewSyncToken, incremental.NewSyncToken);
        Assert.Equal(new[] { added, changed }.Order(), changes.Where(c => c.Kind == SyncChangeKind.Changed).Select(c => c.Href).Order());
        Assert.Contains("95%", changes.Single(c => c.Href == changed).Resource!.CalendarData);
        Assert.Equal(removed, Assert.Single(changes, c => c.Kind == SyncChangeKind.Removed).Href);

        var stale = h.Client.SyncCollection(h.Server.CalendarHref, kind == ServerKind.Radicale ? "http://radicale.org/ns/sync/0000" : "0000000000000000000000000000000000000000");
        var listing = await ToListAsync(stale);
        Assert.True(stale.IsFullListing);
        Assert.NotNull(stale.NewSyncToken);
        Assert.Equal(h.Seeded.Keys.Where(k => k != removed).Order(), listing.Where(c => c.Kind == SyncChangeKind.Changed).Select(c => c.Href).Order());
        Assert.All(listing.Where(c => c.Kind == SyncChangeKind.Removed), c => Assert.Equal(removed, c.Href));
        Assert.Throws<InvalidOperationException>(() => stale.GetAsyncEnumerator());
    }

    private static async Task<List<SyncChange>> ToListAsync(CalendarSync sync)
    {
        var list = new List<SyncChange>();
        await foreach (var c in sync)
        {
            list.Add(c);
        }

        return list;
    }
}
