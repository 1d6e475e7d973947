using System.Text;

namespace Calguard.CalDav.Ics;

/// <summary>
/// Splits an iCalendar stream (a feed, possibly several VCALENDARs) into one VCALENDAR per UID, the way a CalDAV
/// server stores them (RFC 4791 §4.1): the master and its overrides together, with the VTIMEZONEs they reference.
/// </summary>
/// <remarks>Lines are copied verbatim; components without a UID become one item each.</remarks>
internal static class CalendarSplitter
{
    public sealed record Item(string Uid, string CalendarData, int ComponentCount);

    public static List<Item> Split(string text)
    {
        var header = new StringBuilder();
        var headerDone = false;
        var timezones = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, (StringBuilder Text, HashSet<string> Tzids, int Count)>(StringComparer.Ordinal);
        var order = new List<string>();
        var footer = "END:VCALENDAR\r\n";

        var depth = 0;
        StringBuilder? component = null;
        string? componentName = null;
        string? uid = null;
        string? tzid = null;
        HashSet<string>? tzids = null;
        var anonymous = 0;

        foreach (var line in ContentLineReader.Read(text))
        {
            var raw = text.Substring(line.Start, line.Length);
            var name = line.Name;
            if (name == "BEGIN")
            {
                depth++;
                if (depth == 1)
                {
                    if (!headerDone)
                    {
                        header.Append(raw);
                    }

                    continue;
                }

                if (depth == 2)
                {
                    headerDone = true;
                    component = new StringBuilder();
                    componentName = line.Value.Trim().ToUpperInvariant();
                    uid = null;
                    tzid = null;
                    tzids = new HashSet<string>(StringComparer.Ordinal);
                }
            }

            if (depth >= 2 && component is not null)
            {
                component.Append(raw);
                if (depth == 2 && name == "UID")
                {
                    uid ??= line.Value.Trim();
                }

                if (depth == 2 && name == "TZID")
                {
                    tzid ??= line.Value.Trim();
                }

                if (TzidParameter(line.Unfolded) is { } referenced)
                {
                    tzids!.Add(referenced);
                }
            }
            else if (depth == 1 && name != "END" && !headerDone)
            {
                header.Append(raw);
            }

            if (name == "END")
            {
                if (depth == 1)
                {
                    footer = raw;
                    headerDone = true;
                }

                if (depth == 2 && component is not null)
                {
                    if (componentName == "VTIMEZONE")
                    {
                        if (tzid is not null)
                        {
                            timezones.TryAdd(tzid, component.ToString());
                        }
                    }
                    else
                    {
                        var key = uid ?? "\0anonymous-" + anonymous++;
                        if (!groups.TryGetValue(key, out var group))
                        {
                            group = (new StringBuilder(), new HashSet<string>(StringComparer.Ordinal), 0);
                            order.Add(key);
                        }

                        group.Text.Append(component);
                        group.Tzids.UnionWith(tzids!);
                        groups[key] = (group.Text, group.Tzids, group.Count + 1);
                    }

                    component = null;
                }

                depth = Math.Max(0, depth - 1);
            }
        }

        if (header.Length == 0)
        {
            header.Append("BEGIN:VCALENDAR\r\n");
        }

        var items = new List<Item>(order.Count);
        foreach (var key in order)
        {
            var (body, referenced, count) = groups[key];
            var sb = new StringBuilder(header.Length + body.Length + footer.Length);
            sb.Append(header);
            foreach (var id in referenced)
            {
                if (timezones.TryGetValue(id, out var tz))
                {
                    sb.Append(tz);
                }
            }

            sb.Append(body).Append(footer);
            items.Add(new Item(key.StartsWith('\0') ? string.Empty : key, sb.ToString(), count));
        }

        return items;
    }

    /// <summary>Finds a <c>TZID=</c> parameter in an unfolded line (before the value).</summary>
    private static string? TzidParameter(string unfolded)
    {
        var colon = ValueStart(unfolded);
        var index = unfolded.IndexOf(";TZID=", StringComparison.OrdinalIgnoreCase);
        if (index < 0 || (colon >= 0 && index > colon))
        {
            return null;
        }

        var start = index + 6;
        if (start < unfolded.Length && unfolded[start] == '"')
        {
            var close = unfolded.IndexOf('"', start + 1);
            return close < 0 ? null : unfolded[(start + 1)..close];
        }

        var end = unfolded.IndexOfAny([';', ':'], start);
        return end < 0 ? unfolded[start..] : unfolded[start..end];
    }

    private static int ValueStart(string unfolded)
    {
        var quoted = false;
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '"')
            {
                quoted = !quoted;
            }
            else if (unfolded[i] == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }
}
