using System.Net;
using System.Net.Sockets;

namespace Calguard.Integration.Tests.Reputation.Infrastructure;

/// <summary>
/// A "resolver" that takes every query and never answers: the slow or overloaded list a per-message budget must
/// survive. In-process on purpose: no DNS server from Debian's packages can be told to hold a query for ever, and
/// what matters here is only that the socket is there and silent. Counts the queries it swallowed.
/// </summary>
internal sealed class SilentDnsServer : IDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private int _received;

    public SilentDnsServer()
    {
        Port = ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;
        _ = Task.Run(async () =>
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    await _socket.ReceiveAsync(_stop.Token);
                    Interlocked.Increment(ref _received);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
            }
        });
    }

    public int Port { get; }

    public int Received => Volatile.Read(ref _received);

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        _stop.Dispose();
    }
}
