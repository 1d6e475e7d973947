using System.Net;
using System.Text;
using Calguard.Storage.Keys;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary>
/// DESIGN's invariant "tenants are isolated", per endpoint: a key limited to example.net can read and change
/// example.net's data and none of example.org's — and example.org's data stays as it was.
/// </summary>
public sealed class TenantIsolationTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _net = null!;
    private HttpClient _admin = null!;
    private long _orgRecord;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Calguard:Provenance:KeepRawMessages"] = "true" });
        _net = _app.Client(await _app.KeyAsync(ApiScopes.Admin | ApiScopes.Scan | ApiScopes.Report, "example.net"));
        _admin = _app.Client();
        // example.org's data, written by the unrestricted admin.
        await Problem.OkJsonAsync(await _admin.PutAsync("/v1/recipients/ann@example.org/policy", TestApp.Json("""{"autoAdd":"nobody"}""")));
        await Problem.OkJsonAsync(await _admin.PutAsync("/v1/domains/example.org/policy", TestApp.Json("""{"alarms":"keep"}""")));
        await Problem.OkJsonAsync(await _admin.PutAsync("/v1/recipients/ann@example.org/contacts", TestApp.Json("""{"addresses":["friend@example.com"]}""")));
        await Problem.OkJsonAsync(await _admin.PostAsync("/v1/recipients/ann@example.org/correspondents", TestApp.Json("""{"addresses":["pen.pal@example.com"]}""")));
        await Problem.OkJsonAsync(await _admin.PostAsync("/v1/scan?recipient=ann@example.org", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))));
        var found = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/provenance?recipient=ann@example.org"));
        _orgRecord = found.GetProperty("records")[0].GetProperty("id").GetInt64();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string, string?> OtherTenantRequests => new()
    {
        { "POST", "/v1/scan?recipient=ann@example.org", "message" },
        { "POST", "/v1/scan?recipient=bob@example.net&recipient=ann@example.org", "message" },
        { "POST", "/v1/sanitize?recipient=ann@example.org", "message" },
        { "GET", "/v1/recipients/ann@example.org/policy", null },
        { "PUT", "/v1/recipients/ann@example.org/policy", """{"autoAdd":"everyone"}""" },
        { "DELETE", "/v1/recipients/ann@example.org/policy", null },
        { "GET", "/v1/recipients/ann@example.org/contacts", null },
        { "PUT", "/v1/recipients/ann@example.org/contacts", """{"addresses":["evil@example.com"]}""" },
        { "GET", "/v1/recipients/ann@example.org/correspondents", null },
        { "POST", "/v1/recipients/ann@example.org/correspondents", """{"addresses":["evil@example.com"]}""" },
        { "GET", "/v1/domains/example.org/policy", null },
        { "PUT", "/v1/domains/example.org/policy", """{"alarms":"strip-all"}""" },
        { "DELETE", "/v1/domains/example.org/policy", null },
        { "GET", "/v1/stats?domain=example.org", null },
        { "GET", "/v1/provenance?recipient=ann@example.org", null },
        { "GET", "/metrics", null },
    };

    [Theory]
    [MemberData(nameof(OtherTenantRequests))]
    public async Task AnotherTenantsDataIsForbiddenAndUnchanged(string method, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body == "message")
        {
            request.Content = TestApp.Message(Repository.SampleBytes("spam-prize.eml"));
        }
        else if (body is not null)
        {
            request.Content = TestApp.Json(body);
        }
        await Problem.AssertAsync(await _net.SendAsync(request), HttpStatusCode.Forbidden);
        await AssertOrgUnchangedAsync();
    }

    [Fact]
    public async Task OwnTenantWorksIncludingSubdomains()
    {
        await Problem.OkJsonAsync(await _net.PutAsync("/v1/recipients/bob@example.net/policy", TestApp.Json("""{"autoAdd":"everyone"}""")));
        await Problem.OkJsonAsync(await _net.PutAsync("/v1/recipients/carl@mail.example.net/policy", TestApp.Json("""{"autoAdd":"everyone"}""")));
        await Problem.OkJsonAsync(await _net.PutAsync("/v1/domains/example.net/policy", TestApp.Json("""{"maxInstances":10}""")));
        await Problem.OkJsonAsync(await _net.PutAsync("/v1/recipients/bob@example.net/contacts", new StringContent("BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:a@example.com\r\nEND:VCARD\r\n", Encoding.UTF8, "text/vcard")));
        await Problem.OkJsonAsync(await _net.PostAsync("/v1/recipients/bob@example.net/correspondents", TestApp.Json("""{"addresses":["a@example.com"]}""")));
        await Problem.OkJsonAsync(await _net.PostAsync("/v1/scan?recipient=bob@example.net", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))));
        var provenance = await Problem.OkJsonAsync(await _net.GetAsync("/v1/provenance?recipient=bob@example.net"));
        Assert.Single(provenance.GetProperty("records").EnumerateArray());
        await Problem.OkJsonAsync(await _net.GetAsync("/v1/stats?domain=example.net"));
        await AssertOrgUnchangedAsync();
    }

    [Fact]
    public async Task QueriesWithoutARecipientSeeOnlyOwnTenant()
    {
        await Problem.OkJsonAsync(await _net.PostAsync("/v1/scan?recipient=bob@example.net", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))));
        // The same message reached both tenants; a Message-ID lookup shows only example.net's copy.
        var byMessage = await Problem.OkJsonAsync(await _net.GetAsync("/v1/provenance?messageId=calendar-7e968e77-bb7e-403f-9eb2-68a93244f7e1@google.com"));
        var record = Assert.Single(byMessage.GetProperty("records").EnumerateArray());
        Assert.Equal("bob@example.net", record.GetProperty("recipient").GetString());
        var byAdmin = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/provenance?messageId=calendar-7e968e77-bb7e-403f-9eb2-68a93244f7e1@google.com"));
        Assert.Equal(2, byAdmin.GetProperty("records").GetArrayLength());

        // Stats without a domain: only the key's tenants.
        var stats = await Problem.OkJsonAsync(await _net.GetAsync("/v1/stats"));
        Assert.Equal(1, stats.GetProperty("totals").GetProperty("mails").GetInt64());
        var all = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/stats"));
        Assert.Equal(2, all.GetProperty("totals").GetProperty("mails").GetInt64());

        // Another tenant's raw message answers like a missing one.
        await Problem.AssertAsync(await _net.GetAsync($"/v1/provenance/{_orgRecord}/raw"), HttpStatusCode.NotFound, "provenance-not-found");
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync($"/v1/provenance/{_orgRecord}/raw")).StatusCode);
    }

    [Fact]
    public async Task LookalikeDomainIsAnotherTenant()
    {
        await Problem.AssertAsync(await _net.GetAsync("/v1/recipients/x@badexample.net/policy"), HttpStatusCode.Forbidden, "tenant-forbidden");
        await Problem.AssertAsync(await _net.GetAsync("/v1/recipients/x@example.net.evil.example/policy"), HttpStatusCode.Forbidden, "tenant-forbidden");
    }

    private async Task AssertOrgUnchangedAsync()
    {
        var policy = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/recipients/ann@example.org/policy"));
        Assert.Equal("nobody", policy.GetProperty("override").GetProperty("autoAdd").GetString());
        var domain = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/domains/example.org/policy"));
        Assert.Equal("keep", domain.GetProperty("override").GetProperty("alarms").GetString());
        var contacts = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/recipients/ann@example.org/contacts"));
        Assert.Equal(["friend@example.com"], contacts.GetProperty("contacts").EnumerateArray().Select(e => e.GetString()));
        var correspondents = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/recipients/ann@example.org/correspondents"));
        Assert.Equal(["pen.pal@example.com"], correspondents.GetProperty("correspondents").EnumerateArray().Select(e => e.GetString()));
        var stats = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/stats?domain=example.org"));
        Assert.Equal(1, stats.GetProperty("totals").GetProperty("mails").GetInt64());
        var provenance = await Problem.OkJsonAsync(await _admin.GetAsync("/v1/provenance?recipient=ann@example.org"));
        Assert.Single(provenance.GetProperty("records").EnumerateArray());
    }
}
