using Calguard.Milter.Protocol;

namespace Calguard.Milter;

/// <summary>One message as the MTA delivered it to the milter: connection, envelope, macros, headers and body.</summary>
/// <remarks>
/// Headers are in arrival order and exactly as received (Postfix omits the space after the colon). When the message
/// passed <see cref="MilterServerOptions.MaxMessageSize"/>, buffering stopped: <see cref="Oversize"/> is set and
/// <see cref="Body"/> (and possibly <see cref="Headers"/>) hold only the first bytes, as the DESIGN's bounded-work rule asks.
/// </remarks>
public sealed class MilterMessage
{
    private static readonly byte[] Separator = ": "u8.ToArray();
    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    /// <summary>The SMTP client.</summary>
    public required MilterConnectionInfo Connection { get; init; }

    /// <summary>The HELO/EHLO argument, or <see langword="null"/> when the client sent none.</summary>
    public string? Helo { get; init; }

    /// <summary>The envelope sender without angle brackets (empty for the null sender).</summary>
    public required string Sender { get; init; }

    /// <summary>The ESMTP arguments of MAIL FROM (e.g. <c>SIZE=1234</c>, <c>BODY=8BITMIME</c>).</summary>
    public required IReadOnlyList<string> SenderArguments { get; init; }

    /// <summary>The envelope recipients the MTA accepted, in order.</summary>
    public required IReadOnlyList<MilterRecipient> Recipients { get; init; }

    /// <summary>All macros merged in stage order; a later stage wins over an earlier one.</summary>
    public required IReadOnlyDictionary<string, string> Macros { get; init; }

    /// <summary>The last macro set the MTA sent for each stage.</summary>
    public required IReadOnlyDictionary<MilterMacroStage, IReadOnlyDictionary<string, string>> MacrosByStage { get; init; }

    /// <summary>The headers in arrival order.</summary>
    public required IReadOnlyList<MilterHeader> Headers { get; init; }

    /// <summary>The body as received (CRLF line ends), truncated when <see cref="Oversize"/>.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>Whether the message passed the size limit and was not buffered whole.</summary>
    public bool Oversize { get; init; }

    /// <summary>The message size as received (headers as in <see cref="ToRfc5322"/>, blank line and every body
    /// byte the MTA sent), including what was not buffered.</summary>
    public long ByteCount { get; init; }

    /// <summary>The MTA's queue id (macro <c>i</c>), or <see langword="null"/>.</summary>
    public string? QueueId => GetMacro("i");

    /// <summary>Looks a macro up by name, with or without braces (<c>auth_authen</c> finds <c>{auth_authen}</c>).</summary>
    /// <param name="name">The macro name.</param>
    /// <returns>The value, or <see langword="null"/> when the MTA did not send it.</returns>
    public string? GetMacro(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Macros.TryGetValue(name, out string? value))
        {
            return value;
        }

        string other = name.StartsWith('{') && name.EndsWith('}') ? name[1..^1] : "{" + name + "}";
        return Macros.TryGetValue(other, out value) ? value : null;
    }

    /// <summary>Rebuilds the full message: each header as <c>name: value</c> CRLF, a blank line, then the body.</summary>
    /// <returns>The RFC 5322 bytes. Header bytes are the raw bytes received; bare LF in folded values becomes CRLF.</returns>
    public byte[] ToRfc5322()
    {
        using var stream = new MemoryStream(checked((int)Math.Min(int.MaxValue, HeaderBytes() + 2 + Body.Length)));
        foreach (MilterHeader header in Headers)
        {
            stream.Write(header.RawName.Span);
            stream.Write(Separator);
            WriteWithCrLf(stream, header.RawValue.Span);
            stream.Write(CrLf);
        }

        stream.Write(CrLf);
        stream.Write(Body.Span);
        return stream.ToArray();
    }

    /// <summary>The size of one header line exactly as <see cref="ToRfc5322"/> writes it.</summary>
    internal static long LineLength(MilterHeader header)
    {
        ReadOnlySpan<byte> value = header.RawValue.Span;
        int bareLf = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\n' && (i == 0 || value[i - 1] != '\r'))
            {
                bareLf++;
            }
        }

        return header.RawName.Length + 2 + value.Length + bareLf + 2;
    }

    private long HeaderBytes() => Headers.Sum(LineLength);

    // Postfix and Sendmail hand folded header values over with LF-only line breaks.
    private static void WriteWithCrLf(Stream stream, ReadOnlySpan<byte> value)
    {
        while (true)
        {
            int lf = value.IndexOf((byte)'\n');
            if (lf < 0)
            {
                stream.Write(value);
                return;
            }

            int end = lf > 0 && value[lf - 1] == '\r' ? lf - 1 : lf;
            stream.Write(value[..end]);
            stream.Write(CrLf);
            value = value[(lf + 1)..];
        }
    }
}
