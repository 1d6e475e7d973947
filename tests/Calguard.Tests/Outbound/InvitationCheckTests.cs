using System.Net;
using System.Text.Json;
using Calguard.Host.Outbound;
using Calguard.Storage.Keys;
using Calguard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Calguard.Tests.Outbound;

/// <summary>
/// <c>POST /v1/invitations/check</c> through the real host on SQLite with in-process counters: each signal of issue 8
/// (R4–R7, R28, R43) changes the decision as documented, and a refused invitation consumes no quota.
/// </summary>
public sealed class InvitationCheckTests
{
    private static async Task<JsonElement> CheckAsync(HttpClient client, string body) =>
        await Problem.OkJsonAsync(await client.PostAsync("/v1/invitations/check", TestApp.Json(body)));

    private static long Used(JsonElement result, string limit) =>
        result.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("name").GetString() == limit).GetProperty("used").GetInt64();

    private static long Limit(JsonElement result, string limit) =>
        result.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("name").GetString() == limit).GetProperty("limit").GetInt64();

    private static string[] Reasons(JsonElement result) => result.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray();

    private static string Decision(JsonElement result) => result.GetProperty("decision").GetString()!;

    [Fact]
    public async Task AllowsAnOrdinaryMeetingAndReportsHeadroom()
    {
        await using var app = await TestApp.StartAsync();
        var result = await CheckAsync(app.Client(), Invites.Body(["bob@partner.example", "carol@partner.example"]));
        Assert.Equal("allow", Decision(result));
        Assert.Empty(result.GetProperty("reasons").EnumerateArray());
        Assert.True(result.GetProperty("id").GetInt64() > 0);
        var limits = result.GetProperty("limits").EnumerateArray().Select(l => (l.GetProperty("name").GetString(), l.GetProperty("used").GetInt64(), l.GetProperty("limit").GetInt64(), l.GetProperty("window").GetString())).ToArray();
        Assert.Equal(
            [
                ("invitations-per-hour", 2L, 500L, "PT1H"), ("invitations-per-day", 2L, 2000L, "P1D"), ("external-recipients-per-day", 2L, 1000L, "P1D"),
                ("new-recipients-per-day", 2L, 300L, "P1D"), ("ip-invitations-per-hour", 2L, 2000L, "PT1H"), ("network-invitations-per-hour", 2L, 10000L, "PT1H"),
            ], limits);
    }

    [Fact]
    public async Task ARefusedInvitationConsumesNoQuota()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:Limits:InvitationsPerHour"] = "10" });
        var client = app.Client();
        Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(Invites.People("a", 8)))));
        var refused = await CheckAsync(client, Invites.Body(Invites.People("b", 5)));
        Assert.Equal("deny", Decision(refused));
        Assert.Equal(["LIMIT_INVITATIONS_PER_HOUR"], Reasons(refused));
        Assert.Equal(8, Used(refused, "invitations-per-hour"));
        // The refused five did not count: two more fit exactly, then nothing.
        var last = await CheckAsync(client, Invites.Body(Invites.People("c", 2)));
        Assert.Equal("allow", Decision(last));
        Assert.Equal(10, Used(last, "invitations-per-hour"));
        Assert.Equal("deny", Decision(await CheckAsync(client, Invites.Body(Invites.People("d", 1)))));
    }

    [Fact]
    public async Task PassingALaterLimitGivesTheEarlierOnesBack()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Calguard:Outbound:Limits:InvitationsPerHour"] = "10",
            ["Calguard:Outbound:Limits:ExternalRecipientsPerDay"] = "3",
        });
        var client = app.Client();
        // Hour and day are reserved first, then the external-recipient limit refuses: both are given back.
        var refused = await CheckAsync(client, Invites.Body(Invites.People("ext", 5)));
        Assert.Equal("deny", Decision(refused));
        Assert.Contains("LIMIT_EXTERNAL_RECIPIENTS_PER_DAY", Reasons(refused));
        Assert.Equal(0, Used(refused, "invitations-per-hour"));
        Assert.Equal(0, Used(refused, "invitations-per-day"));
        var internalOnly = await CheckAsync(client, Invites.Body(Invites.People("colleague", 10, "example.net"), allExternal: false));
        Assert.Equal("allow", Decision(internalOnly));
        Assert.Equal(10, Used(internalOnly, "invitations-per-hour"));
        Assert.Equal(0, Used(internalOnly, "external-recipients-per-day"));
    }

    [Fact]
    public async Task TheDailyLimitDeniesAndABurstFromOneIpAddressAcrossAccountsIsChallenged()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Calguard:Outbound:Limits:InvitationsPerDay"] = "6",
            ["Calguard:Outbound:Limits:InvitationsPerIpPerHour"] = "8",
        });
        var client = app.Client();
        Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(Invites.People("d", 6), ip: "192.0.2.10"))));
        var day = await CheckAsync(client, Invites.Body(Invites.People("e", 1), ip: "192.0.2.10"));
        Assert.Equal("deny", Decision(day));
        Assert.Equal(["LIMIT_INVITATIONS_PER_DAY"], Reasons(day));
        Assert.Equal(6, Used(day, "invitations-per-day"));
        // Another account on the same address: 6 of the address's 8 are used (the denied one took nothing), 3 more pass it.
        var burst = await CheckAsync(client, Invites.Body(Invites.People("f", 3), account: "acct-other", address: "other@example.net", ip: "192.0.2.10"));
        Assert.Equal("challenge", Decision(burst));
        Assert.Equal(["LIMIT_IP_BURST"], Reasons(burst));
        // A challenged invitation is sent once the person passes the challenge, so it counts.
        Assert.Equal(9, Used(burst, "ip-invitations-per-hour"));
        Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(Invites.People("g", 3), account: "acct-third", address: "third@example.net", ip: "192.0.2.11"))));
    }

    [Fact]
    public async Task ParallelChecksOnOneNodeNeverPassTheLimit()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:Limits:InvitationsPerHour"] = "10" });
        var client = app.Client();
        var decisions = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
            Decision(await CheckAsync(client, Invites.Body([$"p{i}@partner.example"], ip: $"192.0.2.{i + 1}")))));
        Assert.Equal(10, decisions.Count(d => d == "allow"));
        Assert.Equal(30, decisions.Count(d => d == "deny"));
    }

    [Fact]
    public async Task SpamContentIsDeniedWithTheEnginesReasonsAndCountsNothing()
    {
        await using var app = await TestApp.StartAsync();
        var attendees = new[] { "victim1@gmail.com", "victim2@yahoo.com" };
        var calendar = Invites.Calendar("Congratulations! You won a $1000 Walmart gift card",
            "Claim your prize now at http://bit.ly/claim-prize-now . Call +1 888 555 0199 to verify your wallet. Limited time offer!", attendees: attendees);
        var result = await CheckAsync(app.Client(), Invites.Body(attendees, calendar));
        Assert.Equal("deny", Decision(result));
        var reasons = Reasons(result);
        Assert.Equal("CONTENT_SPAM", reasons[0]);
        Assert.Contains("LURE_PRIZE", reasons);
        Assert.Equal(0, Used(result, "invitations-per-hour"));
    }

    [Fact]
    public async Task ImportsAndEventsThatAreOverNeverSend()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        var attendees = new[] { "bob@partner.example" };
        var import = await CheckAsync(client, Invites.Body(attendees, origin: "import"));
        Assert.Equal("deny", Decision(import));
        Assert.Equal(["IMPORT_NEVER_SENDS"], Reasons(import));

        var past = await CheckAsync(client, Invites.Body(attendees, Invites.Calendar(start: DateTime.UtcNow.AddDays(-30), attendees: attendees), origin: "update"));
        Assert.Equal("deny", Decision(past));
        Assert.Contains("EVENT_OVER", Reasons(past));

        var endedSeries = Invites.Calendar(start: DateTime.UtcNow.AddDays(-365), attendees: attendees, rrule: "FREQ=WEEKLY;COUNT=3");
        Assert.Contains("EVENT_OVER", Reasons(await CheckAsync(client, Invites.Body(attendees, endedSeries, origin: "update"))));

        // A weekly series that began last year and goes on, and a meeting running now, still invite.
        var ongoing = Invites.Calendar(start: DateTime.UtcNow.AddDays(-365), attendees: attendees, rrule: "FREQ=WEEKLY");
        Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(attendees, ongoing, origin: "update"))));
        var runningNow = Invites.Calendar(start: DateTime.UtcNow.AddMinutes(-20), attendees: attendees);
        Assert.DoesNotContain("EVENT_OVER", Reasons(await CheckAsync(client, Invites.Body(attendees, runningNow))));
    }

    [Fact]
    public async Task NewAccountsAndWeakSessionsGetStricterLimits()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        var one = new[] { "bob@partner.example" };
        var day = DateTimeOffset.UtcNow.AddDays(-1);
        Assert.Equal(500, Limit(await CheckAsync(client, Invites.Body(one, account: "old-strong")), "invitations-per-hour"));
        Assert.Equal(250, Limit(await CheckAsync(client, Invites.Body(one, account: "old-weak", strongAuth: false)), "invitations-per-hour"));
        Assert.Equal(50, Limit(await CheckAsync(client, Invites.Body(one, account: "new-strong", createdAt: day)), "invitations-per-hour"));
        Assert.Equal(25, Limit(await CheckAsync(client, Invites.Body(one, account: "new-weak", createdAt: day, strongAuth: false)), "invitations-per-hour"));
        // Limits across accounts do not depend on one account's standing.
        Assert.Equal(2000, Limit(await CheckAsync(client, Invites.Body(one, account: "new-weak-2", createdAt: day, strongAuth: false)), "ip-invitations-per-hour"));

        var tooMany = await CheckAsync(client, Invites.Body(Invites.People("p", 30), account: "new-weak", createdAt: day, strongAuth: false));
        Assert.Equal("deny", Decision(tooMany));
        Assert.Equal(["LIMIT_INVITATIONS_PER_HOUR", "NEW_ACCOUNT", "WEAK_AUTH"], Reasons(tooMany));
    }

    [Fact]
    public async Task AnAllowListedOrganisationSendsA500PersonWebinar()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:AllowList:Domains:0"] = "events.example.net" });
        var client = app.Client();
        var audience = Enumerable.Range(0, 500).Select(i => $"guest{i}@company{i % 97}.example").ToArray();
        var text = "Join our product webinar: a live demo of the new release, questions and answers with the engineering team. Registration is not needed.";
        var webinar = await CheckAsync(client, Invites.Body(audience, Invites.Calendar("Product webinar", text, organizer: "webinars@events.example.net", attendees: audience),
            account: "webinars", address: "webinars@events.example.net", strongAuth: false));
        Assert.Equal("allow", Decision(webinar));
        Assert.Equal(500, Used(webinar, "invitations-per-hour"));
        Assert.Equal(10_000, Limit(webinar, "invitations-per-hour"));

        // The same invitation from an ordinary account is over its limits.
        var ordinary = await CheckAsync(client, Invites.Body(audience, Invites.Calendar("Product webinar", text, organizer: "someone@example.org", attendees: audience),
            account: "someone", address: "someone@example.org", strongAuth: false));
        Assert.Equal("deny", Decision(ordinary));
        Assert.Contains("LIMIT_INVITATIONS_PER_HOUR", Reasons(ordinary));
    }

    [Fact]
    public async Task TooManyNewRecipientsAreChallengedAndKnownOnesAreNot()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:Limits:NewRecipientsPerDay"] = "5" });
        var client = app.Client();
        Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(Invites.People("first", 4)))));
        var challenged = await CheckAsync(client, Invites.Body(Invites.People("second", 3)));
        Assert.Equal("challenge", Decision(challenged));
        Assert.Equal(["LIMIT_NEW_RECIPIENTS_PER_DAY"], Reasons(challenged));
        // A challenged invitation is sent after the challenge: its recipients count as written to.
        var again = await CheckAsync(client, Invites.Body(Invites.People("second", 3)));
        Assert.Equal("allow", Decision(again));
        Assert.Equal(7, Used(again, "new-recipients-per-day"));
        Assert.Equal(10, Used(again, "invitations-per-hour"));
    }

    [Fact]
    public async Task ABurstFromOneNetworkAcrossAccountsIsChallenged()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:Limits:InvitationsPerNetworkPerHour"] = "10" });
        var client = app.Client();
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(Invites.People($"n{i}x", 3), account: $"bot{i}", ip: $"198.51.100.{i}"))));
        }
        var fourth = await CheckAsync(client, Invites.Body(Invites.People("n4x", 3), account: "bot4", ip: "198.51.100.200"));
        Assert.Equal("challenge", Decision(fourth));
        Assert.Equal(["LIMIT_NETWORK_BURST"], Reasons(fourth));
        Assert.Equal(12, Used(fourth, "network-invitations-per-hour"));
        Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(Invites.People("n5x", 3), account: "bot5", ip: "198.51.101.1"))));
        // IPv6: one /64.
        await CheckAsync(client, Invites.Body(Invites.People("v6a", 6), account: "bot6", ip: "2001:db8:1:2::10"));
        Assert.Equal("challenge", Decision(await CheckAsync(client, Invites.Body(Invites.People("v6b", 6), account: "bot7", ip: "2001:db8:1:2:ffff::1"))));
    }

    [Fact]
    public async Task TheSameCampaignFromManyAccountsIsHeldAndAnOperatorReleasesOrDropsIt()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:Campaign:Accounts"] = "3" });
        var admin = app.Client();
        string Campaign(string organizer, string[] attendees) => Invites.Calendar("Exclusive partner briefing",
            "We would like to present our services to your team. Please find the details and the agenda at https://briefing.vendor.example/agenda before the call.",
            organizer: organizer, attendees: attendees);
        var decisions = new List<JsonElement>();
        for (var i = 0; i < 4; i++)
        {
            var attendees = new[] { $"target{i}@partner.example" };
            decisions.Add(await CheckAsync(admin, Invites.Body(attendees, Campaign($"sender{i}@example.net", attendees), account: $"sender{i}", address: $"sender{i}@example.net", ip: $"203.0.113.{i + 1}")));
        }
        Assert.Equal(["allow", "allow", "hold", "hold"], decisions.Select(Decision));
        Assert.Equal(["CAMPAIGN_ACROSS_ACCOUNTS"], Reasons(decisions[2]));
        // A held invitation is not counted.
        Assert.Equal(0, Used(decisions[2], "invitations-per-hour"));

        var held = await Problem.OkJsonAsync(await admin.GetAsync("/v1/invitations/held"));
        var ids = held.GetProperty("held").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).ToArray();
        Assert.Equal([decisions[2].GetProperty("id").GetInt64(), decisions[3].GetProperty("id").GetInt64()], ids);
        var first = await Problem.OkJsonAsync(await admin.GetAsync($"/v1/invitations/held/{ids[0]}"));
        Assert.Equal("sender2", first.GetProperty("account").GetString());
        Assert.StartsWith("BEGIN:VCALENDAR", first.GetProperty("calendar").GetString());
        Assert.Equal("target2@partner.example", first.GetProperty("attendees")[0].GetProperty("address").GetString());

        // A tenant administrator of another domain sees nothing of it.
        var other = app.Client(await app.KeyAsync(ApiScopes.Admin, "example.org"));
        Assert.Empty((await Problem.OkJsonAsync(await other.GetAsync("/v1/invitations/held"))).GetProperty("held").EnumerateArray());
        await Problem.AssertAsync(await other.GetAsync($"/v1/invitations/held/{ids[0]}"), HttpStatusCode.NotFound, "held-not-found");
        await Problem.AssertAsync(await other.PostAsync($"/v1/invitations/held/{ids[0]}/release", null), HttpStatusCode.NotFound, "held-not-found");
        // A scan key may check but not act on held invitations.
        var scanKey = app.Client(await app.KeyAsync(ApiScopes.Scan));
        await Problem.AssertAsync(await scanKey.GetAsync("/v1/invitations/held"), HttpStatusCode.Forbidden, "insufficient-scope");

        var released = await Problem.OkJsonAsync(await admin.PostAsync($"/v1/invitations/held/{ids[0]}/release", null));
        Assert.Equal("released", released.GetProperty("status").GetString());
        Assert.Equal("CALGUARD_ADMIN_KEY", released.GetProperty("decidedBy").GetString());
        await Problem.AssertAsync(await admin.PostAsync($"/v1/invitations/held/{ids[0]}/drop", null), HttpStatusCode.Conflict, "not-held");
        Assert.Equal("dropped", (await Problem.OkJsonAsync(await admin.PostAsync($"/v1/invitations/held/{ids[1]}/drop", null))).GetProperty("status").GetString());
        Assert.Empty((await Problem.OkJsonAsync(await admin.GetAsync("/v1/invitations/held"))).GetProperty("held").EnumerateArray());
        var releasedList = await Problem.OkJsonAsync(await admin.GetAsync("/v1/invitations/held?status=released"));
        Assert.Equal(ids[0], releasedList.GetProperty("held")[0].GetProperty("id").GetInt64());
        // The release counted the invitation against sender2.
        var next = await CheckAsync(admin, Invites.Body(["x@partner.example"], account: "sender2", address: "sender2@example.net"));
        Assert.Equal(2, Used(next, "invitations-per-hour"));

        var metrics = await (await admin.GetAsync("/metrics")).Content.ReadAsStringAsync();
        Assert.Contains("calguard_outbound_checks_total{channel=\"api\",decision=\"hold\"} 2", metrics);
        Assert.Contains("calguard_outbound_held_total{action=\"released\"} 1", metrics);
        Assert.Contains("calguard_outbound_reasons_total{reason=\"CAMPAIGN_ACROSS_ACCOUNTS\"} 2", metrics);

        var recorded = await Problem.OkJsonAsync(await admin.GetAsync("/v1/invitations/decisions?decision=hold"));
        var rows = recorded.GetProperty("decisions").EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal("CAMPAIGN_ACROSS_ACCOUNTS", rows[0].GetProperty("reasons")[0].GetProperty("name").GetString());
        Assert.Equal("203.0.113.4", rows[0].GetProperty("clientIp").GetString());
    }

    [Fact]
    public async Task ComplaintsAboutTheAccountHoldOrDenyIt()
    {
        var complaints = new FixedComplaints(new Dictionary<string, int> { ["held@example.net"] = 3, ["denied@example.net"] = 12 });
        await using var app = await TestApp.StartAsync(services: s => s.AddSingleton<IOutboundComplaints>(complaints));
        var client = app.Client();
        var one = new[] { "bob@partner.example" };
        Assert.Equal("allow", Decision(await CheckAsync(client, Invites.Body(one, account: "fine", address: "fine@example.net"))));
        var held = await CheckAsync(client, Invites.Body(one, account: "held", address: "held@example.net"));
        Assert.Equal("hold", Decision(held));
        Assert.Equal(["ACCOUNT_COMPLAINTS"], Reasons(held));
        Assert.Equal("deny", Decision(await CheckAsync(client, Invites.Body(one, account: "denied", address: "denied@example.net"))));
        Assert.Equal(TimeSpan.FromDays(30), complaints.LastWindow);
    }

    /// <summary>An <see cref="IOutboundComplaints"/> with fixed counts: the ARF side is another part, this is its contract.</summary>
    private sealed class FixedComplaints(IReadOnlyDictionary<string, int> counts) : IOutboundComplaints
    {
        public TimeSpan LastWindow { get; private set; }

        public ValueTask<int> CountAsync(string account, TimeSpan window, CancellationToken cancellationToken = default)
        {
            LastWindow = window;
            return ValueTask.FromResult(counts.GetValueOrDefault(account));
        }
    }
}
