using System.Net.Http.Headers;
using System.Text;
using Calguard.Host.Hosting;
using Calguard.Storage;
using Calguard.Storage.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Calguard.Tests.Infrastructure;

/// <summary>The real host on ASP.NET's TestServer, with a real SQLite database in a temporary directory.</summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    private readonly WebApplication _app;

    private TestApp(WebApplication app, string directory)
    {
        _app = app;
        Directory = directory;
    }

    public string Directory { get; }

    public IServiceProvider Services => _app.Services;

    public CalguardStore Store => _app.Services.GetRequiredService<CalguardStore>();

    public static async Task<TestApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "calguard-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var overrides = new Dictionary<string, string?>
        {
            ["Calguard:Storage:DataDirectory"] = directory,
            ["CALGUARD_ADMIN_KEY"] = AdminKey,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            overrides[k] = v;
        }
        var builder = await CalguardHost.CreateBuilderAsync(new ServeArguments { UseEnvironment = false, Overrides = overrides });
        services?.Invoke(builder.Services);
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = CalguardHost.Build(builder);
        await app.StartAsync();
        return new TestApp(app, directory);
    }

    /// <summary>A client; with a key it sends <c>Authorization: Bearer KEY</c>.</summary>
    public HttpClient Client(string? key = AdminKey)
    {
        var client = _app.GetTestClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }

    /// <summary>Creates a stored key and returns its text.</summary>
    public async Task<string> KeyAsync(ApiScopes scopes, params string[] tenants) =>
        (await Store.Keys.CreateAsync("test", scopes, tenants)).Secret;

    public static HttpContent Message(byte[] bytes, string mediaType = "message/rfc822")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection is removed with the temp dir later.
        }
    }
}
