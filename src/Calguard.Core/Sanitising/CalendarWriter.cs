using System.Text;
using Calguard.Reading;

namespace Calguard.Sanitising;

/// <summary>
/// Writes a <see cref="CalendarComponent"/> tree back to iCalendar text: CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence (RFC 5545 §3.1), parameter values quoted when they must be and caret-encoded
/// (RFC 6868). <see cref="CalendarReader"/> reads the output back to an equal tree.
/// </summary>
/// <remarks>
/// Property values are written as they are held (<see cref="CalendarProperty.RawValue"/> is still TEXT-escaped); a
/// line break inside a raw value cannot be written as such and becomes <c>\n</c>. Parameters whose values a
/// vCalendar 1.0 reader decodes (<c>ENCODING=QUOTED-PRINTABLE</c>) are written as they are, not re-encoded.
/// </remarks>
public static class CalendarWriter
{
    /// <summary>The longest physical line, in octets, without the line break (RFC 5545 §3.1).</summary>
    public const int MaxLineOctets = 75;

    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    /// <summary>Writes one component and everything inside it.</summary>
    public static byte[] Write(CalendarComponent component) => Write([component]);

    /// <summary>Writes components one after the other (normally a single VCALENDAR).</summary>
    public static byte[] Write(IEnumerable<CalendarComponent> components)
    {
        var output = new List<byte>(4096);
        foreach (var component in components)
        {
            WriteComponent(component, output, 0);
        }
        return [.. output];
    }

    /// <summary>Writes components as a string (UTF-8 decoded).</summary>
    public static string WriteString(IEnumerable<CalendarComponent> components) => Encoding.UTF8.GetString(Write(components));

    private static void WriteComponent(CalendarComponent component, List<byte> output, int depth)
    {
        // The reader bounds nesting too; this bound only keeps a hand-built cycle-free but deep tree off the stack.
        if (depth > 1000)
        {
            throw new InvalidOperationException("Components nested deeper than 1000 levels cannot be written.");
        }
        AppendFolded(Encoding.UTF8.GetBytes("BEGIN:" + component.Name), CrLf, output);
        foreach (var property in component.Properties)
        {
            AppendFolded(FormatProperty(property), CrLf, output);
        }
        foreach (var child in component.Children)
        {
            WriteComponent(child, output, depth + 1);
        }
        AppendFolded(Encoding.UTF8.GetBytes("END:" + component.Name), CrLf, output);
    }

    /// <summary>Formats one content line, unfolded and without a line break.</summary>
    public static byte[] FormatProperty(CalendarProperty property) =>
        FormatProperty(property.Name, property.Parameters, property.RawValue);

    /// <summary>Formats one content line from its parts, unfolded and without a line break.</summary>
    public static byte[] FormatProperty(string name, IEnumerable<CalendarParameter> parameters, string rawValue)
    {
        var sb = new StringBuilder(name.Length + rawValue.Length + 16);
        sb.Append(name);
        foreach (var parameter in parameters)
        {
            sb.Append(';').Append(parameter.Name).Append('=');
            for (var i = 0; i < parameter.Values.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }
                AppendParameterValue(sb, parameter.Values[i]);
            }
        }
        sb.Append(':');
        foreach (var c in rawValue)
        {
            // A raw value is one line; a break inside it would start a new, bogus content line.
            switch (c)
            {
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Appends a parameter value, caret-encoded (RFC 6868) and quoted when it holds <c>: ; ,</c> (RFC 5545 §3.2).</summary>
    internal static void AppendParameterValue(StringBuilder sb, string value)
    {
        var quote = value.AsSpan().IndexOfAny(":;,") >= 0;
        if (quote)
        {
            sb.Append('"');
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '^':
                    sb.Append("^^");
                    break;
                case '"':
                    sb.Append("^'");
                    break;
                case '\r':
                    sb.Append("^n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case '\n':
                    sb.Append("^n");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        if (quote)
        {
            sb.Append('"');
        }
    }

    /// <summary>
    /// Appends <paramref name="line"/> folded at <see cref="MaxLineOctets"/> octets per physical line, never inside a
    /// UTF-8 sequence, each physical line ended by <paramref name="newLine"/> and each continuation starting with a space.
    /// </summary>
    internal static void AppendFolded(ReadOnlySpan<byte> line, ReadOnlySpan<byte> newLine, List<byte> output)
    {
        var room = MaxLineOctets;
        var first = true;
        while (true)
        {
            if (!first)
            {
                output.Add((byte)' ');
            }
            if (line.Length <= room)
            {
                output.AddRange(line);
                output.AddRange(newLine);
                return;
            }
            var cut = room;
            // Back off while the byte at the cut continues a UTF-8 sequence (10xxxxxx).
            while (cut > 1 && (line[cut] & 0xC0) == 0x80)
            {
                cut--;
            }
            output.AddRange(line[..cut]);
            output.AddRange(newLine);
            line = line[cut..];
            room = MaxLineOctets - 1;
            first = false;
        }
    }
}
