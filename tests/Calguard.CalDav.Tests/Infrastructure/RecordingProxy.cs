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

/// <summary>One request as it went through the proxy.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public int Status { get; set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

/// <summary>
/// A reverse proxy (Kestrel on a free loopback port) between the client under test and a real server. It records
/// every request, can run a hook just before forwarding (a concurrent edit), can answer a request itself (fault
/// injection), and can emulate the CalDAV audit draft, which no Debian server implements.
/// </summary>
internal sealed class RecordingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Upgrade", "Proxy-Connection", "TE", "Trailer",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _http;
    private readonly Uri _target;

    private RecordingProxy(WebApplication app, Uri target)
    {
        _app = app;
        _target = target;
        // A fresh connection per request: Radicale's Python server may close an idle keep-alive connection just as the
        // pool reuses it, and the proxy then answered 502 (a CalDAV end-to-end run failed so under load, 2026-11-23).
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.Zero })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Runs before a request is forwarded; may answer it itself by returning true.</summary>
    public Func<RecordedRequest, HttpContext, Task<bool>>? Intercept { get; set; }

    /// <summary>Add <c>calendar-audit</c> to DAV headers and turn the audit-failure POST into a silent DELETE.</summary>
    public bool EmulateAudit { get; set; }

    public IEnumerable<RecordedRequest> Where(string method) => Requests.Where(r => r.Method == method);

    public static async Task<RecordingProxy> StartAsync(Uri target, System.Security.Cryptography.X509Certificates.X509Certificate2? tlsCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (tlsCertificate is not null)
            {
                listen.UseHttps(tlsCertificate);
            }
        }));
        var app = builder.Build();
        var proxy = new RecordingProxy(app, target);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1") + "/");
        return proxy;
    }

    public void Clear() => Requests.Clear();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.Path + request.QueryString, headers, buffer.ToArray());
        Requests.Enqueue(recorded);

        if (Intercept is { } intercept && await intercept(recorded, context))
        {
            recorded.Status = context.Response.StatusCode;
            return;
        }

        var method = request.Method;
        var pathAndQuery = recorded.PathAndQuery;
        var extra = new Dictionary<string, string>();
        if (EmulateAudit && method == "POST" && request.Query["action"] == "audit-failure")
        {
            // Audit draft (a): delete without any scheduling reply. Emulated as the silent DELETE a server would do.
            method = "DELETE";
            pathAndQuery = request.Path;
            extra["Schedule-Reply"] = "F";
        }

        using var forward = new HttpRequestMessage(new HttpMethod(method), new Uri(_target, pathAndQuery));
        if (buffer.Length > 0 && method != "DELETE")
        {
            forward.Content = new ByteArrayContent(buffer.ToArray());
        }

        foreach (var (name, value) in headers)
        {
            if (HopHeaders.Contains(name))
            {
                continue;
            }

            if (!forward.Headers.TryAddWithoutValidation(name, value))
            {
                forward.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        foreach (var (name, value) in extra)
        {
            forward.Headers.Remove(name);
            forward.Headers.TryAddWithoutValidation(name, value);
        }

        HttpResponseMessage sent;
        try
        {
            sent = await _http.SendAsync(forward, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        }
        catch (HttpRequestException e)
        {
            // Say so rather than let Kestrel answer 500, which looks like the server's own error.
            context.Response.StatusCode = recorded.Status = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync($"proxy: forwarding to {_target} failed: {e.Message}");
            return;
        }

        using var response = sent;
        context.Response.StatusCode = (int)response.StatusCode;
        recorded.Status = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (HopHeaders.Contains(name))
            {
                continue;
            }

            var value = string.Join(", ", values);
            if (name.Equals("Location", StringComparison.OrdinalIgnoreCase) && value.StartsWith(_target.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                // Keep redirects (Cyrus answers with absolute URLs) pointing at the proxy.
                value = BaseUri.GetLeftPart(UriPartial.Authority) + value[_target.GetLeftPart(UriPartial.Authority).Length..];
            }

            if (EmulateAudit && name.Equals("DAV", StringComparison.OrdinalIgnoreCase))
            {
                value += ", calendar-audit";
            }

            context.Response.Headers[name] = value;
        }

        await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
        await body.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }
}
