using System.Text;

namespace Calguard.Sanitising;

/// <summary>
/// Edits iCalendar bytes at the line level: lines it does not change stay byte-identical, folds, line ends and all.
/// Changed lines keep their name and parameters as found and their own line break; new lines use the part's usual one.
/// </summary>
/// <remarks>Component nesting is followed the way <see cref="Reading.CalendarReader"/> follows it, so a VALARM
/// without its END ends where the reader ends it (at the END of an enclosing component).</remarks>
public static class CalendarEditor
{
    private static readonly string[] AlarmProperties = ["AALARM", "DALARM", "PALARM", "MALARM"];
    private static readonly string[] TimeZoneParts = ["VTIMEZONE", "STANDARD", "DAYLIGHT"];

    /// <summary>Applies <paramref name="edits"/> to one calendar part's decoded bytes.</summary>
    /// <param name="content">The decoded bytes (any ASCII-compatible charset).</param>
    /// <param name="edits">What to change.</param>
    public static CalendarEditResult Edit(ReadOnlySpan<byte> content, CalendarEdits edits)
    {
        var original = content.ToArray();
        if (!edits.Any)
        {
            return new CalendarEditResult(original, 0, 0, 0, 0);
        }
        var lines = ContentLine.Scan(content);
        var tree = Structure.Build(lines);
        var newLine = DominantNewLine(content);
        var vCalendar = lines.Any(l => l.Name == "VERSION" && l.UpperValue == "1.0");

        var output = new List<byte>(content.Length + 64);
        int alarms = 0, rules = 0, methods = 0;
        var transparent = new HashSet<int>();

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var owner = tree.Owner[i];

            if (edits.MakeTransparent)
            {
                foreach (var ev in tree.InsertBefore(i))
                {
                    AppendFolded(Encoding.ASCII.GetBytes(vCalendar ? "TRANSP:1" : "TRANSP:TRANSPARENT"), newLine, output);
                    transparent.Add(ev);
                }
            }

            if (edits.StripAlarms)
            {
                if (tree.InAlarm(i))
                {
                    if (line.Name == "BEGIN" && tree.Name(tree.Opened[i]) == "VALARM")
                    {
                        alarms++;
                    }
                    continue;
                }
                if (AlarmProperties.Contains(line.Name) && owner >= 0)
                {
                    alarms++;
                    continue;
                }
            }

            if (edits.RemoveMethod && line.Name == "METHOD" && owner >= 0 && tree.Parent(owner) < 0)
            {
                methods++;
                continue;
            }

            if (edits.CapInstances is { } max && line.Name == "RRULE" && owner >= 0 && !TimeZoneParts.Contains(tree.Name(owner)) && line.HasValue)
            {
                var capped = RecurrenceCap.Cap(Encoding.UTF8.GetString(line.Value), max, tree.Start(owner));
                if (capped is not null)
                {
                    Replace(line, content, Encoding.UTF8.GetBytes(capped), newLine, output);
                    rules++;
                    continue;
                }
            }

            if (edits.MakeTransparent && owner >= 0 && tree.Name(owner) == "VEVENT" && line.HasValue)
            {
                var wanted = line.Name switch
                {
                    "TRANSP" => vCalendar ? "1" : "TRANSPARENT",
                    // Outlook shows free/busy from these, not from TRANSP.
                    "X-MICROSOFT-CDO-BUSYSTATUS" or "X-MICROSOFT-CDO-INTENDEDSTATUS" => "FREE",
                    _ => null,
                };
                if (wanted is not null && line.UpperValue != wanted)
                {
                    Replace(line, content, Encoding.ASCII.GetBytes(wanted), newLine, output);
                    transparent.Add(owner);
                    continue;
                }
            }

            output.AddRange(content[line.Start..line.End]);
        }

        if (edits.MakeTransparent)
        {
            // VEVENTs never closed: add the line at the very end.
            foreach (var ev in tree.InsertBefore(lines.Count))
            {
                if (output.Count > 0 && output[^1] is not ((byte)'\n' or (byte)'\r'))
                {
                    output.AddRange(newLine);
                }
                AppendFolded(Encoding.ASCII.GetBytes(vCalendar ? "TRANSP:1" : "TRANSP:TRANSPARENT"), newLine, output);
                transparent.Add(ev);
            }
        }

        var result = new CalendarEditResult([.. output], alarms, rules, transparent.Count, methods);
        return result.Changed ? result : result with { Content = original };
    }

    private static void Replace(ContentLine line, ReadOnlySpan<byte> content, byte[] value, byte[] fallbackNewLine, List<byte> output)
    {
        var newLine = line.TerminatorLength == 0 ? [] : content.Slice(line.End - line.TerminatorLength, line.TerminatorLength).ToArray();
        var text = new byte[line.ValueStart + value.Length];
        line.Head.CopyTo(text);
        value.CopyTo(text.AsSpan(line.ValueStart));
        if (newLine.Length == 0)
        {
            // The last line had no line break; keep it that way.
            CalendarWriter.AppendFolded(text, fallbackNewLine, output);
            output.RemoveRange(output.Count - fallbackNewLine.Length, fallbackNewLine.Length);
            return;
        }
        CalendarWriter.AppendFolded(text, newLine, output);
    }

    private static void AppendFolded(byte[] line, byte[] newLine, List<byte> output) => CalendarWriter.AppendFolded(line, newLine, output);

    private static byte[] DominantNewLine(ReadOnlySpan<byte> content)
    {
        int crlf = 0, lf = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                if (i > 0 && content[i - 1] == '\r')
                {
                    crlf++;
                }
                else
                {
                    lf++;
                }
            }
        }
        return lf > crlf ? "\n"u8.ToArray() : "\r\n"u8.ToArray();
    }

    /// <summary>The component structure of a part, line by line, built once.</summary>
    private sealed class Structure
    {
        private readonly List<string> _names = [];
        private readonly List<int> _parents = [];
        private readonly List<string?> _starts = [];
        private readonly Dictionary<int, List<int>> _insertions = [];

        private Structure(int lines)
        {
            Owner = new int[lines];
            Opened = new int[lines];
            Closed = new int[lines];
        }

        /// <summary>The component a line sits in (-1 outside any); for BEGIN the parent, for END the component it closes.</summary>
        public int[] Owner { get; }

        /// <summary>For BEGIN lines, the component opened; otherwise -1.</summary>
        public int[] Opened { get; }

        /// <summary>For END lines, the component closed by name; otherwise -1.</summary>
        public int[] Closed { get; }

        public string Name(int id) => _names[id];

        public int Parent(int id) => _parents[id];

        public string? Start(int id) => _starts[id];

        /// <summary>The VEVENTs without TRANSP, whose TRANSP must be added before line <paramref name="line"/>.</summary>
        public IEnumerable<int> InsertBefore(int line) => _insertions.TryGetValue(line, out var list) ? list : [];

        /// <summary>True when the line belongs to a VALARM (its BEGIN, its content, its own END).</summary>
        public bool InAlarm(int line)
        {
            var id = Opened[line] >= 0 ? Opened[line] : Closed[line] >= 0 ? Closed[line] : Owner[line];
            for (var c = id; c >= 0; c = _parents[c])
            {
                if (_names[c] == "VALARM")
                {
                    return true;
                }
            }
            return false;
        }

        public static Structure Build(List<ContentLine> lines)
        {
            var s = new Structure(lines.Count);
            var stack = new List<int>();
            var firstChild = new Dictionary<int, int>();
            var ends = new Dictionary<int, int>();
            var withTransp = new HashSet<int>();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var top = stack.Count > 0 ? stack[^1] : -1;
                s.Opened[i] = -1;
                s.Closed[i] = -1;
                s.Owner[i] = top;
                if (line.Name == "BEGIN" && line.HasValue)
                {
                    var id = s._names.Count;
                    s._names.Add(line.UpperValue);
                    s._parents.Add(top);
                    s._starts.Add(null);
                    s.Opened[i] = id;
                    if (top >= 0)
                    {
                        firstChild.TryAdd(top, i);
                    }
                    stack.Add(id);
                }
                else if (line.Name == "END" && line.HasValue)
                {
                    var name = line.UpperValue;
                    var at = stack.FindLastIndex(c => s._names[c] == name);
                    if (at >= 0)
                    {
                        s.Closed[i] = stack[at];
                        s.Owner[i] = stack[at];
                        for (var k = stack.Count - 1; k >= at; k--)
                        {
                            ends.TryAdd(stack[k], i);
                            stack.RemoveAt(k);
                        }
                    }
                }
                else if (line.Name == "TRANSP" && top >= 0)
                {
                    withTransp.Add(top);
                }
                else if (line.Name == "DTSTART" && top >= 0 && line.HasValue)
                {
                    s._starts[top] ??= Encoding.ASCII.GetString(line.Value.Trim(" \t"u8));
                }
            }
            for (var id = 0; id < s._names.Count; id++)
            {
                if (s._names[id] != "VEVENT" || withTransp.Contains(id))
                {
                    continue;
                }
                // Properties come before sub-components (RFC 5545 §3.6.1), so TRANSP goes before the first BEGIN inside.
                var at = firstChild.TryGetValue(id, out var child) ? child : ends.TryGetValue(id, out var end) ? end : lines.Count;
                if (!s._insertions.TryGetValue(at, out var list))
                {
                    s._insertions[at] = list = [];
                }
                list.Add(id);
            }
            return s;
        }
    }
}
