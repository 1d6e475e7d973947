using System.Collections.Concurrent;
using System.Net;
using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.Integration.Tests.Feedback.Infrastructure;

/// <summary>
/// A loopback HTTP listener that stands in for rspamd's controller: it records every request (method, path, the
/// <c>Password</c> header, content type, body) and answers with the next status of a script, then 200 with rspamd's
/// <c>{"success":true}</c>. It checks the request's shape; the real controller is tested in <c>MailFilterLearningTests</c>.
/// </summary>
internal sealed class RspamdStandIn : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _script;
    private readonly Task _loop;

    private RspamdStandIn(int port, IEnumerable<int> script)
    {
        Port = port;
        _script = new ConcurrentQueue<int>(script);
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}");

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>Starts on a free loopback port; <paramref name="script"/> is the status of the first answers.</summary>
    public static RspamdStandIn Start(params int[] script) => new(FreePort.Next(), script);

    public async Task<IReadOnlyList<Request>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (Requests.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the rspamd stand-in got {Requests.Count} of {count} requests");
            }
            await Task.Delay(50);
        }
        return Requests.ToArray();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Requests.Enqueue(new Request(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Password"],
                context.Request.ContentType, body.ToArray()));
            var status = _script.TryDequeue(out var s) ? s : 200;
            context.Response.StatusCode = status;
            var answer = status == 200 ? """{"success":true}"""u8.ToArray() : """{"error":"scripted failure"}"""u8.ToArray();
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }

    internal sealed record Request(string Method, string Path, string? Password, string? ContentType, byte[] Body);
}
