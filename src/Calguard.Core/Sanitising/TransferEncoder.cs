using MimeKit;

namespace Calguard.Sanitising;

/// <summary>Re-encodes rewritten part content with the part's own Content-Transfer-Encoding, in the style it was found in.</summary>
internal static class TransferEncoder
{
    /// <summary>Encodes <paramref name="decoded"/>; null when the encoding is one we do not write (uuencode, unknown).</summary>
    /// <param name="original">The part's original encoded bytes, for line length, line break and the final line break.</param>
    /// <param name="encoding">The part's transfer encoding.</param>
    /// <param name="decoded">The new decoded content.</param>
    public static byte[]? Encode(ReadOnlySpan<byte> original, ContentEncoding encoding, ReadOnlySpan<byte> decoded) => encoding switch
    {
        ContentEncoding.Default or ContentEncoding.SevenBit or ContentEncoding.EightBit or ContentEncoding.Binary => decoded.ToArray(),
        ContentEncoding.Base64 => Base64(original, decoded),
        ContentEncoding.QuotedPrintable => QuotedPrintable(original, decoded),
        _ => null,
    };

    private static byte[] Base64(ReadOnlySpan<byte> original, ReadOnlySpan<byte> decoded)
    {
        var newLine = NewLineOf(original);
        var firstBreak = original.IndexOfAny((byte)'\r', (byte)'\n');
        // Keep the sender's line length (76 for most, 72 for some); a single unbroken line stays one line.
        var lineLength = firstBreak < 0 ? int.MaxValue : Math.Clamp(original[..firstBreak].TrimEnd(" \t"u8).Length, 4, 998);
        var text = System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(decoded));
        var output = new List<byte>(text.Length + text.Length / Math.Min(lineLength, text.Length + 1) * 2 + 2);
        for (var i = 0; i < text.Length; i += lineLength)
        {
            var n = Math.Min(lineLength, text.Length - i);
            output.AddRange(text.AsSpan(i, n));
            if (i + n < text.Length)
            {
                output.AddRange(newLine);
            }
        }
        if (EndsWithNewLine(original))
        {
            output.AddRange(newLine);
        }
        return [.. output];
    }

    // RFC 2045 §6.7: printable ASCII except '=' as is, '=XX' otherwise, soft breaks keep lines within 76 characters, and
    // each decoded line break becomes a hard break.
    private static byte[] QuotedPrintable(ReadOnlySpan<byte> original, ReadOnlySpan<byte> decoded)
    {
        var newLine = NewLineOf(original);
        var output = new List<byte>(decoded.Length + decoded.Length / 8 + 16);
        var column = 0;
        var i = 0;
        while (i < decoded.Length)
        {
            var b = decoded[i];
            if (b == '\n' || (b == '\r' && i + 1 < decoded.Length && decoded[i + 1] == '\n'))
            {
                output.AddRange(newLine);
                column = 0;
                i += b == '\r' ? 2 : 1;
                continue;
            }
            var atLineEnd = i + 1 >= decoded.Length || decoded[i + 1] == '\n' || (decoded[i + 1] == '\r' && i + 2 < decoded.Length && decoded[i + 2] == '\n');
            var literal = b is >= 33 and <= 126 && b != '=' || (b is (byte)' ' or (byte)'\t' && !atLineEnd);
            var width = literal ? 1 : 3;
            if (column + width > 75)
            {
                output.Add((byte)'=');
                output.AddRange(newLine);
                column = 0;
            }
            if (literal)
            {
                output.Add(b);
            }
            else
            {
                output.Add((byte)'=');
                output.Add(Hex[b >> 4]);
                output.Add(Hex[b & 0xF]);
            }
            column += width;
            i++;
        }
        return [.. output];
    }

    private static readonly byte[] Hex = "0123456789ABCDEF"u8.ToArray();

    private static byte[] NewLineOf(ReadOnlySpan<byte> original)
    {
        var lf = original.IndexOf((byte)'\n');
        return lf > 0 && original[lf - 1] == '\r' || lf < 0 ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
    }

    private static bool EndsWithNewLine(ReadOnlySpan<byte> data) => data.Length > 0 && data[^1] is (byte)'\n' or (byte)'\r';
}
