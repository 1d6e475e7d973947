using System.Net.Http.Headers;
using System.Text.Json;
using Calguard.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Calguard.Integration.Tests.Reputation.Infrastructure;

/// <summary>The real <c>calguard serve</c> host (CalguardHost, every service as configured) on a test server, over SQLite in a temporary directory.</summary>
internal sealed class ReputationHost : IAsyncDisposable
{
    private const string AdminKey = "reputation-admin-key-0123456789abcdef";
    private readonly string _directory;

    private ReputationHost(WebApplication app, string directory)
    {
        App = app;
        _directory = directory;
        Client = app.GetTestClient();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<ReputationHost> StartAsync(IReadOnlyDictionary<string, string?> overrides)
    {
        var directory = Path.Combine(Path.GetTempPath(), "calguard-rep-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var all = new Dictionary<string, string?>(overrides)
        {
            ["Calguard:Storage:DataDirectory"] = directory,
            ["CALGUARD_ADMIN_KEY"] = AdminKey,
            ["Calguard:TrustedAuthservIds:0"] = Invitations.AuthservId,
        };
        var builder = await CalguardHost.CreateBuilderAsync(new ServeArguments { UseEnvironment = false, Overrides = all });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = CalguardHost.Build(builder);
        await app.StartAsync();
        return new ReputationHost(app, directory);
    }

    /// <summary>Posts <paramref name="message"/> to <c>/v1/scan</c> and returns the response.</summary>
    public async Task<JsonElement> ScanAsync(byte[] message, string? clientIp, params string[] recipients)
    {
        var query = string.Join('&', recipients.Select(r => "recipient=" + Uri.EscapeDataString(r)));
        if (clientIp is not null)
        {
            query += "&clientIp=" + Uri.EscapeDataString(clientIp);
        }
        using var response = await Client.PostAsync("/v1/scan?" + query, Invitations.Content(message));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The symbols of a scan response: name → (score, detail).</summary>
    public static Dictionary<string, (double Score, string Detail)> Symbols(JsonElement scan) =>
        scan.GetProperty("symbols").EnumerateArray().ToDictionary(
            s => s.GetProperty("name").GetString()!, s => (s.GetProperty("score").GetDouble(), s.GetProperty("detail").GetString() ?? string.Empty));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
