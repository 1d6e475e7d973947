using System.Text;

namespace Calguard.Sanitising;

/// <summary>A header block as raw byte ranges, so headers that are kept are copied byte for byte.</summary>
internal sealed class HeaderBlock
{
    private HeaderBlock(List<RawHeader> fields, int bodyStart, int separatorStart, byte[] newLine)
    {
        Fields = fields;
        BodyStart = bodyStart;
        SeparatorStart = separatorStart;
        NewLine = newLine;
    }

    /// <summary>The fields in order.</summary>
    public List<RawHeader> Fields { get; }

    /// <summary>Offset of the body (after the empty line), or the end of the data when there is no empty line.</summary>
    public int BodyStart { get; }

    /// <summary>Offset of the empty line that ends the block, or -1 when there is none.</summary>
    public int SeparatorStart { get; }

    /// <summary>The line break the block uses (that of its first line; CRLF when it has none).</summary>
    public byte[] NewLine { get; }

    /// <summary>Reads the header block that starts at <paramref name="start"/>.</summary>
    public static HeaderBlock Scan(ReadOnlySpan<byte> data, int start, int end)
    {
        var fields = new List<RawHeader>();
        byte[]? newLine = null;
        var pos = start;
        var fieldStart = -1;
        while (pos < end)
        {
            var rest = data[pos..end];
            var lf = rest.IndexOf((byte)'\n');
            var next = lf < 0 ? end : pos + lf + 1;
            var content = lf < 0 ? rest : rest[..lf];
            var hasCr = content.Length > 0 && content[^1] == '\r';
            newLine ??= lf < 0 ? null : hasCr ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
            if (hasCr)
            {
                content = content[..^1];
            }
            if (content.Length == 0 && lf >= 0)
            {
                Close(data, fields, fieldStart, pos);
                return new HeaderBlock(fields, next, pos, newLine ?? "\r\n"u8.ToArray());
            }
            if (content.Length == 0 || content[0] is not ((byte)' ' or (byte)'\t') || fieldStart < 0)
            {
                Close(data, fields, fieldStart, pos);
                fieldStart = pos;
            }
            pos = next;
        }
        Close(data, fields, fieldStart, end);
        return new HeaderBlock(fields, end, -1, newLine ?? "\r\n"u8.ToArray());
    }

    private static void Close(ReadOnlySpan<byte> data, List<RawHeader> fields, int start, int end)
    {
        if (start < 0 || end <= start)
        {
            return;
        }
        var raw = data[start..end];
        var colon = raw.IndexOf((byte)':');
        var name = colon < 0 ? string.Empty : Encoding.Latin1.GetString(raw[..colon].Trim(" \t"u8));
        var value = colon < 0 ? string.Empty : Encoding.Latin1.GetString(raw[(colon + 1)..]).TrimStart(' ', '\t').TrimEnd('\r', '\n');
        fields.Add(new RawHeader(name, value, start, end));
    }

    /// <summary>Formats a new header field, ended by <paramref name="newLine"/>.</summary>
    public static byte[] Format(HeaderField field, byte[] newLine) =>
        [.. Encoding.ASCII.GetBytes($"{field.Name}: {field.Value}"), .. newLine];
}

/// <summary>One header field as found: its name, its value (folds kept, line break dropped) and its byte range.</summary>
/// <param name="Name">The field name as written.</param>
/// <param name="Value">The value without leading white space or the final line break; folds are kept.</param>
/// <param name="Start">Offset of the first byte.</param>
/// <param name="End">Offset after the final line break.</param>
internal sealed record RawHeader(string Name, string Value, int Start, int End)
{
    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);
}
