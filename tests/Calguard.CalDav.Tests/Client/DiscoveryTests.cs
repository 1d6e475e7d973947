using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.CalDav.Tests.Client;

public sealed class DiscoveryTests
{
    [Theory]
    [InlineData(ServerKind.Radicale)]
    [InlineData(ServerKind.Xandikos)]
    public async Task Discovery_follows_well_known_and_lists_calendars_with_tokens(ServerKind kind)
    {
        await using var h = await CalDavHarness.StartAsync(kind);

        var account = await h.Client.DiscoverAsync();
        var calendars = await h.Client.ListCalendarsAsync(account.CalendarHomeHref);
        var capabilities = await h.Client.GetCapabilitiesAsync(account.CalendarHomeHref);

        Assert.Equal(h.Server.HomeHref, account.CalendarHomeHref);
        var calendar = Assert.Single(calendars, c => c.Href == h.Server.CalendarHref);
        Assert.True(calendar.IsCalendar);
        Assert.False(calendar.IsScheduleInbox);
        Assert.NotNull(calendar.SyncToken);
        Assert.NotNull(calendar.CTag);
        Assert.NotNull(calendar.ETag);
        Assert.Contains("VEVENT", calendar.SupportedComponents);
        Assert.False(string.IsNullOrEmpty(calendar.Name));
        Assert.True(capabilities.CalendarAccess);
        Assert.False(capabilities.Audit);

        // Both servers redirect /.well-known/caldav to /; the PROPFIND must have followed it with method and body.
        var propfinds = h.Proxy.Where("PROPFIND").ToList();
        Assert.Equal("/.well-known/caldav", propfinds[0].PathAndQuery);
        Assert.Equal("/", propfinds[1].PathAndQuery);
        Assert.NotEmpty(propfinds[1].Body);
        if (kind == ServerKind.Xandikos)
        {
            Assert.Equal("/user/inbox", account.ScheduleInboxHref);
        }
    }

    [Theory]
    [InlineData(ServerKind.Radicale)]
    [InlineData(ServerKind.Xandikos)]
    public async Task Corpus_objects_round_trip_through_put_get_and_query(ServerKind kind)
    {
        await using var h = await CalDavHarness.StartAsync(kind);
        var names = await h.SeedAsync(CorpusEvents.LoadHam().Concat(CorpusEvents.Spam()));

        var listed = new List<CalendarObjectResource>();
        await foreach (var r in h.Client.QueryAsync(h.Server.CalendarHref))
        {
            listed.Add(r);
        }

        Assert.Equal(names.Values.Order(), listed.Select(r => r.Href).Order());
        Assert.All(listed, r => Assert.NotNull(r.ETag));

        var events = new List<CalendarObjectResource>();
        await foreach (var r in h.Client.QueryAsync(h.Server.CalendarHref, new CalendarQuery { Component = "VEVENT" }))
        {
            events.Add(r);
        }

        Assert.DoesNotContain(events, e => e.Href.EndsWith("ham-vcalendar-todo.ics", StringComparison.Ordinal) || e.Href.EndsWith("ham-todo-1.ics", StringComparison.Ordinal));
        Assert.Equal(listed.Count - 2, events.Count);

        var got = await h.Client.GetAsync(names["spam-series.ics"]);
        Assert.NotNull(got);
        Assert.Equal(listed.Single(l => l.Href == got!.Href).ETag, got!.ETag);
        Assert.Contains("RECURRENCE-ID", got.CalendarData);
        Assert.Null(await h.Client.GetAsync(h.Server.CalendarHref + "missing.ics"));
    }

    [Fact]
    public async Task Credentials_go_to_the_configured_server_as_basic_or_bearer()
    {
        await using var server = await TestCalDavServer.StartXandikosAsync();
        await using var proxy = await RecordingProxy.StartAsync(server.BaseUri);
        using var bearer = new CalDavClient(CalDavHarness.Options(proxy.BaseUri, CalDavCredentials.Bearer("tok-123")));
        using var basic = new CalDavClient(CalDavHarness.Options(proxy.BaseUri, CalDavCredentials.Basic("jörg", "pä:ss")));

        await bearer.DiscoverAsync();
        Assert.All(proxy.Requests, r => Assert.Equal("Bearer tok-123", r.Header("Authorization")));
        proxy.Clear();
        await basic.GetCapabilitiesAsync();
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("jörg:pä:ss")), Assert.Single(proxy.Requests).Header("Authorization"));
        Assert.DoesNotContain("pä", CalDavCredentials.Basic("jörg", "pä:ss").ToString());
    }
}
