namespace Calguard.Core.Tests.Recurrence;

/// <summary>One case of Ical.Net's RRULE vector format (RRULE, DTSTART, START-AT, DURATION, INSTANCES or EXCEPTION).</summary>
internal sealed record RruleVector(string Name, int Line, string? Rule, string? Start, string? StartAt, string? Duration,
    IReadOnlyList<string>? Instances, string? Exception)
{
    /// <summary>Reads a vector file: blank lines separate cases, '#' lines are comments (the first names the case).</summary>
    public static List<RruleVector> ReadFile(string path)
    {
        var result = new List<RruleVector>();
        var lines = File.ReadAllLines(path);
        string? name = null;
        int line = 0;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        void Flush()
        {
            if (fields.Count > 0)
            {
                fields.TryGetValue("INSTANCES", out var instances);
                result.Add(new RruleVector(
                    name ?? $"line {line}",
                    line,
                    fields.GetValueOrDefault("RRULE"),
                    fields.GetValueOrDefault("DTSTART"),
                    fields.GetValueOrDefault("START-AT"),
                    fields.GetValueOrDefault("DURATION"),
                    instances?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                    fields.GetValueOrDefault("EXCEPTION")));
            }

            fields.Clear();
            name = null;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimStart('\uFEFF').TrimEnd();
            if (text.Length == 0)
            {
                Flush();
                continue;
            }

            if (text.StartsWith('#'))
            {
                if (fields.Count == 0)
                {
                    name ??= text.TrimStart('#').Trim();
                }

                continue;
            }

            int colon = text.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            if (fields.Count == 0)
            {
                line = i + 1;
            }

            fields[text[..colon].Trim()] = text[(colon + 1)..].Trim();
        }

        Flush();
        return result;
    }
}
