using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Calguard.Milter.Protocol;

/// <summary>
/// Pure, synchronous decoder of MTA→milter frames: <c>uint32 length (big-endian)</c>, <c>char command</c>,
/// <c>data[length-1]</c>.
/// </summary>
/// <remarks>
/// The length is checked as soon as its four bytes are present, before any wait for the rest, so a peer
/// announcing an absurd frame costs nothing (the same guard as rspamd's milter.c).
/// </remarks>
public static class MilterCommandReader
{
    /// <summary>Postfix and Sendmail send at most 65535 data bytes per frame; this default leaves room for
    /// Sendmail's 1 MiB data-size negotiation plus framing slack.</summary>
    public const int DefaultMaxFrameSize = (1024 * 1024) + 1024;

    /// <summary>Tries to read one complete command from the front of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Received bytes; on success it is advanced past the frame.</param>
    /// <param name="maxFrameSize">The largest frame length (command byte plus data) accepted.</param>
    /// <param name="command">The decoded command.</param>
    /// <returns><see langword="true"/> when a command was read; <see langword="false"/> when more bytes are needed.</returns>
    /// <exception cref="MilterProtocolException">The length is zero or above <paramref name="maxFrameSize"/>, or the frame is malformed.</exception>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, int maxFrameSize, [NotNullWhen(true)] out MilterCommand? command)
    {
        command = null;
        if (buffer.Length < 4)
        {
            return false;
        }

        Span<byte> lengthBytes = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(lengthBytes);
        uint length = BinaryPrimitives.ReadUInt32BigEndian(lengthBytes);
        if (length == 0)
        {
            throw new MilterProtocolException("Frame length 0: a frame must carry at least the command byte.");
        }

        if (length > (uint)maxFrameSize)
        {
            throw new MilterProtocolException($"Frame length {length} exceeds the limit of {maxFrameSize} bytes.");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        ReadOnlySequence<byte> frame = buffer.Slice(4, length);
        byte code = frame.FirstSpan[0];
        ReadOnlySequence<byte> data = frame.Slice(1);
        command = data.IsSingleSegment ? Decode(code, data.FirstSpan) : Decode(code, data.ToArray());
        buffer = buffer.Slice(4 + length);
        return true;
    }

    /// <summary>Decodes the data of one frame.</summary>
    /// <param name="code">The command byte.</param>
    /// <param name="data">The data after the command byte.</param>
    /// <returns>The decoded command.</returns>
    /// <exception cref="MilterProtocolException">The command byte is unknown or the data is malformed.</exception>
    public static MilterCommand Decode(byte code, ReadOnlySpan<byte> data)
    {
        switch ((MilterCommandCode)code)
        {
            case MilterCommandCode.OptionNegotiation:
                if (data.Length < 12)
                {
                    throw new MilterProtocolException($"OPTNEG carries {data.Length} bytes; 12 are required.");
                }

                return new OptionNegotiationCommand(
                    BinaryPrimitives.ReadUInt32BigEndian(data),
                    (MilterActions)BinaryPrimitives.ReadUInt32BigEndian(data[4..]),
                    (MilterProtocolFlags)BinaryPrimitives.ReadUInt32BigEndian(data[8..]));

            case MilterCommandCode.Macro:
                return DecodeMacro(data);

            case MilterCommandCode.Connect:
                return DecodeConnect(data);

            case MilterCommandCode.Helo:
                return new HeloCommand(MilterText.Decode(TakeString(ref data)));

            case MilterCommandCode.Mail:
                return new MailCommand(DecodeArguments(data, "MAIL"));

            case MilterCommandCode.Recipient:
                return new RecipientCommand(DecodeArguments(data, "RCPT"));

            case MilterCommandCode.Data:
                return DataCommand.Instance;

            case MilterCommandCode.Header:
                {
                    ReadOnlySpan<byte> name = TakeString(ref data);
                    ReadOnlySpan<byte> value = TakeString(ref data);
                    return new HeaderCommand(new MilterHeader(name.ToArray(), value.ToArray()));
                }

            case MilterCommandCode.EndOfHeaders:
                return EndOfHeadersCommand.Instance;

            case MilterCommandCode.Body:
                return new BodyCommand(data.ToArray());

            case MilterCommandCode.EndOfMessage:
                return new EndOfMessageCommand(data.IsEmpty ? ReadOnlyMemory<byte>.Empty : data.ToArray());

            case MilterCommandCode.Abort:
                return AbortCommand.Instance;

            case MilterCommandCode.Quit:
                return QuitCommand.Instance;

            case MilterCommandCode.QuitNewConnection:
                return QuitNewConnectionCommand.Instance;

            case MilterCommandCode.Unknown:
                return new UnknownCommand(MilterText.Decode(TakeString(ref data)));

            default:
                throw new MilterProtocolException($"Unknown command byte 0x{code:x2}.");
        }
    }

    private static MacroCommand DecodeMacro(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new MilterProtocolException("SMFIC_MACRO without a stage byte.");
        }

        var stage = (MilterCommandCode)data[0];
        data = data[1..];
        var macros = new List<KeyValuePair<string, string>>();
        while (!data.IsEmpty)
        {
            // A name without a value (a truncated list) is kept with an empty value rather than failing the
            // connection: the macros are facts for the handler, not protocol state.
            string name = MilterText.Decode(TakeString(ref data));
            string value = MilterText.Decode(TakeString(ref data));
            macros.Add(new(name, value));
        }

        return new MacroCommand(stage, macros);
    }

    private static ConnectCommand DecodeConnect(ReadOnlySpan<byte> data)
    {
        string host = MilterText.Decode(TakeString(ref data));
        if (data.IsEmpty)
        {
            throw new MilterProtocolException("SMFIC_CONNECT ends before the address family.");
        }

        var family = (MilterAddressFamily)data[0];
        data = data[1..];
        if (family == MilterAddressFamily.Unknown)
        {
            return new ConnectCommand(host, family, 0, string.Empty);
        }

        if (family is not (MilterAddressFamily.Inet or MilterAddressFamily.Inet6 or MilterAddressFamily.Unix))
        {
            throw new MilterProtocolException($"SMFIC_CONNECT with unknown address family 0x{(byte)family:x2}.");
        }

        if (data.Length < 2)
        {
            throw new MilterProtocolException("SMFIC_CONNECT ends before the port.");
        }

        ushort port = BinaryPrimitives.ReadUInt16BigEndian(data);
        data = data[2..];
        return new ConnectCommand(host, family, port, MilterText.Decode(TakeString(ref data)));
    }

    private static string[] DecodeArguments(ReadOnlySpan<byte> data, string what)
    {
        var arguments = new List<string>();
        while (!data.IsEmpty)
        {
            arguments.Add(MilterText.Decode(TakeString(ref data)));
        }

        if (arguments.Count == 0)
        {
            throw new MilterProtocolException($"SMFIC_{what} without an address.");
        }

        return [.. arguments];
    }

    /// <summary>Takes bytes up to the next NUL (or the end, tolerating a missing terminator) and skips the NUL.</summary>
    private static ReadOnlySpan<byte> TakeString(ref ReadOnlySpan<byte> data)
    {
        int nul = data.IndexOf((byte)0);
        if (nul < 0)
        {
            ReadOnlySpan<byte> rest = data;
            data = default;
            return rest;
        }

        ReadOnlySpan<byte> value = data[..nul];
        data = data[(nul + 1)..];
        return value;
    }
}
