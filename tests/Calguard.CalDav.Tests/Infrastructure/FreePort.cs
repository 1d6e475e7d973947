using System.Net;
using System.Net.Sockets;

namespace Calguard.CalDav.Tests.Infrastructure;

internal static class FreePort
{
    private static readonly HashSet<int> Handed = [];

    /// <summary>A loopback port that was free a moment ago and was not handed out before in this process.</summary>
    /// <remarks>Servers bind the port a little later; never reusing one avoids two tests' servers racing for it.</remarks>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Handed)
            {
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }

    /// <summary>Waits until something accepts connections on the port, or throws with the process log.</summary>
    public static async Task WaitUntilListeningAsync(int port, Func<bool> hasExited, Func<string> log, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (hasExited())
            {
                throw new InvalidOperationException($"The server exited before listening on {port}:\n{log()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"Nothing listened on {port} after {timeout}:\n{log()}");
    }
}
