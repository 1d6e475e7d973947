using System.Collections.Concurrent;
using System.Net;

namespace Calguard.Milter.Tests;

/// <summary>A <see cref="MilterServer"/> on a free loopback port with a delegate handler that records every message.</summary>
internal sealed class TestMilter : IAsyncDisposable
{
    private TestMilter(MilterServer server, MilterServerOptions options)
    {
        Server = server;
        Options = options;
    }

    public MilterServer Server { get; }

    public MilterServerOptions Options { get; }

    public ConcurrentQueue<MilterMessage> Messages { get; } = new();

    public ConcurrentQueue<string> Log { get; } = new();

    public EndPoint EndPoint => Server.LocalEndPoints[0];

    public int Port => ((IPEndPoint)EndPoint).Port;

    public static async Task<TestMilter> StartAsync(
        Func<MilterMessage, CancellationToken, ValueTask<MilterDecision>> decide,
        Action<MilterServerOptions>? configure = null,
        string endpoint = "inet:127.0.0.1:0")
    {
        var options = new MilterServerOptions();
        options.Endpoints.Add(endpoint);
        configure?.Invoke(options);
        TestMilter? milter = null;
        var handler = new DelegateHandler((message, token) =>
        {
            milter!.Messages.Enqueue(message);
            return decide(message, token);
        });
        var server = new MilterServer(handler, options);
        milter = new TestMilter(server, options);
        Action<string>? inner = options.Log;
        options.Log = line =>
        {
            milter.Log.Enqueue(line);
            inner?.Invoke(line);
        };
        await server.StartAsync();
        return milter;
    }

    public static Task<TestMilter> StartAsync(Func<MilterMessage, MilterDecision> decide, Action<MilterServerOptions>? configure = null, string endpoint = "inet:127.0.0.1:0") =>
        StartAsync((m, _) => ValueTask.FromResult(decide(m)), configure, endpoint);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    private sealed class DelegateHandler(Func<MilterMessage, CancellationToken, ValueTask<MilterDecision>> decide) : IMilterMessageHandler
    {
        public ValueTask<MilterDecision> HandleAsync(MilterMessage message, CancellationToken cancellationToken) => decide(message, cancellationToken);
    }
}
