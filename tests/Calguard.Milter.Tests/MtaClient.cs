using System.Net;
using System.Net.Sockets;
using System.Buffers.Binary;

namespace Calguard.Milter.Tests;

/// <summary>An in-test MTA: connects to a milter, sends command frames and reads the replies.</summary>
internal sealed class MtaClient : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private readonly Socket socket;
    private readonly NetworkStream stream;

    private MtaClient(Socket socket)
    {
        this.socket = socket;
        stream = new NetworkStream(socket, ownsSocket: true);
    }

    public static async Task<MtaClient> ConnectAsync(EndPoint endPoint)
    {
        var socket = endPoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endPoint);
        return new MtaClient(socket);
    }

    public async Task SendAsync(params byte[][] frames)
    {
        foreach (byte[] frame in frames)
        {
            await stream.WriteAsync(frame);
        }

        await stream.FlushAsync();
    }

    /// <summary>Reads one response frame; fails on timeout or EOF.</summary>
    public async Task<MtaResponse> ReadAsync(TimeSpan? timeout = null)
    {
        MtaResponse? response = await TryReadAsync(timeout);
        Assert.True(response is not null, "the milter closed the connection");
        return response;
    }

    /// <summary>Reads one response frame, or null at EOF.</summary>
    public async Task<MtaResponse?> TryReadAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var header = new byte[4];
        if (!await ReadExactlyAsync(header, cts.Token))
        {
            return null;
        }

        int length = (int)BinaryPrimitives.ReadUInt32BigEndian(header);
        var frame = new byte[length];
        Assert.True(await ReadExactlyAsync(frame, cts.Token), "EOF inside a response frame");
        return new MtaResponse((char)frame[0], frame[1..]);
    }

    /// <summary>Waits for the milter to close the connection; fails if a frame arrives instead.</summary>
    public async Task AssertClosedAsync(TimeSpan? timeout = null)
    {
        MtaResponse? response;
        try
        {
            response = await TryReadAsync(timeout);
        }
        catch (IOException)
        {
            return; // reset by peer also counts as closed
        }

        Assert.True(response is null, $"expected the connection to close, got {response}");
    }

    public async Task<MtaResponse> NegotiateAsync(uint actions = 0x1FF, uint protocol = 0x1FFFFF, uint version = 6)
    {
        await SendAsync(MtaFrames.OptNeg(version, actions, protocol));
        MtaResponse reply = await ReadAsync();
        Assert.Equal('O', reply.Code);
        return reply;
    }

    /// <summary>Sends EOM and collects responses up to and including the final action (skipping nothing).</summary>
    public async Task<List<MtaResponse>> EndOfMessageAsync(TimeSpan? timeout = null)
    {
        await SendAsync(MtaFrames.Eom());
        var responses = new List<MtaResponse>();
        while (true)
        {
            MtaResponse response = await ReadAsync(timeout);
            responses.Add(response);
            if (response.Code is 'a' or 'c' or 'r' or 't' or 'd' or 'y')
            {
                return responses;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        socket.Dispose();
    }

    private async Task<bool> ReadExactlyAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        int read = 0;
        while (read < buffer.Length)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                Assert.True(read == 0, "EOF inside a frame");
                return false;
            }

            read += n;
        }

        return true;
    }
}
