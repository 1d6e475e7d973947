namespace Calguard.Core.Tests.Recurrence;

/// <summary>A minimal iCalendar reader for test input: unfolds lines and keeps the top-level properties of each component.</summary>
internal static class IcsLite
{
    /// <summary>Unfolds lines (a line starting with a space or tab continues the previous one).</summary>
    public static List<string> Unfold(IEnumerable<string> lines)
    {
        var result = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r').TrimStart('\uFEFF');
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && result.Count > 0)
            {
                result[^1] += line[1..];
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    public static IcsProperty? ParseLine(string line)
    {
        int colon = -1;
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                colon = i;
                break;
            }
        }

        if (colon < 0)
        {
            return null;
        }

        var head = line[..colon].Split(';');
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in head.Skip(1))
        {
            int eq = p.IndexOf('=');
            if (eq > 0)
            {
                parameters[p[..eq].Trim()] = p[(eq + 1)..].Trim().Trim('"');
            }
        }

        return new IcsProperty(head[0].Trim().ToUpperInvariant(), parameters, line[(colon + 1)..].Trim());
    }

    /// <summary>The properties of each top-level VEVENT/VTODO/VJOURNAL (nested VALARMs are skipped).</summary>
    public static List<List<IcsProperty>> Components(IEnumerable<string> lines)
    {
        var result = new List<List<IcsProperty>>();
        List<IcsProperty>? current = null;
        int nested = 0;
        foreach (var line in Unfold(lines))
        {
            var prop = ParseLine(line);
            if (prop is null)
            {
                continue;
            }

            if (prop.Name == "BEGIN")
            {
                var kind = prop.Value.ToUpperInvariant();
                if (current is null && kind is "VEVENT" or "VTODO" or "VJOURNAL")
                {
                    current = [];
                }
                else if (current is not null)
                {
                    nested++;
                }

                continue;
            }

            if (prop.Name == "END")
            {
                if (current is not null && nested > 0)
                {
                    nested--;
                }
                else if (current is not null)
                {
                    result.Add(current);
                    current = null;
                }

                continue;
            }

            if (current is not null && nested == 0)
            {
                current.Add(prop);
            }
        }

        return result;
    }
}
