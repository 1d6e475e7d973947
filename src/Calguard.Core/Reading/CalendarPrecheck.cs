using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using MimeKit;
using MimeKit.Encodings;

namespace Calguard.Reading;

/// <summary>
/// Recognises, without a MIME parse, a message that cannot carry calendar content, so that the 99.8% of
/// mail without a calendar (CalConnect/M3AAWG measurements) skips the full read.
/// </summary>
/// <remarks>
/// <para><b>Guarantee.</b> For every input on which <see cref="MessageReader.Read"/> finds at least one
/// calendar part (<see cref="Invitation.HasCalendar"/>), <see cref="MayContainCalendar"/> returns
/// <see langword="true"/>. It may return <see langword="true"/> for a message without one; it never returns
/// <see langword="false"/> for a message with one. The property test in
/// <c>tests/Calguard.Core.Tests/Precheck</c> and the corpus test check the implication.</para>
/// <para><b>Reasoning.</b> <see cref="MessageReader"/> finds calendar content in exactly these ways, and each
/// leaves a trace that this check looks for:</para>
/// <list type="number">
/// <item><description>The literal text BEGIN:VCALENDAR (any case) in the raw bytes: a bare iCalendar file,
/// a calendar in the header area, the raw fallback when MIME parsing fails, a part with identity transfer
/// encoding whose content starts like a calendar (<see cref="CalendarSniffer"/>). Any occurrence makes the
/// answer true.</description></item>
/// <item><description>A part's Content-Type (the media type <c>text/calendar</c>, <c>text/x-vcalendar</c>,
/// <c>application/ics</c> …, a TNEF type, or a <c>name</c> parameter ending in <c>.ics</c>, <c>.ical</c>,
/// <c>.icalendar</c>, <c>.ifb</c>, <c>.vcs</c> or equal to <c>winmail.dat</c>) or its Content-Disposition
/// <c>filename</c>. MimeKit takes a header only from a line that starts with its field name (ASCII, any
/// case; blanks may precede the colon) and folds in the following lines that start with a space or tab.
/// This check reads every such <c>Content-Type</c> and <c>Content-Disposition</c> header the same way. The
/// media type is made of raw tokens, and without RFC 2047 encoded words (<c>=?</c>) and RFC 2231 extended
/// parameters (<c>*</c>) a parameter value is the raw text less quotes, quoted-pair backslashes and folding;
/// non-ASCII bytes never decode to ASCII letters, and no non-ASCII character equals an ASCII letter under
/// <see cref="StringComparison.OrdinalIgnoreCase"/>. So the ASCII letters of the raw value, taken in order
/// with everything else dropped, contain <c>calendar</c>, <c>ics</c>, <c>ical</c>, <c>ifb</c>, <c>vcs</c>,
/// <c>tnef</c> or <c>winmail</c> whenever MimeKit's reading of it is a calendar carrier. A value with
/// <c>=?</c> or <c>*</c> is parsed by MimeKit's own <see cref="ContentType"/> and
/// <see cref="ContentDisposition"/> parsers with the reader's default options (a parse failure counts as
/// true), and every parameter value is searched for the extensions (a superset of MimeKit's file-name
/// logic, which ends with <c>Trim</c> and an <c>EndsWith</c>).</description></item>
/// <item><description>A part of any type whose <em>decoded</em> content starts like a calendar. Only a
/// Content-Transfer-Encoding header can make decoded content differ from the raw bytes. For each such
/// header whose value is not plainly <c>7bit</c>, <c>8bit</c> or <c>binary</c>, the body that follows its
/// header block (after the first empty line, the only place MimeKit starts a body) is decoded with MimeKit's
/// own <see cref="Base64Decoder"/> and <see cref="QuotedPrintableDecoder"/> and tested with
/// <see cref="CalendarSniffer.StartsWithCalendar"/>. Decoding past the end of the part only appends bytes,
/// which cannot change a prefix test. A uuencoded part, an encoded-word transfer encoding, or a body whose
/// first <see cref="MaxDecodeWindow"/> raw bytes decode to too few bytes to decide counts as true.</description></item>
/// <item><description>TNEF and nested <c>message/rfc822</c> parts: TNEF is recognised by its type or file
/// name (item 2). MimeKit parses a nested message from the raw bytes, so its headers are searched like any
/// others; an encoded nested message is a plain leaf (item 3).</description></item>
/// </list>
/// <para><b>Speed.</b> One vectorised pass (<see cref="Vector256"/>, else <see cref="Vector128"/>) finds line
/// starts of <c>content-</c> and occurrences of <c>begin:</c> by two anchor bytes each; only those few
/// positions are examined further, and each header and body is examined once, so the cost is linear in the
/// input with a small constant. Base64 and quoted-printable bodies of ordinary parts cost nothing beyond
/// the pass.</para>
/// </remarks>
public static class CalendarPrecheck
{
    /// <summary>Raw bytes of a body that are decoded at most to decide whether it starts like a calendar.</summary>
    public const int MaxDecodeWindow = 4096;

    private const ulong Ics = 'i' << 16 | 'c' << 8 | 's';
    private const ulong Ifb = 'i' << 16 | 'f' << 8 | 'b';
    private const ulong Vcs = 'v' << 16 | 'c' << 8 | 's';
    private const ulong Ical = (ulong)'i' << 24 | 'c' << 16 | 'a' << 8 | 'l';
    private const ulong Tnef = (ulong)'t' << 24 | 'n' << 16 | 'e' << 8 | 'f';
    private const ulong Winmail = (ulong)'w' << 48 | (ulong)'i' << 40 | (ulong)'n' << 32 | (ulong)'m' << 24 | 'a' << 16 | 'i' << 8 | 'l';
    private const ulong Calendar = (ulong)'c' << 56 | (ulong)'a' << 48 | (ulong)'l' << 40 | (ulong)'e' << 32 | (ulong)'n' << 24 | 'd' << 16 | 'a' << 8 | 'r';

    private static readonly string[] NameMarks = [".ics", ".ical", ".ifb", ".vcs", "winmail.dat"];

    /// <summary>
    /// False only when the message certainly carries no calendar content that <see cref="MessageReader.Read"/>
    /// would find; true when it may (see the remarks on <see cref="CalendarPrecheck"/> for the guarantee).
    /// </summary>
    /// <param name="message">The raw message (or bare iCalendar file) bytes.</param>
    /// <returns>True when the message may contain a calendar and needs the full read.</returns>
    public static bool MayContainCalendar(ReadOnlySpan<byte> message)
    {
        var scan = new Scan();
        if (IsBeginCalendar(message, 0))
        {
            return true;
        }
        // The first header line has no '\n' before it (a UTF-8 BOM may precede it).
        if (StartsWithContentDash(message, 0) && scan.ContentHeader(message, 0))
        {
            return true;
        }
        if (message.Length >= 3 && message[0] == 0xEF && message[1] == 0xBB && message[2] == 0xBF &&
            StartsWithContentDash(message, 3) && scan.ContentHeader(message, 3))
        {
            return true;
        }

        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(message);
        if (Vector256.IsHardwareAccelerated && message.Length >= Vector256<byte>.Count + 8)
        {
            var fold = Vector256.Create((byte)0x20);
            var nl = Vector256.Create((byte)'\n');
            var c = Vector256.Create((byte)'c');
            var dash = Vector256.Create((byte)'-');
            var b = Vector256.Create((byte)'b');
            var colon = Vector256.Create((byte)':');
            var last = message.Length - Vector256<byte>.Count - 8;
            for (; i <= last; i += Vector256<byte>.Count)
            {
                var at0 = Vector256.LoadUnsafe(ref start, (nuint)i);
                var at1 = Vector256.LoadUnsafe(ref start, (nuint)i + 1) | fold;
                var at8 = Vector256.LoadUnsafe(ref start, (nuint)i + 8);
                // "\ncontent-": '\n' at 0, 'c' at 1, '-' at 8. "begin:": 'b' at 1, ':' at 6 (checked at i + 1).
                var content = Vector256.Equals(at0, nl) & Vector256.Equals(at1, c) & Vector256.Equals(at8, dash);
                var begin = Vector256.Equals(at1, b) & Vector256.Equals(Vector256.LoadUnsafe(ref start, (nuint)i + 6), colon);
                var any = content | begin;
                if (any == Vector256<byte>.Zero)
                {
                    continue;
                }
                if (scan.Candidates(message, i, content.ExtractMostSignificantBits(), begin.ExtractMostSignificantBits()))
                {
                    return true;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated && message.Length >= Vector128<byte>.Count + 8)
        {
            var fold = Vector128.Create((byte)0x20);
            var nl = Vector128.Create((byte)'\n');
            var c = Vector128.Create((byte)'c');
            var dash = Vector128.Create((byte)'-');
            var b = Vector128.Create((byte)'b');
            var colon = Vector128.Create((byte)':');
            var last = message.Length - Vector128<byte>.Count - 8;
            for (; i <= last; i += Vector128<byte>.Count)
            {
                var at0 = Vector128.LoadUnsafe(ref start, (nuint)i);
                var at1 = Vector128.LoadUnsafe(ref start, (nuint)i + 1) | fold;
                var at8 = Vector128.LoadUnsafe(ref start, (nuint)i + 8);
                var content = Vector128.Equals(at0, nl) & Vector128.Equals(at1, c) & Vector128.Equals(at8, dash);
                var begin = Vector128.Equals(at1, b) & Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)i + 6), colon);
                if ((content | begin) == Vector128<byte>.Zero)
                {
                    continue;
                }
                if (scan.Candidates(message, i, content.ExtractMostSignificantBits(), begin.ExtractMostSignificantBits()))
                {
                    return true;
                }
            }
        }

        // Scalar tail (and the whole input when it is short).
        for (; i < message.Length - 1; i++)
        {
            var next = (byte)(message[i + 1] | 0x20);
            if (next == 'c' && message[i] == '\n' && StartsWithContentDash(message, i + 1))
            {
                if (scan.ContentHeader(message, i + 1))
                {
                    return true;
                }
            }
            else if (next == 'b' && IsBeginCalendar(message, i + 1))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithContentDash(ReadOnlySpan<byte> m, int at) =>
        at + 8 <= m.Length && System.Text.Ascii.EqualsIgnoreCase(m.Slice(at, 8), "content-"u8);

    private static bool IsBeginCalendar(ReadOnlySpan<byte> m, int at) =>
        at + 15 <= m.Length && System.Text.Ascii.EqualsIgnoreCase(m.Slice(at, 15), "begin:vcalendar"u8);

    /// <summary>Per-call state: the body already decoded and the blank line already found, so that each
    /// header block and body is examined once.</summary>
    private struct Scan
    {
        private int _blankSearchedFrom;
        private int _bodyStart;
        private int _decodedBody;

        public Scan()
        {
            _blankSearchedFrom = -1;
            _bodyStart = -1;
            _decodedBody = -1;
        }

        public bool Candidates(ReadOnlySpan<byte> m, int i, uint content, uint begin)
        {
            // Bits are positions of the '\n' before "content-" and of the byte before "begin:".
            var bits = content | begin;
            while (bits != 0)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                var at = i + bit + 1;
                if ((content & (1u << bit)) != 0 && StartsWithContentDash(m, at) && ContentHeader(m, at))
                {
                    return true;
                }
                if ((begin & (1u << bit)) != 0 && IsBeginCalendar(m, at))
                {
                    return true;
                }
                bits &= bits - 1;
            }
            return false;
        }

        /// <summary>Examines a header line that starts with "content-" at <paramref name="at"/>.</summary>
        public bool ContentHeader(ReadOnlySpan<byte> m, int at)
        {
            var line = m[at..];
            var nameEnd = 8;
            while (nameEnd < line.Length && line[nameEnd] is > 32 and < 127 and not (byte)':')
            {
                nameEnd++;
            }
            var colon = nameEnd;
            while (colon < line.Length && line[colon] is (byte)' ' or (byte)'\t')
            {
                colon++;
            }
            if (colon >= line.Length || line[colon] != ':')
            {
                return false; // not a header field MimeKit would name "Content-…"
            }
            var name = line[8..nameEnd];
            var valueStart = at + colon + 1;
            var valueEnd = EndOfHeader(m, valueStart);
            var value = m[valueStart..valueEnd];
            if (System.Text.Ascii.EqualsIgnoreCase(name, "type"u8) || System.Text.Ascii.EqualsIgnoreCase(name, "disposition"u8))
            {
                return MayNameCalendar(value, isType: name.Length == 4);
            }
            if (System.Text.Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                return MayDecodeToCalendar(m, value, valueEnd);
            }
            return false;
        }

        private bool MayDecodeToCalendar(ReadOnlySpan<byte> m, ReadOnlySpan<byte> value, int valueEnd)
        {
            if (value.IndexOf("=?"u8) >= 0)
            {
                return true; // MimeKit decodes encoded words in this header's value; rare enough to leave to the full read.
            }
            if (IsIdentityEncoding(value))
            {
                return false; // the raw bytes are the content; BEGIN:VCALENDAR would be found literally.
            }
            if (Letters.Contains(value, Letters.UuEncode))
            {
                return true;
            }
            var body = BodyStart(m, valueEnd);
            if (body < 0 || body == _decodedBody)
            {
                return false;
            }
            _decodedBody = body;
            return DecodedStartsWithCalendar(m[body..], new Base64Decoder()) ||
                   DecodedStartsWithCalendar(m[body..], new QuotedPrintableDecoder());
        }

        /// <summary>The offset after the first empty line at or after <paramref name="from"/>, or -1.</summary>
        private int BodyStart(ReadOnlySpan<byte> m, int from)
        {
            if (_blankSearchedFrom >= 0 && from >= _blankSearchedFrom && (_bodyStart < 0 || from < _bodyStart))
            {
                return _bodyStart;
            }
            _blankSearchedFrom = from;
            _bodyStart = -1;
            var lineStart = from;
            while (lineStart < m.Length)
            {
                var rest = m[lineStart..];
                if (rest[0] == '\n')
                {
                    _bodyStart = lineStart + 1;
                    break;
                }
                if (rest.Length > 1 && rest[0] == '\r' && rest[1] == '\n')
                {
                    _bodyStart = lineStart + 2;
                    break;
                }
                var nl = rest.IndexOf((byte)'\n');
                if (nl < 0)
                {
                    break;
                }
                lineStart += nl + 1;
            }
            return _bodyStart;
        }
    }

    /// <summary>True when MimeKit would read the transfer encoding as 7bit, 8bit or binary (no decoding).</summary>
    private static bool IsIdentityEncoding(ReadOnlySpan<byte> value)
    {
        // MimeUtils.TryParse: skip white space, take the token up to ';' or white space, compare ignoring case.
        if (!System.Text.Ascii.IsValid(value))
        {
            return false;
        }
        var i = 0;
        while (i < value.Length && value[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C)
        {
            i++;
        }
        var j = i;
        while (j < value.Length && value[j] is not ((byte)';' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C))
        {
            j++;
        }
        var token = value[i..j];
        return System.Text.Ascii.EqualsIgnoreCase(token, "7bit"u8) || System.Text.Ascii.EqualsIgnoreCase(token, "8bit"u8) ||
               System.Text.Ascii.EqualsIgnoreCase(token, "binary"u8);
    }

    /// <summary>The end of a header value: the end of its line and of every following line that starts with a blank.</summary>
    private static int EndOfHeader(ReadOnlySpan<byte> m, int from)
    {
        var offset = from;
        while (true)
        {
            var nl = m[offset..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                return m.Length;
            }
            offset += nl + 1;
            if (offset >= m.Length || m[offset] is not ((byte)' ' or (byte)'\t'))
            {
                return offset;
            }
        }
    }

    /// <summary>True when a Content-Type or Content-Disposition value may name a calendar carrier.</summary>
    private static bool MayNameCalendar(ReadOnlySpan<byte> value, bool isType)
    {
        if (Letters.ContainsAnyNeedle(value))
        {
            return true;
        }
        if (value.IndexOf((byte)'*') < 0 && value.IndexOf("=?"u8) < 0)
        {
            return false;
        }
        // RFC 2231 or RFC 2047: let MimeKit decode the parameters exactly as it does for the part.
        var raw = value.ToArray();
        ParameterList parameters;
        if (isType)
        {
            if (!ContentType.TryParse(ParserOptions.Default, raw, out var type))
            {
                return true;
            }
            if (MessageReader.IsCalendarType(type.MimeType.ToLowerInvariant()) ||
                type.MediaSubtype.Equals("ms-tnef", StringComparison.OrdinalIgnoreCase) ||
                type.MediaSubtype.Equals("vnd.ms-tnef", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            parameters = type.Parameters;
        }
        else
        {
            if (!ContentDisposition.TryParse(ParserOptions.Default, raw, out var disposition))
            {
                return true;
            }
            parameters = disposition.Parameters;
        }
        foreach (var parameter in parameters)
        {
            foreach (var mark in NameMarks)
            {
                if (parameter.Value is { } v && v.Contains(mark, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Decodes the start of a body with MimeKit's decoder and applies the sniffer.</summary>
    // Bytes fed to the decoder at a time: the decoders keep their state between calls, so the output is the same for any
    // chunk size, and 64 bytes of base64 or quoted-printable decode to more than the sniffer's prefix, where 256 decoded
    // four times what is looked at.
    private const int DecodeChunk = 64;

    private static bool DecodedStartsWithCalendar(ReadOnlySpan<byte> body, IMimeDecoder decoder)
    {
        var input = ArrayPool<byte>.Shared.Rent(DecodeChunk);
        var output = ArrayPool<byte>.Shared.Rent(decoder.EstimateOutputLength(DecodeChunk) + CalendarSniffer.PrefixLength + 16);
        var decoded = ArrayPool<byte>.Shared.Rent(CalendarSniffer.PrefixLength + 512);
        try
        {
            var have = 0;
            var read = 0;
            while (have < CalendarSniffer.PrefixLength && read < body.Length)
            {
                if (read >= MaxDecodeWindow)
                {
                    return true; // too much padding before any content: leave it to the full read.
                }
                var chunk = Math.Min(DecodeChunk, body.Length - read);
                body.Slice(read, chunk).CopyTo(input);
                read += chunk;
                var n = decoder.Decode(input, 0, chunk, output);
                var take = Math.Min(n, decoded.Length - have);
                output.AsSpan(0, take).CopyTo(decoded.AsSpan(have));
                have += take;
            }
            return CalendarSniffer.StartsWithCalendar(decoded.AsSpan(0, have));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(decoded);
            ArrayPool<byte>.Shared.Return(output);
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    /// <summary>Searches the ASCII letters of a value, lower-cased, with everything else dropped.</summary>
    private static class Letters
    {
        public const ulong UuEncode = (ulong)'u' << 56 | (ulong)'u' << 48 | (ulong)'e' << 40 | (ulong)'n' << 32 | (ulong)'c' << 24 | 'o' << 16 | 'd' << 8 | 'e';

        public static bool ContainsAnyNeedle(ReadOnlySpan<byte> value)
        {
            ulong window = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var l = (byte)(value[i] | 0x20);
                if (l is < (byte)'a' or > (byte)'z')
                {
                    continue;
                }
                window = window << 8 | l;
                if (((window & 0xFFFFFF) is Ics or Ifb or Vcs || (window & 0xFFFFFFFF) is Ical or Tnef ||
                     (window & 0xFFFFFFFFFFFFFF) == Winmail || window == Calendar) && EndsWord(value, i))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// True unless the byte after position <paramref name="i"/> is an ASCII letter. Every needle ends what
        /// MimeKit compares (a subtype, or a file name before its trailing blanks and dots, or "winmail" before
        /// ".dat"), and MimeKit never removes a letter's neighbour from a value without a quote, backslash or
        /// fold in between, so a needle followed directly by a letter ("micalg") cannot be one.
        /// </summary>
        private static bool EndsWord(ReadOnlySpan<byte> value, int i) =>
            i + 1 >= value.Length || (byte)(value[i + 1] | 0x20) is < (byte)'a' or > (byte)'z';

        public static bool Contains(ReadOnlySpan<byte> value, ulong needle8)
        {
            ulong window = 0;
            foreach (var b in value)
            {
                var l = (byte)(b | 0x20);
                if (l is < (byte)'a' or > (byte)'z')
                {
                    continue;
                }
                window = window << 8 | l;
                if (window == needle8)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
