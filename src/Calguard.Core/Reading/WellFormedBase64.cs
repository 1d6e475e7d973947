using System.Buffers;
using System.Buffers.Text;

namespace Calguard.Reading;

/// <summary>
/// Decodes well-formed base64 content with the vectorised <see cref="Base64"/> instead of MimeKit's byte-at-a-time
/// decoder, and says no to everything else, so that the caller falls back to MimeKit's decoder.
/// </summary>
/// <remarks>
/// Well formed means: only the base64 alphabet and line ends (CR, LF); no run of more than two line-end bytes before
/// the last data (no blank line inside); a data length that is a multiple of four; '=' only as the padding of the
/// last quantum, at most two. On such input MimeKit's decoder, fed 4 KB chunks, gives the standard decoding: every
/// chunk but a trailing run of line ends holds data, so no chunk decodes to nothing and ends the stream early.
/// Anything else (spaces, junk, missing or misplaced padding, blank lines) keeps MimeKit's own behaviour.
/// </remarks>
internal static class WellFormedBase64
{
    private static readonly SearchValues<byte> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"u8);

    /// <summary>The most bytes <see cref="TryDecode"/> writes for that many encoded bytes.</summary>
    public static int MaxDecodedLength(int encodedLength) => encodedLength / 4 * 3 + 3;

    /// <summary>
    /// Decodes <paramref name="encoded"/> into <paramref name="output"/> (at least <see cref="MaxDecodedLength"/> of its
    /// length) when it is well formed; false when it is not, with <paramref name="output"/> in no promised state.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, Span<byte> output, out int written)
    {
        written = 0;
        var compact = ArrayPool<byte>.Shared.Rent(Math.Max(encoded.Length, 4));
        try
        {
            var length = 0;
            var padded = false;
            var pos = 0;
            while (pos < encoded.Length)
            {
                var rest = encoded[pos..];
                var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
                var segment = end < 0 ? rest : rest[..end];
                if (segment.Length > 0)
                {
                    if (padded)
                    {
                        return false; // data after the padding
                    }
                    var other = segment.IndexOfAnyExcept(Alphabet);
                    if (other >= 0)
                    {
                        var tail = segment[other..];
                        if (tail.Length > 2 || tail.IndexOfAnyExcept((byte)'=') >= 0)
                        {
                            return false;
                        }
                        padded = true;
                    }
                    segment.CopyTo(compact.AsSpan(length));
                    length += segment.Length;
                }
                if (end < 0)
                {
                    break;
                }
                pos += end;
                var breaks = encoded[pos..].IndexOfAnyExcept((byte)'\r', (byte)'\n');
                if (breaks < 0)
                {
                    break; // line ends to the end
                }
                if (breaks > 2)
                {
                    return false; // a blank line inside the data
                }
                pos += breaks;
            }
            if (length % 4 != 0 || output.Length < MaxDecodedLength(length))
            {
                return false;
            }
            var status = Base64.DecodeFromUtf8(compact.AsSpan(0, length), output, out var consumed, out written);
            return status == OperationStatus.Done && consumed == length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compact);
        }
    }
}
