using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>Serves calendar feeds over HTTP on loopback, the way a webcal publisher would, and records requests.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FeedServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>path → body; bodies are sent with Content-Length unless the path starts with /chunked/.</summary>
    public ConcurrentDictionary<string, string> Feeds { get; } = new();

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(async context =>
        {
            server.Requests.Enqueue(context.Request.Method + " " + context.Request.Path);
            if (!server.Feeds.TryGetValue(context.Request.Path, out var body))
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "text/calendar; charset=utf-8";
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            if (!context.Request.Path.StartsWithSegments("/chunked"))
            {
                context.Response.ContentLength = bytes.Length;
            }

            for (var i = 0; i < bytes.Length; i += 4096)
            {
                await context.Response.Body.WriteAsync(bytes.AsMemory(i, Math.Min(4096, bytes.Length - i)));
                await context.Response.Body.FlushAsync();
            }
        });
        await app.StartAsync();
        server.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
