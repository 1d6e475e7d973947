using System.Buffers.Binary;
using System.Text;

namespace Calguard.Milter.Tests;

/// <summary>
/// The MTA side of the wire, written independently of the library from the spec (mfdef.h, milter-protocol.txt):
/// builds command frames and splits response frames, so tests cross-check the codec instead of mirroring it.
/// </summary>
internal static class MtaFrames
{
    public static byte[] Frame(char code, params byte[][] parts)
    {
        int length = 1 + parts.Sum(p => p.Length);
        var frame = new byte[4 + length];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)length);
        frame[4] = (byte)code;
        int at = 5;
        foreach (byte[] part in parts)
        {
            part.CopyTo(frame, at);
            at += part.Length;
        }

        return frame;
    }

    public static byte[] Z(string value) => [.. Encoding.UTF8.GetBytes(value), 0];

    public static byte[] Z(byte[] value) => [.. value, 0];

    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] U16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] OptNeg(uint version = 6, uint actions = 0x1FF, uint protocol = 0x1FFFFF) =>
        Frame('O', U32(version), U32(actions), U32(protocol));

    public static byte[] Macro(char stage, params (string Name, string Value)[] macros) =>
        Frame('D', [[(byte)stage], .. macros.SelectMany(m => new[] { Z(m.Name), Z(m.Value) })]);

    public static byte[] Connect(string host, char family, ushort port, string address) =>
        family == 'U' ? Frame('C', Z(host), [(byte)'U']) : Frame('C', Z(host), [(byte)family], U16(port), Z(address));

    public static byte[] Helo(string helo) => Frame('H', Z(helo));

    public static byte[] Mail(params string[] args) => Frame('M', args.Select(Z).ToArray());

    public static byte[] Rcpt(params string[] args) => Frame('R', args.Select(Z).ToArray());

    public static byte[] Data() => Frame('T');

    public static byte[] Header(string name, string value) => Frame('L', Z(name), Z(value));

    public static byte[] Eoh() => Frame('N');

    public static byte[] Body(byte[] chunk) => Frame('B', chunk);

    public static byte[] Body(string chunk) => Frame('B', Encoding.UTF8.GetBytes(chunk));

    public static byte[] Eom() => Frame('E');

    public static byte[] Abort() => Frame('A');

    public static byte[] Quit() => Frame('Q');

    public static byte[] QuitNc() => Frame('K');

    public static byte[] Unknown(string command) => Frame('U', Z(command));

    /// <summary>Splits a byte stream into response frames.</summary>
    public static List<MtaResponse> SplitResponses(ReadOnlySpan<byte> bytes)
    {
        var list = new List<MtaResponse>();
        while (!bytes.IsEmpty)
        {
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes);
            list.Add(new MtaResponse((char)bytes[4], bytes.Slice(5, length - 1).ToArray()));
            bytes = bytes[(4 + length)..];
        }

        return list;
    }
}

/// <summary>One milter→MTA frame as the MTA sees it.</summary>
internal sealed record MtaResponse(char Code, byte[] Data)
{
    /// <summary>The NUL-terminated strings in the data (after <paramref name="skip"/> bytes).</summary>
    public string[] Strings(int skip = 0)
    {
        var parts = new List<string>();
        ReadOnlySpan<byte> rest = Data.AsSpan(skip);
        while (!rest.IsEmpty)
        {
            int nul = rest.IndexOf((byte)0);
            Assert.True(nul >= 0, $"unterminated string in '{Code}' frame");
            parts.Add(Encoding.UTF8.GetString(rest[..nul]));
            rest = rest[(nul + 1)..];
        }

        return [.. parts];
    }

    public uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan(offset));

    public override string ToString() => Code switch
    {
        'h' or 'q' or 'y' => $"{Code} {string.Join(" | ", Strings())}",
        'i' or 'm' => $"{Code} {U32(0)} {string.Join(" | ", Strings(4))}",
        'b' => $"b <{Data.Length} bytes>",
        'O' => $"O {U32(0)} 0x{U32(4):x} 0x{U32(8):x}",
        _ => Code.ToString(),
    };
}
