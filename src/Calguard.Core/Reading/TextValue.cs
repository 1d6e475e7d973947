namespace Calguard.Reading;

/// <summary>TEXT value escaping (RFC 5545 §3.3.11).</summary>
public static class TextValue
{
    /// <summary>Decodes <c>\n</c>, <c>\N</c>, <c>\,</c>, <c>\;</c>, <c>\\</c>; leaves other backslashes as they are.</summary>
    public static string Unescape(string raw)
    {
        var i = raw.IndexOf('\\');
        if (i < 0)
        {
            return raw;
        }
        Span<char> buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : new char[raw.Length];
        var w = 0;
        for (var r = 0; r < raw.Length; r++)
        {
            var c = raw[r];
            if (c == '\\' && r + 1 < raw.Length)
            {
                var n = raw[r + 1];
                switch (n)
                {
                    case 'n' or 'N':
                        buffer[w++] = '\n';
                        r++;
                        continue;
                    case ',' or ';' or '\\' or ':' or '"':
                        buffer[w++] = n;
                        r++;
                        continue;
                }
            }
            buffer[w++] = c;
        }
        return new string(buffer[..w]);
    }

    /// <summary>Escapes text for writing a TEXT value.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\;,\n\r") < 0)
        {
            return text;
        }
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case ';': sb.Append("\\;"); break;
                case ',': sb.Append("\\,"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
