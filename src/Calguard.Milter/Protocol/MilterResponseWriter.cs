using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Calguard.Milter.Protocol;

/// <summary>Pure encoder of milter→MTA frames (replies and end-of-message actions).</summary>
/// <remarks>Every method appends complete frames to the writer; nothing is flushed.</remarks>
public static class MilterResponseWriter
{
    /// <summary>The largest body chunk in one <c>SMFIR_REPLBODY</c> frame (<c>MILTER_CHUNK_SIZE</c>).</summary>
    public const int MaxBodyChunk = 65535;

    /// <summary>Writes a frame that carries no data: <c>c a r t d p s</c>.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="code">One of the data-less codes.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> needs data.</exception>
    public static void WriteSimple(IBufferWriter<byte> output, MilterResponseCode code)
    {
        if (code is not (MilterResponseCode.Continue or MilterResponseCode.Accept or MilterResponseCode.Reject
            or MilterResponseCode.Tempfail or MilterResponseCode.Discard or MilterResponseCode.Progress
            or MilterResponseCode.Skip))
        {
            throw new ArgumentException($"Response '{(char)code}' carries data; use its own method.", nameof(code));
        }

        WriteHeader(output, code, 0);
        output.Advance(5);
    }

    /// <summary>Writes the <c>OPTNEG</c> reply, optionally followed by per-stage macro lists.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="version">The protocol version.</param>
    /// <param name="actions">The requested actions.</param>
    /// <param name="protocol">The requested protocol flags.</param>
    /// <param name="macros">Space-separated macro names per stage (only stages 0–6), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A stage cannot be requested or a list contains NUL.</exception>
    public static void WriteOptionNegotiation(
        IBufferWriter<byte> output,
        uint version,
        MilterActions actions,
        MilterProtocolFlags protocol,
        IReadOnlyDictionary<MilterMacroStage, string>? macros = null)
    {
        var lists = new List<(MilterMacroStage Stage, byte[] Names)>();
        int length = 12;
        if (macros is not null)
        {
            foreach (var (stage, names) in macros.OrderBy(m => m.Key))
            {
                if (stage > MilterMacroStage.EndOfHeaders)
                {
                    throw new ArgumentException($"Macros for stage {stage} cannot be requested.", nameof(macros));
                }

                byte[] bytes = MilterText.Encode(names);
                lists.Add((stage, bytes));
                length += 4 + bytes.Length + 1;
            }
        }

        Span<byte> span = WriteHeader(output, MilterResponseCode.OptionNegotiation, length);
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], (uint)actions);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], (uint)protocol);
        span = span[12..];
        foreach (var (stage, names) in lists)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span, (uint)stage);
            names.CopyTo(span[4..]);
            span[4 + names.Length] = 0;
            span = span[(5 + names.Length)..];
        }

        output.Advance(5 + length);
    }

    /// <summary>Writes <c>SMFIR_REPLYCODE</c>: a custom SMTP reply such as <c>550 5.7.1 text</c>.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="reply">The reply; <c>%</c> in its text is doubled on the wire, as libmilter's smfi_setreply requires.</param>
    public static void WriteReplyCode(IBufferWriter<byte> output, MilterSmtpReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder(reply.Code);
        if (!string.IsNullOrEmpty(reply.EnhancedCode))
        {
            text.Append(' ').Append(reply.EnhancedCode);
        }

        text.Append(' ').Append(reply.Text.Replace("%", "%%", StringComparison.Ordinal));
        WriteStrings(output, MilterResponseCode.ReplyCode, [MilterText.Encode(text.ToString())]);
    }

    /// <summary>Writes <c>SMFIR_ADDHEADER</c>.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    public static void WriteAddHeader(IBufferWriter<byte> output, string name, string value) =>
        WriteStrings(output, MilterResponseCode.AddHeader, [MilterText.Encode(name), MilterText.Encode(value)]);

    /// <summary>Writes <c>SMFIR_INSHEADER</c>.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="index">The 0-based position among all headers (0 inserts first).</param>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    public static void WriteInsertHeader(IBufferWriter<byte> output, uint index, string name, string value) =>
        WriteIndexed(output, MilterResponseCode.InsertHeader, index, name, value);

    /// <summary>Writes <c>SMFIR_CHGHEADER</c>; an empty value deletes the header.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="index">The 1-based occurrence among headers of this name.</param>
    /// <param name="name">The header name.</param>
    /// <param name="value">The new value, or empty to delete.</param>
    public static void WriteChangeHeader(IBufferWriter<byte> output, uint index, string name, string value) =>
        WriteIndexed(output, MilterResponseCode.ChangeHeader, index, name, value);

    /// <summary>Writes <c>SMFIR_QUARANTINE</c>.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="reason">Why the message is held.</param>
    public static void WriteQuarantine(IBufferWriter<byte> output, string reason) =>
        WriteStrings(output, MilterResponseCode.Quarantine, [MilterText.Encode(reason)]);

    /// <summary>Writes the whole replacement body as <c>SMFIR_REPLBODY</c> frames of at most <see cref="MaxBodyChunk"/> bytes.</summary>
    /// <param name="output">The destination.</param>
    /// <param name="body">The new body (CRLF line ends); an empty body is one empty frame.</param>
    public static void WriteReplaceBody(IBufferWriter<byte> output, ReadOnlySpan<byte> body)
    {
        do
        {
            ReadOnlySpan<byte> chunk = body[..Math.Min(body.Length, MaxBodyChunk)];
            Span<byte> span = WriteHeader(output, MilterResponseCode.ReplaceBody, chunk.Length);
            chunk.CopyTo(span);
            output.Advance(5 + chunk.Length);
            body = body[chunk.Length..];
        }
        while (!body.IsEmpty);
    }

    private static void WriteIndexed(IBufferWriter<byte> output, MilterResponseCode code, uint index, string name, string value)
    {
        byte[] nameBytes = MilterText.Encode(name);
        byte[] valueBytes = MilterText.Encode(value);
        int length = 4 + nameBytes.Length + 1 + valueBytes.Length + 1;
        Span<byte> span = WriteHeader(output, code, length);
        BinaryPrimitives.WriteUInt32BigEndian(span, index);
        span = span[4..];
        nameBytes.CopyTo(span);
        span[nameBytes.Length] = 0;
        valueBytes.CopyTo(span[(nameBytes.Length + 1)..]);
        span[nameBytes.Length + 1 + valueBytes.Length] = 0;
        output.Advance(5 + length);
    }

    private static void WriteStrings(IBufferWriter<byte> output, MilterResponseCode code, byte[][] strings)
    {
        int length = 0;
        foreach (byte[] s in strings)
        {
            length += s.Length + 1;
        }

        Span<byte> span = WriteHeader(output, code, length);
        foreach (byte[] s in strings)
        {
            s.CopyTo(span);
            span[s.Length] = 0;
            span = span[(s.Length + 1)..];
        }

        output.Advance(5 + length);
    }

    /// <summary>Writes length and code and returns the span for the data; the caller fills it and advances
    /// the writer by 5 + <paramref name="dataLength"/>.</summary>
    private static Span<byte> WriteHeader(IBufferWriter<byte> output, MilterResponseCode code, int dataLength)
    {
        Span<byte> span = output.GetSpan(5 + dataLength);
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)(dataLength + 1));
        span[4] = (byte)code;
        return span.Slice(5, dataLength);
    }
}
