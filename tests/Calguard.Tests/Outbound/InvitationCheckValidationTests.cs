using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Calguard.Host.Outbound;
using Calguard.Storage.Keys;
using Calguard.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Calguard.Tests.Outbound;

/// <summary>Bad requests to the outbound check get a specific problem (status and code), and nothing is counted or recorded for them.</summary>
public sealed class InvitationCheckValidationTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Outbound:Limits:MaxAttendees"] = "3" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Valid => Invites.Body(["bob@partner.example"]);

    private static string Edit(Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Valid)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "[1, 2]", "invalid-json" },
        { "{\"organizer\": ", "invalid-json" },
        { Edit(n => n["extra"] = 1), "unknown-field" },
        { Edit(n => n["organizer"]!["role"] = "x"), "unknown-field" },
        { Edit(n => n.Remove("organizer")), "missing-field" },
        { Edit(n => n["organizer"]!.AsObject().Remove("account")), "missing-field" },
        { Edit(n => n["organizer"]!["account"] = ""), "invalid-organizer" },
        { Edit(n => n["organizer"]!["address"] = "not an address"), "invalid-organizer" },
        { Edit(n => n["organizer"]!["createdAt"] = "yesterday"), "invalid-organizer" },
        { Edit(n => n["organizer"]!["createdAt"] = DateTimeOffset.UtcNow.AddDays(3).ToString("O")), "invalid-organizer" },
        { Edit(n => n["organizer"]!["strongAuth"] = "yes"), "invalid-organizer" },
        { Edit(n => n["client"]!["ip"] = "300.1.2.3"), "invalid-client" },
        { Edit(n => n["client"] = "1.2.3.4"), "invalid-client" },
        { Edit(n => n["attendees"] = new System.Text.Json.Nodes.JsonArray()), "invalid-attendees" },
        { Edit(n => n["attendees"]![0]!["address"] = "bob"), "invalid-attendees" },
        { Edit(n => n["attendees"]![0]!["internal"] = "no"), "invalid-attendees" },
        { Edit(n => n["attendees"]![0]!["rsvp"] = true), "unknown-field" },
        { Edit(n => n["attendees"] = System.Text.Json.Nodes.JsonNode.Parse("""[{"address":"a@x.example"},{"address":"b@x.example"},{"address":"c@x.example"},{"address":"d@x.example"}]""")), "too-many-attendees" },
        { Edit(n => n["calendar"] = 5), "invalid-calendar" },
        { Edit(n => n.Remove("origin")), "missing-field" },
        { Edit(n => n["origin"] = "send"), "invalid-origin" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBodiesAreSpecific400s(string body, string code)
    {
        var json = await Problem.AssertAsync(await _app.Client().PostAsync("/v1/invitations/check", TestApp.Json(body)), HttpStatusCode.BadRequest, code);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
        await NothingRecordedAsync();
    }

    [Theory]
    [InlineData("hello, this is no calendar")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t1\r\nSUMMARY:todo\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")]
    public async Task ACalendarWithoutAnEventIs422(string calendar)
    {
        var body = Edit(n => n["calendar"] = calendar);
        await Problem.AssertAsync(await _app.Client().PostAsync("/v1/invitations/check", TestApp.Json(body)), HttpStatusCode.UnprocessableEntity, "invalid-calendar");
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task ABrokenCalendarWithAnEventIsJudgedNotRefused()
    {
        var broken = Invites.Calendar().Replace("SUMMARY:", "SUMMARY;;=:", StringComparison.Ordinal).Replace("END:VCALENDAR\r\n", string.Empty, StringComparison.Ordinal) + "garbage line without colon\r\n";
        var result = await Problem.OkJsonAsync(await _app.Client().PostAsync("/v1/invitations/check", TestApp.Json(Edit(n => n["calendar"] = broken))));
        Assert.Contains(result.GetProperty("decision").GetString(), new[] { "allow", "challenge" });
    }

    [Fact]
    public async Task OtherMediaTypesAndOtherTenantsAreRefused()
    {
        var client = _app.Client();
        var text = new StringContent(Valid, Encoding.UTF8, "text/plain");
        await Problem.AssertAsync(await client.PostAsync("/v1/invitations/check", text), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        // A key for example.org may not check for an organizer at example.net.
        var orgKey = _app.Client(await _app.KeyAsync(ApiScopes.Scan, "example.org"));
        await Problem.AssertAsync(await orgKey.PostAsync("/v1/invitations/check", TestApp.Json(Valid)), HttpStatusCode.Forbidden, "tenant-forbidden");
        // A report key may not check.
        var report = _app.Client(await _app.KeyAsync(ApiScopes.Report));
        await Problem.AssertAsync(await report.PostAsync("/v1/invitations/check", TestApp.Json(Valid)), HttpStatusCode.Forbidden, "insufficient-scope");
        await Problem.AssertAsync(await _app.Client(null).PostAsync("/v1/invitations/check", TestApp.Json(Valid)), HttpStatusCode.Unauthorized);
        // A key for example.net may.
        var netKey = _app.Client(await _app.KeyAsync(ApiScopes.Scan, "example.net"));
        Assert.Equal(HttpStatusCode.OK, (await netKey.PostAsync("/v1/invitations/check", TestApp.Json(Valid))).StatusCode);
    }

    [Fact]
    public async Task AnAttendeeWithoutInternalIsInternalWhenItsDomainIsLocal()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:LocalDomains:0"] = "example.net" });
        var body = Invites.Body(["colleague@example.net", "bob@partner.example"], allExternal: null);
        var result = await Problem.OkJsonAsync(await app.Client().PostAsync("/v1/invitations/check", TestApp.Json(body)));
        var external = result.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "external-recipients-per-day");
        Assert.Equal(1, external.GetProperty("used").GetInt64());
    }

    [Fact]
    public void TheSampleConfigurationHoldsTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(Repository.Root, "calguard.sample.json")).Build();
        Assert.True(configuration.GetSection("Calguard:Outbound").Exists());
        IReadOnlyList<string> none = [];
        Assert.Equal(OutboundOptions.Default with { AllowAccounts = none, AllowDomains = none }, OutboundOptions.From(configuration) with { AllowAccounts = none, AllowDomains = none });
    }

    [Theory]
    [InlineData("Calguard:Outbound:Actions:Campaign", "block")]
    [InlineData("Calguard:Outbound:Limits:InvitationsPerHour", "-1")]
    [InlineData("Calguard:Outbound:NewAccount:Factor", "0")]
    [InlineData("Calguard:Outbound:Campaign:Window", "soon")]
    [InlineData("Calguard:Outbound:Milter:Challenge", "reject")]
    public void BadSettingsStopTheStartNamingTheKey(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var e = Assert.Throws<FormatException>(() => OutboundOptions.From(configuration));
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
    }

    private async Task NothingRecordedAsync()
    {
        var decisions = await Problem.OkJsonAsync(await _app.Client().GetAsync("/v1/invitations/decisions"));
        Assert.Empty(decisions.GetProperty("decisions").EnumerateArray());
    }
}
