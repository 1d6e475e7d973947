using System.Net;
using System.Net.Http.Headers;
using Calguard.Storage.Keys;
using Calguard.Tests.Infrastructure;

namespace Calguard.Tests.Api;

/// <summary>Every endpoint but health needs a key (401 without), and the right scope (403 with the wrong one).</summary>
public sealed class AuthTests(AuthTests.Fixture fixture) : IClassFixture<AuthTests.Fixture>
{
    private readonly TestApp _app = fixture.App;

    public static TheoryData<string, string, string> Endpoints => new()
    {
        // method, path, scope it needs
        { "POST", "/v1/scan", "scan" },
        { "POST", "/v1/sanitize", "scan" },
        { "GET", "/v1/recipients/bob@example.net/policy", "admin" },
        { "PUT", "/v1/recipients/bob@example.net/policy", "admin" },
        { "DELETE", "/v1/recipients/bob@example.net/policy", "admin" },
        { "GET", "/v1/recipients/bob@example.net/contacts", "admin" },
        { "PUT", "/v1/recipients/bob@example.net/contacts", "admin" },
        { "GET", "/v1/recipients/bob@example.net/correspondents", "admin" },
        { "POST", "/v1/recipients/bob@example.net/correspondents", "scan" },
        { "GET", "/v1/domains/example.net/policy", "admin" },
        { "PUT", "/v1/domains/example.net/policy", "admin" },
        { "DELETE", "/v1/domains/example.net/policy", "admin" },
        { "GET", "/v1/stats", "report" },
        { "GET", "/v1/provenance?recipient=bob@example.net", "report" },
        { "GET", "/v1/provenance/1/raw", "report" },
        { "GET", "/metrics", "report" },
        { "GET", "/openapi/v1.json", "any" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task WithoutKeyIs401ProblemWithBearerChallenge(string method, string path, string scope)
    {
        _ = scope;
        using var response = await _app.Client(key: null).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task UnknownKeyIs401(string method, string path, string scope)
    {
        _ = scope;
        using var response = await _app.Client("cg_nothing_here").SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task WrongScopeIs403(string method, string path, string scope)
    {
        if (scope == "any")
        {
            return; // any key may read the OpenAPI document
        }
        var wrong = scope switch
        {
            "scan" => ApiScopes.Report,
            "report" => ApiScopes.Scan,
            _ => ApiScopes.Scan | ApiScopes.Report,
        };
        var key = await _app.KeyAsync(wrong);
        using var response = await _app.Client(key).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task HealthNeedsNoKey()
    {
        var client = _app.Client(key: null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NonBearerSchemeIs401()
    {
        var client = _app.Client(key: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "YWRtaW46YWRtaW4=");
        await Problem.AssertAsync(await client.GetAsync("/v1/stats"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task StoredKeyWorksUntilRevoked()
    {
        var (key, secret) = await _app.Store.Keys.CreateAsync("ops", ApiScopes.Report, []);
        var client = _app.Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/stats")).StatusCode);
        Assert.True(await _app.Store.Keys.RevokeAsync(key.Id));
        await Problem.AssertAsync(await client.GetAsync("/v1/stats"), HttpStatusCode.Unauthorized);
        Assert.False(await _app.Store.Keys.RevokeAsync(key.Id));
    }

    [Fact]
    public async Task StoreKeepsOnlyTheHash()
    {
        var (key, secret) = await _app.Store.Keys.CreateAsync("ops", ApiScopes.Scan, ["example.net"]);
        await using var connection = await _app.Store.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash, scopes, tenants FROM api_keys WHERE id = @i";
        var p = command.CreateParameter();
        p.ParameterName = "@i";
        p.Value = key.Id;
        command.Parameters.Add(p);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(ApiKeySecret.Hash(secret), reader.GetString(0));
        Assert.DoesNotContain(secret, reader.GetString(0));
        Assert.Equal("scan", reader.GetString(1));
        Assert.Equal("example.net", reader.GetString(2));
    }

    [Fact]
    public async Task ConfiguredKeysWorkByHash()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Calguard:Api:Keys:0:Name"] = "monitoring",
            ["Calguard:Api:Keys:0:Sha256"] = ApiKeySecret.Hash("configured-key-1"),
            ["Calguard:Api:Keys:0:Scopes"] = "report",
        });
        Assert.Equal(HttpStatusCode.OK, (await app.Client("configured-key-1").GetAsync("/v1/stats")).StatusCode);
        await Problem.AssertAsync(await app.Client("configured-key-1").PostAsync("/v1/scan", TestApp.Message(Repository.SampleBytes("spam-prize.eml"))), HttpStatusCode.Forbidden);
    }

    /// <summary>One host for the whole class: these tests only read, or use keys of their own.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await TestApp.StartAsync();

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
