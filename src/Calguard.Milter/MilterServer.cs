using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;

namespace Calguard.Milter;

/// <summary>
/// Listens on milter endpoints and runs one <see cref="MilterSession"/> per MTA connection, concurrently.
/// </summary>
/// <remarks>
/// Start and stop follow the <c>IHostedService</c> shape so a host can wrap it without this assembly taking a
/// dependency. A bad connection is logged and closed; the listener keeps running.
/// </remarks>
public sealed class MilterServer : IAsyncDisposable
{
    private readonly IMilterMessageHandler handler;
    private readonly MilterServerOptions options;
    private readonly List<(Socket Socket, MilterEndpoint Endpoint)> listeners = [];
    private readonly List<EndPoint> localEndPoints = [];
    private readonly List<Task> acceptLoops = [];
    private readonly ConcurrentDictionary<long, (Socket Socket, Task Task)> connections = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenSource aborting = new();
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long nextConnectionId;
    private int state; // 0 new, 1 started, 2 stopping

    /// <summary>Creates a server; nothing is bound until <see cref="StartAsync"/>.</summary>
    /// <param name="handler">Decides each message.</param>
    /// <param name="options">Endpoints, limits and the failure policy.</param>
    public MilterServer(IMilterMessageHandler handler, MilterServerOptions options)
    {
        this.handler = handler ?? throw new ArgumentNullException(nameof(handler));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The bound addresses, in the order of <see cref="MilterServerOptions.Endpoints"/> (with the real port when 0 was asked).</summary>
    public IReadOnlyList<EndPoint> LocalEndPoints => localEndPoints;

    /// <summary>The number of MTA connections being served.</summary>
    public int ActiveConnections => connections.Count;

    /// <summary>Binds every endpoint and starts accepting.</summary>
    /// <param name="cancellationToken">Cancels host name resolution.</param>
    /// <returns>A task that completes when all endpoints listen.</returns>
    /// <exception cref="FormatException">An endpoint string is invalid.</exception>
    /// <exception cref="InvalidOperationException">The server was started before, there is no endpoint, or a unix socket is in use by a live server.</exception>
    /// <exception cref="SocketException">An endpoint cannot be bound.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The server can be started once.");
        }

        if (options.Endpoints.Count == 0)
        {
            throw new InvalidOperationException("MilterServerOptions.Endpoints is empty.");
        }

        MilterEndpoint[] endpoints = options.Endpoints.Select(MilterEndpoint.Parse).ToArray();
        try
        {
            foreach (MilterEndpoint endpoint in endpoints)
            {
                Socket socket = await BindAsync(endpoint, cancellationToken).ConfigureAwait(false);
                listeners.Add((socket, endpoint));
                localEndPoints.Add(socket.LocalEndPoint!);
            }
        }
        catch
        {
            CloseListeners();
            throw;
        }

        foreach (var listener in listeners)
        {
            Log($"listening on {listener.Endpoint} ({listener.Socket.LocalEndPoint})");
            acceptLoops.Add(Task.Run(() => AcceptLoopAsync(listener.Socket, listener.Endpoint)));
        }
    }

    /// <summary>Stops with a grace period: see <see cref="StopAsync(CancellationToken)"/>.</summary>
    /// <param name="gracePeriod">How long messages in flight may take to finish.</param>
    /// <returns>A task that completes when every connection is closed.</returns>
    public async Task StopAsync(TimeSpan gracePeriod)
    {
        using var deadline = new CancellationTokenSource(gracePeriod);
        await StopAsync(deadline.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops accepting, lets each connection finish the message it is in, and closes idle connections at once.
    /// When <paramref name="deadline"/> fires, running handlers get the failure decision
    /// (<see cref="MilterFailureKind.Shutdown"/>) and every connection is closed.
    /// </summary>
    /// <param name="deadline">Cancelled when the grace period is over.</param>
    /// <returns>A task that completes when every connection is closed.</returns>
    public async Task StopAsync(CancellationToken deadline)
    {
        if (Interlocked.Exchange(ref state, 2) == 2)
        {
            await stopped.Task.ConfigureAwait(false);
            return;
        }

        try
        {
            stopping.Cancel();
            CloseListeners();
            await Task.WhenAll(acceptLoops).ConfigureAwait(false);

            Task all = Task.WhenAll(connections.Values.Select(c => c.Task));
            await Task.WhenAny(all, Task.Delay(Timeout.Infinite, deadline)).ConfigureAwait(false);
            if (!all.IsCompleted)
            {
                Log($"stop deadline reached with {connections.Count} connection(s) busy; aborting them");
                aborting.Cancel();

                // Sessions now send their failure decisions; one that is stuck writing is cut off.
                await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
                foreach (var connection in connections.Values)
                {
                    connection.Socket.Dispose();
                }

                await all.ConfigureAwait(false);
            }
        }
        finally
        {
            stopped.TrySetResult();
        }
    }

    /// <summary>Stops with no grace period.</summary>
    /// <returns>A task that completes when every connection is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (state == 0)
        {
            Interlocked.Exchange(ref state, 2);
            stopped.TrySetResult();
            return;
        }

        await StopAsync(TimeSpan.Zero).ConfigureAwait(false);
    }

    /// <summary>Simulates a crash for tests: resets every socket without sending anything.</summary>
    internal void Abort()
    {
        Interlocked.Exchange(ref state, 2);
        stopping.Cancel();
        aborting.Cancel();
        CloseListeners();
        foreach (var connection in connections.Values)
        {
            connection.Socket.LingerState = new LingerOption(true, 0);
            connection.Socket.Dispose();
        }

        stopped.TrySetResult();
    }

    private async Task<Socket> BindAsync(MilterEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint.Kind == MilterEndpointKind.Unix)
        {
            string path = endpoint.Path!;
            await RemoveStaleSocketAsync(path, cancellationToken).ConfigureAwait(false);
            var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                unix.Bind(new UnixDomainSocketEndPoint(path));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, options.UnixSocketMode);
                }

                unix.Listen(512);
                return unix;
            }
            catch
            {
                unix.Dispose();
                throw;
            }
        }

        IPAddress address = await ResolveAsync(endpoint, cancellationToken).ConfigureAwait(false);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(new IPEndPoint(address, endpoint.Port));
            socket.Listen(512);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<IPAddress> ResolveAsync(MilterEndpoint endpoint, CancellationToken cancellationToken)
    {
        bool v6 = endpoint.Kind == MilterEndpointKind.Inet6;
        if (endpoint.Host is null)
        {
            return v6 ? IPAddress.IPv6Any : IPAddress.Any;
        }

        if (IPAddress.TryParse(endpoint.Host, out IPAddress? literal))
        {
            return literal;
        }

        if (string.Equals(endpoint.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return v6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
        }

        IPAddress[] addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
        AddressFamily family = v6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
        return addresses.FirstOrDefault(a => a.AddressFamily == family)
            ?? throw new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>Deletes a socket file left by a dead process; refuses when a live server still answers on it,
    /// and never deletes a non-empty file (a mistyped path must not destroy data).</summary>
    private static async Task RemoveStaleSocketAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return;
        }

        if (new FileInfo(path).Length != 0)
        {
            throw new InvalidOperationException($"{path} exists and is not a socket.");
        }

        using (var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                await probe.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException($"Another process is listening on {path}.");
            }
            catch (SocketException)
            {
                // Nobody listens: the file is stale.
            }
        }

        File.Delete(path);
    }

    private async Task AcceptLoopAsync(Socket listener, MilterEndpoint endpoint)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                break;
            }
            catch (SocketException ex)
            {
                if (stopping.IsCancellationRequested)
                {
                    break;
                }

                // E.g. out of file descriptors: back off instead of spinning.
                Log($"accept on {endpoint} failed: {ex.Message}");
                await Task.Delay(100).ConfigureAwait(false);
                continue;
            }

            Serve(socket, endpoint);
        }
    }

    private void Serve(Socket socket, MilterEndpoint endpoint)
    {
        long id = Interlocked.Increment(ref nextConnectionId);
        if (socket.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
        {
            // Request/response with small frames: Nagle would add a delay to every reply.
            socket.NoDelay = true;
        }

        NetworkStream stream = socket.ProtocolType == ProtocolType.Tcp ? new QuickAckStream(socket) : new NetworkStream(socket, ownsSocket: true);
        var transport = new StreamDuplexPipe(
            PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 4096)),
            PipeWriter.Create(stream));
        var session = new MilterSession(transport, handler, options, $"{endpoint}#{id}");
        var started = new TaskCompletionSource();
        Task task = Task.Run(async () =>
        {
            await started.Task.ConfigureAwait(false);
            try
            {
                await session.RunAsync(stopping.Token, aborting.Token).ConfigureAwait(false);
            }
            finally
            {
                socket.Dispose();
                connections.TryRemove(id, out _);
            }
        });
        connections[id] = (socket, task);
        started.SetResult();
    }

    private void CloseListeners()
    {
        foreach (var (socket, endpoint) in listeners)
        {
            socket.Dispose();
            if (endpoint.Kind == MilterEndpointKind.Unix)
            {
                try
                {
                    File.Delete(endpoint.Path!);
                }
                catch (IOException)
                {
                    // Best effort: a stale file is removed at the next start.
                }
            }
        }
    }

    private void Log(string text) => options.Log?.Invoke(text);

    private sealed class StreamDuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
