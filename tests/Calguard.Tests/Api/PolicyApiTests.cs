using System.Net;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary>Recipient and domain policies: JSON with PolicyNames names, layered global → domain → recipient, used by scans.</summary>
public sealed class PolicyApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task RecipientPolicyRoundTripsAndLayersOverTheDomain()
    {
        var client = _app.Client();
        var domain = await Problem.OkJsonAsync(await client.PutAsync("/v1/domains/example.net/policy", TestApp.Json("""{"alarms":"strip-all","maxInstances":50}""")));
        Assert.Equal("strip-all", domain.GetProperty("override").GetProperty("alarms").GetString());
        Assert.Equal(50, domain.GetProperty("effective").GetProperty("maxInstances").GetInt32());

        var put = await Problem.OkJsonAsync(await client.PutAsync("/v1/recipients/Bob@Example.net/policy",
            TestApp.Json("""{"autoAdd":"nobody","minimumAlarmInterval":"PT10M","blockOrganizers":["spammer.example"]}""")));
        Assert.Equal("bob@example.net", put.GetProperty("recipient").GetString());

        var got = await Problem.OkJsonAsync(await client.GetAsync("/v1/recipients/bob@example.net/policy"));
        var stored = got.GetProperty("override");
        Assert.Equal("nobody", stored.GetProperty("autoAdd").GetString());
        Assert.Equal("PT10M", stored.GetProperty("minimumAlarmInterval").GetString());
        Assert.False(stored.TryGetProperty("alarms", out _));
        var effective = got.GetProperty("effective");
        Assert.Equal("nobody", effective.GetProperty("autoAdd").GetString());
        Assert.Equal("strip-all", effective.GetProperty("alarms").GetString()); // from the domain
        Assert.Equal(50, effective.GetProperty("maxInstances").GetInt32());
        Assert.Equal("spammer.example", effective.GetProperty("blockOrganizers")[0].GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/v1/recipients/bob@example.net/policy")).StatusCode);
        var after = await Problem.OkJsonAsync(await client.GetAsync("/v1/recipients/bob@example.net/policy"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("override").ValueKind);
        Assert.Equal("known-senders", after.GetProperty("effective").GetProperty("autoAdd").GetString());
    }

    [Fact]
    public async Task StoredPolicyDrivesTheScanDecision()
    {
        var client = _app.Client();
        var before = await Problem.OkJsonAsync(await client.PostAsync("/v1/scan?recipient=b.wolf@example.net", TestApp.Message(Repository.SampleBytes("ham-teams-meeting.eml"))));
        await Problem.OkJsonAsync(await client.PutAsync("/v1/recipients/b.wolf@example.net/policy", TestApp.Json("""{"blockOrganizers":["fabrikam.example.org"]}""")));
        var after = await Problem.OkJsonAsync(await client.PostAsync("/v1/scan?recipient=b.wolf@example.net", TestApp.Message(Repository.SampleBytes("ham-teams-meeting.eml"))));
        Assert.NotEqual("quarantine", before.GetProperty("action").GetString());
        Assert.Equal("quarantine", after.GetProperty("action").GetString());
        Assert.Equal("blocklisted", after.GetProperty("decision").GetProperty("relationship").GetString());
    }

    [Theory]
    [InlineData("""{"autoAdd":"sometimes"}""", "autoAdd")]
    [InlineData("""{"autoAdd":"nobody","colour":"red"}""", "colour")]
    [InlineData("""{"maxInstances":-1}""", "maxInstances")]
    [InlineData("""{"minimumAlarmInterval":"soon"}""", "minimumAlarmInterval")]
    [InlineData("""["nobody"]""", "object")]
    public async Task InvalidPolicyIs400NamingTheField(string body, string field)
    {
        var problem = await Problem.AssertAsync(await _app.Client().PutAsync("/v1/recipients/bob@example.net/policy", TestApp.Json(body)), HttpStatusCode.BadRequest, "invalid-policy");
        Assert.Contains(field, problem.GetProperty("detail").GetString());
        var unchanged = await Problem.OkJsonAsync(await _app.Client().GetAsync("/v1/recipients/bob@example.net/policy"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unchanged.GetProperty("override").ValueKind);
    }

    [Fact]
    public async Task MalformedJsonIs400AndWrongMediaType415()
    {
        await Problem.AssertAsync(await _app.Client().PutAsync("/v1/domains/example.net/policy", TestApp.Json("{\"autoAdd\":")), HttpStatusCode.BadRequest, "invalid-json");
        await Problem.AssertAsync(await _app.Client().PutAsync("/v1/domains/example.net/policy", new StringContent("autoAdd=nobody")), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/v1/recipients/not-an-address/policy", "invalid-recipient")]
    [InlineData("/v1/domains/not_a domain/policy", "invalid-domain")]
    [InlineData("/v1/domains/localhost/policy", "invalid-domain")]
    public async Task BadNameIs400(string path, string code)
    {
        await Problem.AssertAsync(await _app.Client().GetAsync(path), HttpStatusCode.BadRequest, code);
    }
}
