using System.Net;
using System.Net.Sockets;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>Loopback ports for the servers the tests start, reserved across every test process of a run.</summary>
/// <remarks>
/// A port taken from the kernel's ephemeral range (bind to 0, release) is free only for a moment: until a slow
/// server (Radicale, Postfix) binds it, another test process's Kestrel on port 0 or an outgoing connection can take
/// it, and the test then talks to the wrong server (CI saw a Radicale test get HTTP 500 from another test's proxy).
/// So ports come from below the ephemeral range, which nothing hands out by itself, and each one is reserved by
/// creating a file in a directory shared by the test processes running at the same time.
/// </remarks>
internal static class FreePort
{
    private const int First = 20000;
    private const int Count = 12000; // below 32768, where Linux's ephemeral range starts
    private static readonly string Reservations = Path.Combine(Path.GetTempPath(), "calguard-test-ports");
    private static readonly object Gate = new();
    private static int _next = Random.Shared.Next(Count);

    /// <summary>A loopback TCP port that is free, that no test process of this run was given before.</summary>
    public static int Next() => Reserve(udp: false);

    /// <summary>A loopback UDP port, reserved in the same way.</summary>
    public static int NextUdp() => Reserve(udp: true);

    private static int Reserve(bool udp)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Reservations);
            for (var attempt = 0; attempt < Count; attempt++)
            {
                var port = First + (_next++ % Count);
                if (!IsFree(port, udp) || !Claim(port))
                {
                    continue;
                }

                return port;
            }

            throw new InvalidOperationException($"No free loopback port in {First}-{First + Count - 1}.");
        }
    }

    private static bool Claim(int port)
    {
        var file = Path.Combine(Reservations, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            // A reservation older than a run is from a run that is over.
            if (File.Exists(file) && File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-2))
            {
                File.Delete(file);
            }

            using var _ = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsFree(int port, bool udp)
    {
        try
        {
            if (udp)
            {
                using var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
            }
            else
            {
                var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                listener.Stop();
            }

            return true;
        }
        catch (SocketException)
        {
            return false;
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
