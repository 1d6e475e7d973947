using System.Text;

namespace Calguard.Sanitising;

/// <summary>
/// One logical iCalendar content line as it sits in the bytes: every physical line of it (folds and vCalendar
/// quoted-printable soft breaks included) and its final line break, so an untouched line can be copied byte for byte.
/// </summary>
internal sealed class ContentLine
{
    private ContentLine(int start, int end, int terminatorLength, byte[] unfolded)
    {
        Start = start;
        End = end;
        TerminatorLength = terminatorLength;
        Unfolded = unfolded;
        var nameEnd = unfolded.AsSpan().IndexOfAny((byte)';', (byte)':');
        Name = Encoding.ASCII.GetString(nameEnd < 0 ? [] : unfolded.AsSpan(0, nameEnd).Trim(" \t"u8)).ToUpperInvariant();
        ValueStart = ValueColon(unfolded) + 1;
    }

    /// <summary>Offset of the first byte.</summary>
    public int Start { get; }

    /// <summary>Offset after the final line break.</summary>
    public int End { get; }

    /// <summary>Length of the final line break: 2 for CRLF, 1 for LF or CR, 0 at the end of the data.</summary>
    public int TerminatorLength { get; }

    /// <summary>The line unfolded, without its line break.</summary>
    public byte[] Unfolded { get; }

    /// <summary>The property name upper-cased; empty for blank or unreadable lines.</summary>
    public string Name { get; }

    /// <summary>Offset in <see cref="Unfolded"/> after the colon that starts the value; 0 when there is none.</summary>
    public int ValueStart { get; }

    /// <summary>True when the line has a value colon.</summary>
    public bool HasValue => ValueStart > 0;

    /// <summary>The name and parameters, up to and including the value colon.</summary>
    public ReadOnlySpan<byte> Head => Unfolded.AsSpan(0, ValueStart);

    /// <summary>The value bytes.</summary>
    public ReadOnlySpan<byte> Value => HasValue ? Unfolded.AsSpan(ValueStart) : [];

    /// <summary>The value as trimmed upper-case ASCII (for BEGIN, END, TRANSP …).</summary>
    public string UpperValue => Encoding.UTF8.GetString(Value.Trim(" \t"u8)).ToUpperInvariant();

    /// <summary>Splits <paramref name="data"/> into logical lines the way <see cref="Reading.CalendarReader"/> does.</summary>
    /// <remarks>CRLF, LF and a bare CR end a physical line; a line starting with space or tab continues the previous
    /// one; a quoted-printable value ending in <c>=</c> continues on the next line (vCalendar 1.0).</remarks>
    public static List<ContentLine> Scan(ReadOnlySpan<byte> data)
    {
        var lines = new List<ContentLine>();
        var pos = 0;
        var builder = new List<byte>(128);
        var start = -1;
        var terminator = 0;
        while (pos < data.Length)
        {
            var rest = data[pos..];
            var eol = rest.IndexOfAny((byte)'\r', (byte)'\n');
            int length, advance;
            if (eol < 0)
            {
                (length, advance) = (rest.Length, rest.Length);
            }
            else
            {
                length = eol;
                advance = rest[eol] == '\r' && eol + 1 < rest.Length && rest[eol + 1] == '\n' ? eol + 2 : eol + 1;
            }
            var physical = rest[..length];
            var isFold = start >= 0 && physical.Length > 0 && physical[0] is (byte)' ' or (byte)'\t';
            var isSoftBreak = start >= 0 && !isFold && physical.Length > 0 && EndsWithSoftBreak(builder);
            if (isFold)
            {
                builder.AddRange(physical[1..]);
            }
            else if (isSoftBreak)
            {
                builder.RemoveAt(builder.Count - 1);
                builder.AddRange(physical);
            }
            else
            {
                if (start >= 0)
                {
                    lines.Add(new ContentLine(start, pos, terminator, [.. builder]));
                }
                builder.Clear();
                builder.AddRange(physical);
                start = pos;
            }
            terminator = advance - length;
            pos += advance;
            // An empty physical line is a line of its own (the reader skips it); never continue it.
            if (physical.Length == 0)
            {
                lines.Add(new ContentLine(start, pos, terminator, []));
                builder.Clear();
                start = -1;
            }
        }
        if (start >= 0)
        {
            lines.Add(new ContentLine(start, pos, terminator, [.. builder]));
        }
        return lines;
    }

    private static bool EndsWithSoftBreak(List<byte> line)
    {
        if (line.Count == 0 || line[^1] != '=')
        {
            return false;
        }
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(line);
        var colon = span.IndexOf((byte)':');
        return colon > 0 && Reading.CalendarReader.ContainsIgnoreCase(span[..colon], "quoted-printable"u8);
    }

    // The first colon outside a quoted parameter value ends the name and parameters (RFC 5545 §3.1).
    private static int ValueColon(ReadOnlySpan<byte> line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (b == ':' && !quoted)
            {
                return i;
            }
        }
        // An unterminated quote: the reader recovers at the first colon after it.
        return quoted ? line.IndexOf((byte)':') : -1;
    }

    /// <inheritdoc />
    public override string ToString() => Encoding.UTF8.GetString(Unfolded);
}
