using System.Text;
using System.Text.Json;
using Calguard.Decisions;
using Calguard.Host.Hosting;
using Calguard.Host.Milter;
using Calguard.Host.Outbound;
using Calguard.Milter;
using Calguard.Milter.Protocol;
using Calguard.Sanitising;
using Calguard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Calguard.Tests.Outbound;

/// <summary>
/// Authenticated submissions carrying invitations go through the same outbound check as <c>POST
/// /v1/invitations/check</c> (issue 8, item 3): the same counters, the same record, and an SMTP answer for each decision.
/// </summary>
public sealed class MilterOutboundTests
{
    private static CalguardMilterHandler Handler(TestApp app, InMemoryKnownSenders known) =>
        new(new PipelineScanner(app.Services.GetRequiredService<Pipeline>()), new Sanitiser(), known)
        {
            OutboundCheck = new MilterOutboundCheck(app.Services.GetRequiredService<OutboundCheckService>(), ["example.net"]),
        };

    private static MilterMessage Submission(string user, string sender, IReadOnlyList<string> recipients, string method = "REQUEST", string ip = "198.51.100.7")
    {
        var calendar = Invites.Calendar(description: Invites.MeetingText + " Code word " + Invites.Word() + ".", organizer: sender, attendees: recipients)
            .Replace("METHOD:REQUEST", "METHOD:" + method, StringComparison.Ordinal);
        var body = "--b\r\nContent-Type: text/plain\r\n\r\nSee the invitation.\r\n--b\r\nContent-Type: text/calendar; method=" + method +
                   "; charset=utf-8\r\n\r\n" + calendar + "--b--\r\n";
        var macros = new Dictionary<string, string> { ["{auth_authen}"] = user, ["i"] = "Q" + Invites.Word()[..6] };
        return new MilterMessage
        {
            Connection = new MilterConnectionInfo("client.example", ip, 40000, MilterAddressFamily.Inet),
            Helo = "client.example",
            Sender = sender,
            SenderArguments = [],
            Recipients = recipients.Select(r => new MilterRecipient(r, [], new Dictionary<string, string>())).ToArray(),
            Macros = macros,
            MacrosByStage = new Dictionary<MilterMacroStage, IReadOnlyDictionary<string, string>>(),
            Headers =
            [
                new MilterHeader("From", sender), new MilterHeader("To", string.Join(", ", recipients)), new MilterHeader("Subject", "Invitation: planning"),
                new MilterHeader("MIME-Version", "1.0"), new MilterHeader("Content-Type", "multipart/mixed; boundary=\"b\""),
            ],
            Body = Encoding.UTF8.GetBytes(body),
        };
    }

    [Fact]
    public async Task AuthenticatedInvitationsShareTheApisCountersAndAreRejectedPastTheLimit()
    {
        // SMTP AUTH is a password: weak authentication, so the hourly limit of 8 is 4 for the milter.
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:Limits:InvitationsPerHour"] = "8" });
        var known = new InMemoryKnownSenders();
        var handler = Handler(app, known);

        var first = await handler.HandleAsync(Submission("alice", "alice@example.net", Invites.People("a", 3)), CancellationToken.None);
        Assert.Equal(MilterFinalAction.Accept, first.Action);
        Assert.True(known.Lookup("alice@example.net", "a0@partner.example") == RelationshipKind.Correspondent);

        var refused = await handler.HandleAsync(Submission("alice", "alice@example.net", Invites.People("b", 2)), CancellationToken.None);
        Assert.Equal(MilterFinalAction.Reject, refused.Action);
        Assert.Equal("550", refused.Reply!.Code);
        Assert.Contains("Invitation not sent", refused.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(RelationshipKind.Unknown, known.Lookup("alice@example.net", "b0@partner.example"));

        // A reply is no invitation: not checked, not counted.
        Assert.Equal(MilterFinalAction.Accept, (await handler.HandleAsync(Submission("alice", "alice@example.net", Invites.People("c", 5), "REPLY"), CancellationToken.None)).Action);

        // The API sees the same account counter: 3 used by the milter, so one more invitation fits at a weak session's 4.
        var client = app.Client();
        using var api = await client.PostAsync("/v1/invitations/check",
            TestApp.Json(Invites.Body(Invites.People("d", 1), account: "alice", address: "alice@example.net", strongAuth: false)));
        var result = await Problem.OkJsonAsync(api);
        Assert.Equal("allow", result.GetProperty("decision").GetString());
        var hour = result.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "invitations-per-hour");
        Assert.Equal(4, hour.GetProperty("used").GetInt64());
        Assert.Equal(4, hour.GetProperty("limit").GetInt64());

        // Each milter decision is recorded on channel milter.
        var decisions = await client.GetFromJsonElementAsync("/v1/invitations/decisions?account=alice");
        var channels = decisions.GetProperty("decisions").EnumerateArray().Select(d => (d.GetProperty("channel").GetString(), d.GetProperty("decision").GetString())).ToArray();
        Assert.Equal([("api", "allow"), ("milter", "deny"), ("milter", "allow")], channels);
        var metrics = await client.GetStringAsync("/metrics");
        Assert.Contains("calguard_outbound_checks_total{channel=\"milter\",decision=\"deny\"} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChallengeAndHoldFollowTheMilterSettings()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Calguard:Outbound:Limits:InvitationsPerHour"] = "2",
            ["Calguard:Outbound:Actions:AccountLimits"] = "challenge",
            ["Calguard:Outbound:Limits:InvitationsPerDay"] = "4",
        });
        var handler = Handler(app, new InMemoryKnownSenders());
        Assert.Equal(MilterFinalAction.Accept, (await handler.HandleAsync(Submission("bob", "bob@example.net", ["x@partner.example"]), CancellationToken.None)).Action);
        var challenged = await handler.HandleAsync(Submission("bob", "bob@example.net", ["y@partner.example"]), CancellationToken.None);
        Assert.Equal(MilterFinalAction.Tempfail, challenged.Action);
        Assert.Equal("451", challenged.Reply!.Code);

        await using var holding = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Calguard:Outbound:Limits:InvitationsPerHour"] = "2",
            ["Calguard:Outbound:Actions:AccountLimits"] = "hold",
        });
        var holder = Handler(holding, new InMemoryKnownSenders());
        Assert.Equal(MilterFinalAction.Accept, (await holder.HandleAsync(Submission("bob", "bob@example.net", ["x@partner.example"]), CancellationToken.None)).Action);
        var held = await holder.HandleAsync(Submission("bob", "bob@example.net", ["y@partner.example"]), CancellationToken.None);
        // Quarantine: the MTA's hold queue keeps the message; Calguard stores nothing for the API to release.
        Assert.Contains(held.Modifications, m => m is MilterModification.Quarantine);
        Assert.Empty((await holding.Client().GetFromJsonElementAsync("/v1/invitations/held")).GetProperty("held").EnumerateArray());
    }
}

internal static class JsonClientExtensions
{
    public static async Task<JsonElement> GetFromJsonElementAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await Problem.OkJsonAsync(response);
    }
}
