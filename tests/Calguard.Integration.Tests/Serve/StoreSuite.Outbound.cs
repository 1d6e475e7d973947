using Calguard.Storage;
using Calguard.Storage.Outbound;

namespace Calguard.Integration.Tests.Serve;

/// <summary>The outbound check's tables (migration 4) behave the same on SQLite and PostgreSQL.</summary>
public abstract partial class StoreSuite
{
    [Fact]
    public async Task OutboundDecisionsHeldInvitationsAndRecipientsRoundTrip()
    {
        await using var store = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var outbound = new SqlOutboundStore(store.Database);
        var t1 = DateTimeOffset.FromUnixTimeMilliseconds(1_790_000_000_000);
        var t2 = t1.AddHours(2);
        OutboundDecisionRecord Decision(string account, string tenant, string decision, DateTimeOffset at) => new()
        {
            Account = account,
            Organizer = $"{account}@{tenant}",
            Tenant = tenant,
            Channel = "api",
            Origin = "create",
            Decision = decision,
            Reasons = [new("CAMPAIGN_ACROSS_ACCOUNTS", "the same text from 5 accounts, \"quoted\"")],
            Uid = "uid-1",
            Summary = "Briefing",
            Attendees = 2,
            ExternalAttendees = 1,
            ClientIp = "2001:db8::1",
            UserAgent = "UA",
            Fingerprint = "cf1-0011223344556677",
            CreatedAt = at,
        };
        HeldInvitation Held(string account, string tenant, DateTimeOffset at) => new()
        {
            Account = account,
            Organizer = $"{account}@{tenant}",
            Tenant = tenant,
            Origin = "create",
            Uid = "uid-1",
            Summary = "Briefing",
            Attendees = [new("a@partner.example", false), new("b@" + tenant, true)],
            Calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            Reasons = [new("CAMPAIGN_ACROSS_ACCOUNTS", "detail")],
            ClientIp = "2001:db8::1",
            CreatedAt = at,
        };

        var allowed = await outbound.RecordAsync(Decision("ann", "example.net", "allow", t1), null, ["a@partner.example", "b@partner.example"], new HashSet<string> { "a@partner.example" });
        var heldId = await outbound.RecordAsync(Decision("ann", "example.net", "hold", t2), Held("ann", "example.net", t2), [], new HashSet<string>());
        var otherId = await outbound.RecordAsync(Decision("oz", "example.org", "hold", t2), Held("oz", "example.org", t2), [], new HashSet<string>());
        Assert.True(heldId > allowed);
        // Written to again later: b counts today now, a keeps its earlier mark.
        await outbound.RecordAsync(Decision("ann", "example.net", "allow", t2), null, ["a@partner.example", "b@partner.example"], new HashSet<string> { "b@partner.example" });

        var known = await outbound.KnownRecipientsAsync("ann", ["a@partner.example", "b@partner.example", "c@partner.example"]);
        Assert.Equal(["a@partner.example", "b@partner.example"], known.Keys.Order());
        Assert.Equal(t1, known["a@partner.example"].FirstAt);
        Assert.Equal(t1, known["a@partner.example"].CountedAt);
        Assert.Equal(t2, known["b@partner.example"].CountedAt);
        Assert.Empty(await outbound.KnownRecipientsAsync("oz", ["a@partner.example"]));

        var heldNet = await outbound.ListHeldAsync(new HeldQuery { Tenants = ["example.net"] });
        var one = Assert.Single(heldNet);
        Assert.Equal(heldId, one.Id);
        Assert.Equal(HeldStatus.Held, one.Status);
        Assert.Equal([new OutboundAttendee("a@partner.example", false), new OutboundAttendee("b@example.net", true)], one.Attendees);
        Assert.Equal("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", one.Calendar);
        Assert.Equal(2, (await outbound.ListHeldAsync(new HeldQuery())).Count);

        Assert.True(await outbound.DecideHeldAsync(heldId, HeldStatus.Released, "operator", t2.AddMinutes(5)));
        Assert.False(await outbound.DecideHeldAsync(heldId, HeldStatus.Dropped, "operator", t2.AddMinutes(6)));
        var released = await outbound.GetHeldAsync(heldId);
        Assert.Equal(HeldStatus.Released, released!.Status);
        Assert.Equal("operator", released.DecidedBy);
        Assert.Equal(t2.AddMinutes(5), released.DecidedAt);
        Assert.Equal([otherId], (await outbound.ListHeldAsync(new HeldQuery())).Select(h => h.Id));

        var decisions = await outbound.DecisionsAsync("ann", null, null, 10);
        Assert.Equal(3, decisions.Count);
        Assert.Equal(new OutboundReason("CAMPAIGN_ACROSS_ACCOUNTS", "the same text from 5 accounts, \"quoted\""), decisions[0].Reasons[0]);
        Assert.Equal("2001:db8::1", decisions[0].ClientIp);
        Assert.Single(await outbound.DecisionsAsync(null, "hold", ["example.org"], 10));

        // Purge: decisions and held invitations before t2 go; recipients beyond one per account go, least recent first.
        await outbound.RecordAsync(Decision("ann", "example.net", "allow", t2.AddHours(1)), null, ["c@partner.example"], new HashSet<string>());
        Assert.True(await outbound.PurgeAsync(t2, t2, t1.AddDays(-1), 1) > 0);
        Assert.Equal(4, (await outbound.DecisionsAsync(null, null, null, 10)).Count);
        Assert.Equal(["c@partner.example"], (await outbound.KnownRecipientsAsync("ann", ["a@partner.example", "b@partner.example", "c@partner.example"])).Keys);
    }
}
