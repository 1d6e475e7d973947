using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Calguard.Reading;

/// <summary>
/// Reads iCalendar (RFC 5545) and vCalendar 1.0 data into a component tree. It never throws on bad input
/// and never loops unbounded: everything it cannot read becomes an <see cref="Anomaly"/>.
/// </summary>
/// <remarks>
/// Works on bytes: lines are unfolded before decoding, so a fold that splits a UTF-8 sequence (allowed by
/// RFC 5545 §3.1) decodes correctly. Accepts CRLF, bare LF and bare CR line ends, mixed-case names, quoted
/// parameters with RFC 6868 caret escapes, vCalendar quoted-printable soft line breaks, and undeclared
/// Latin-1 (recorded as <see cref="AnomalyKind.InvalidUtf8"/>).
/// </remarks>
public static class CalendarReader
{
    /// <summary>Reads one calendar part.</summary>
    /// <param name="data">The decoded bytes of the part.</param>
    /// <param name="limits">Bounds; <see cref="ReaderLimits.Default"/> when null.</param>
    /// <param name="charset">The declared charset, or null for UTF-8 (or ISO-2022, recognised by its escapes).</param>
    public static CalendarReadResult Read(ReadOnlySpan<byte> data, ReaderLimits? limits = null, Encoding? charset = null)
    {
        limits ??= ReaderLimits.Default;
        if (charset is null || charset.CodePage == Encoding.ASCII.CodePage)
        {
            charset = Iso2022.Sniff(data) ?? charset;
        }
        var builder = new Builder(limits, charset);

        if (data.Length > limits.MaxBytes)
        {
            builder.Note(AnomalyKind.LimitExceeded, 0, $"calendar part of {data.Length} bytes; only the first {limits.MaxBytes} were read");
            builder.LimitHit = true;
            data = data[..limits.MaxBytes];
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            builder.Note(AnomalyKind.ByteOrderMark, 1, "UTF-8 byte-order mark");
            data = data[3..];
        }

        byte[]? folded = null;
        var foldedLength = 0;
        var pendingStart = -1;
        var pendingLength = 0;
        var pendingLine = 0;
        var pendingInBuffer = false;
        var lineNo = 0;
        var pos = 0;
        var sawLf = false;
        var sawCr = false;

        try
        {
            while (pos < data.Length && !builder.Stopped)
            {
                var rest = data[pos..];
                var eol = rest.IndexOfAny((byte)'\r', (byte)'\n');
                int lineLength, advance;
                if (eol < 0)
                {
                    lineLength = rest.Length;
                    advance = rest.Length;
                }
                else
                {
                    lineLength = eol;
                    if (rest[eol] == '\r')
                    {
                        if (eol + 1 < rest.Length && rest[eol + 1] == '\n')
                        {
                            advance = eol + 2;
                        }
                        else
                        {
                            advance = eol + 1;
                            if (!sawCr)
                            {
                                builder.Note(AnomalyKind.BareCarriageReturn, lineNo + 1, "line ended with CR alone");
                                sawCr = true;
                            }
                        }
                    }
                    else
                    {
                        advance = eol + 1;
                        if (!sawLf)
                        {
                            builder.Note(AnomalyKind.BareLineFeed, lineNo + 1, "line ended with LF alone");
                            sawLf = true;
                        }
                    }
                }

                var lineStart = pos;
                pos += advance;
                lineNo++;
                if (lineNo > limits.MaxLines)
                {
                    builder.Note(AnomalyKind.LimitExceeded, lineNo, $"more than {limits.MaxLines} lines; the rest was not read");
                    builder.LimitHit = true;
                    break;
                }

                var line = data.Slice(lineStart, lineLength);
                if (line.Length == 0)
                {
                    Flush(data);
                    if (pos < data.Length && data[pos..].IndexOfAnyExcept((byte)'\r', (byte)'\n') >= 0)
                    {
                        builder.Note(AnomalyKind.EmptyLine, lineNo, "empty line");
                    }
                    continue;
                }

                if (line[0] is (byte)' ' or (byte)'\t')
                {
                    if (pendingStart < 0)
                    {
                        builder.Note(AnomalyKind.ContentOutsideCalendar, lineNo, "continuation line without a line to continue");
                        continue;
                    }
                    AppendContinuation(data, line[1..]);
                    continue;
                }

                // vCalendar 1.0: a quoted-printable value continues after a soft line break ("=" at the end).
                if (pendingStart >= 0 && EndsWithSoftBreak(data))
                {
                    TrimSoftBreak();
                    AppendContinuation(data, line);
                    continue;
                }

                Flush(data);
                pendingStart = lineStart;
                pendingLength = lineLength;
                pendingLine = lineNo;
                pendingInBuffer = false;
            }
            if (!builder.Stopped)
            {
                Flush(data);
            }
        }
        finally
        {
            if (folded is not null)
            {
                ArrayPool<byte>.Shared.Return(folded);
            }
        }

        return builder.Finish(Math.Min(pos, data.Length), lineNo);

        void AppendContinuation(ReadOnlySpan<byte> all, ReadOnlySpan<byte> more)
        {
            if (!pendingInBuffer)
            {
                EnsureCapacity(pendingLength + more.Length);
                all.Slice(pendingStart, pendingLength).CopyTo(folded);
                foldedLength = pendingLength;
                pendingInBuffer = true;
            }
            if (foldedLength + more.Length > limits.MaxLineLength)
            {
                // Keep consuming the folded line but stop growing it; Flush reports the limit.
                foldedLength = limits.MaxLineLength + 1;
                return;
            }
            EnsureCapacity(foldedLength + more.Length);
            more.CopyTo(folded.AsSpan(foldedLength));
            foldedLength += more.Length;
        }

        void EnsureCapacity(int needed)
        {
            needed = Math.Min(needed, limits.MaxLineLength + 1);
            if (folded is null)
            {
                folded = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 1024));
            }
            else if (folded.Length < needed)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, folded.Length * 2));
                folded.AsSpan(0, foldedLength).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(folded);
                folded = bigger;
            }
        }

        bool EndsWithSoftBreak(ReadOnlySpan<byte> all)
        {
            var current = pendingInBuffer ? folded.AsSpan(0, Math.Min(foldedLength, folded!.Length)) : all.Slice(pendingStart, pendingLength);
            if (current.Length == 0 || current[^1] != '=')
            {
                return false;
            }
            var colon = current.IndexOf((byte)':');
            return colon > 0 && ContainsIgnoreCase(current[..colon], "quoted-printable"u8);
        }

        void TrimSoftBreak()
        {
            if (pendingInBuffer)
            {
                foldedLength--;
            }
            else
            {
                pendingLength--;
            }
        }

        void Flush(ReadOnlySpan<byte> all)
        {
            if (pendingStart < 0)
            {
                return;
            }
            if (pendingInBuffer)
            {
                if (foldedLength > limits.MaxLineLength)
                {
                    builder.Note(AnomalyKind.LimitExceeded, pendingLine, $"content line longer than {limits.MaxLineLength} bytes was skipped");
                    builder.LimitHit = true;
                }
                else
                {
                    builder.ProcessLine(folded.AsSpan(0, foldedLength), pendingLine);
                }
            }
            else if (pendingLength > limits.MaxLineLength)
            {
                builder.Note(AnomalyKind.LimitExceeded, pendingLine, $"content line longer than {limits.MaxLineLength} bytes was skipped");
                builder.LimitHit = true;
            }
            else
            {
                builder.ProcessLine(all.Slice(pendingStart, pendingLength), pendingLine);
            }
            pendingStart = -1;
            pendingInBuffer = false;
            foldedLength = 0;
        }
    }

    internal static bool ContainsIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = 0; i + lowerNeedle.Length <= haystack.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, lowerNeedle.Length), lowerNeedle))
            {
                return true;
            }
        }
        return false;
    }

    private sealed class Builder(ReaderLimits limits, Encoding? charset)
    {
        private readonly List<CalendarComponent> _roots = [];
        private readonly List<CalendarComponent> _stack = [];
        private readonly List<Anomaly> _anomalies = [];
        private readonly Dictionary<AnomalyKind, int> _counts = [];
        private readonly List<CalendarParameter> _parameters = [];
        private readonly bool _utf8 = charset is null || charset.CodePage == Encoding.UTF8.CodePage;
        private readonly bool _escapeIsText = Iso2022.Is(charset);
        private int _components;
        private int _properties;
        private int _skipDepth;
        private bool _warnedOutside;
        private bool _warnedUtf8;
        private bool _warnedControl;
        private bool _warnedNul;

        public bool LimitHit { get; set; }

        public bool Stopped { get; private set; }

        public void Note(AnomalyKind kind, int line, string detail)
        {
            _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
            if (_anomalies.Count < limits.MaxAnomalies)
            {
                _anomalies.Add(new Anomaly(kind, line, detail));
            }
        }

        private void DropAttendee(CalendarComponent component, int lineNo)
        {
            if (component.DroppedAttendees++ == 0)
            {
                Note(AnomalyKind.LimitExceeded, lineNo, $"more than {limits.MaxAttendees} attendees in {component.Name}; the rest were not kept");
                LimitHit = true;
            }
        }

        public void ProcessLine(ReadOnlySpan<byte> line, int lineNo)
        {
            // Name: up to ';' or ':'.
            var i = 0;
            while (i < line.Length && IsNameByte(line[i]))
            {
                i++;
            }
            ReadOnlySpan<byte> name;
            if (i == line.Length)
            {
                Note(AnomalyKind.MissingColon, lineNo, $"line without a colon: {Preview(line)}");
                return;
            }
            if (i == 0 || (line[i] != ':' && line[i] != ';'))
            {
                // Recover "DTSTART :..." (whitespace in the name) but reject binary junk.
                var sep = line.IndexOfAny((byte)':', (byte)';');
                if (sep <= 0)
                {
                    Note(AnomalyKind.MissingColon, lineNo, $"line without a name and colon: {Preview(line)}");
                    return;
                }
                var trimmed = line[..sep].Trim(" \t"u8);
                if (trimmed.Length == 0 || trimmed.IndexOfAnyExcept(NameBytes) >= 0)
                {
                    Note(AnomalyKind.InvalidName, lineNo, $"invalid property name: {Preview(line[..sep])}");
                    return;
                }
                Note(AnomalyKind.InvalidName, lineNo, $"whitespace in property name: {Preview(line[..sep])}");
                name = trimmed;
                i = sep;
            }
            else
            {
                name = line[..i];
            }
            // Attendees past the limit are only counted: a sprayed list of 100,000 must not cost a parse each.
            if (_stack.Count > 0 && _stack[^1].KeptAttendees >= limits.MaxAttendees && Ascii.EqualsIgnoreCase(name, "ATTENDEE"u8))
            {
                DropAttendee(_stack[^1], lineNo);
                return;
            }

            // Parameters.
            _parameters.Clear();
            var parameterLimitNoted = false;
            while (i < line.Length && line[i] == ';')
            {
                i++;
                var start = i;
                while (i < line.Length && line[i] != '=' && line[i] != ';' && line[i] != ':')
                {
                    i++;
                }
                var pname = line[start..i].Trim(" \t"u8);
                if (i >= line.Length)
                {
                    Note(AnomalyKind.MissingColon, lineNo, $"line ends inside its parameters: {Preview(line)}");
                    return;
                }
                if (line[i] != '=')
                {
                    // vCalendar 1.0 allows a bare value such as "QUOTED-PRINTABLE" or "WORK".
                    if (pname.Length > 0 && pname.IndexOfAnyExcept(NameBytes) < 0)
                    {
                        AddParameter(Upper(pname), [Decode(pname, lineNo)], lineNo, ref parameterLimitNoted);
                    }
                    else
                    {
                        Note(AnomalyKind.InvalidParameter, lineNo, $"parameter without a value: {Preview(pname)}");
                    }
                    continue;
                }
                if (pname.Length == 0 || pname.IndexOfAnyExcept(NameBytes) >= 0)
                {
                    Note(AnomalyKind.InvalidParameter, lineNo, $"invalid parameter name: {Preview(pname)}");
                }
                i++; // '='
                // Nearly every parameter has one value: a list only from the second on.
                string? value1 = null;
                List<string>? values = null;
                while (true)
                {
                    if (i < line.Length && line[i] == '"')
                    {
                        var close = line[(i + 1)..].IndexOf((byte)'"');
                        if (close < 0)
                        {
                            Note(AnomalyKind.InvalidParameter, lineNo, "unterminated quoted parameter value");
                            // Recover at the next colon after the opening quote.
                            var colon = line[(i + 1)..].IndexOf((byte)':');
                            if (colon < 0)
                            {
                                return;
                            }
                            AddValue(ref value1, ref values, Caret(Decode(line.Slice(i + 1, colon), lineNo)));
                            i = i + 1 + colon;
                            break;
                        }
                        AddValue(ref value1, ref values, Caret(Decode(line.Slice(i + 1, close), lineNo)));
                        i += close + 2;
                    }
                    else
                    {
                        var start2 = i;
                        while (i < line.Length && line[i] != ',' && line[i] != ';' && line[i] != ':')
                        {
                            if (line[i] == '"')
                            {
                                Note(AnomalyKind.InvalidParameter, lineNo, "quote inside an unquoted parameter value");
                            }
                            i++;
                        }
                        AddValue(ref value1, ref values, Caret(Decode(line[start2..i], lineNo)));
                    }
                    if (i < line.Length && line[i] == ',')
                    {
                        i++;
                        continue;
                    }
                    break;
                }
                if (i < line.Length && line[i] != ';' && line[i] != ':')
                {
                    Note(AnomalyKind.InvalidParameter, lineNo, $"junk after a quoted parameter value: {Preview(line[i..])}");
                    var next = line[i..].IndexOfAny((byte)';', (byte)':');
                    if (next < 0)
                    {
                        return;
                    }
                    i += next;
                }
                if (pname.Length > 0)
                {
                    AddParameter(Upper(pname), values ?? (value1 is null ? [] : [value1]), lineNo, ref parameterLimitNoted);
                }
            }

            if (i >= line.Length || line[i] != ':')
            {
                Note(AnomalyKind.MissingColon, lineNo, $"line without a value: {Preview(line)}");
                return;
            }
            var rawValue = line[(i + 1)..];
            var upperName = Upper(name);

            if (upperName == "BEGIN")
            {
                Begin(rawValue, lineNo);
                return;
            }
            if (upperName == "END")
            {
                End(rawValue, lineNo);
                return;
            }
            if (_skipDepth > 0)
            {
                return;
            }
            if (_stack.Count == 0)
            {
                if (!_warnedOutside)
                {
                    Note(AnomalyKind.ContentOutsideCalendar, lineNo, $"property outside any component: {Preview(line)}");
                    _warnedOutside = true;
                }
                return;
            }
            if (++_properties > limits.MaxProperties)
            {
                Note(AnomalyKind.LimitExceeded, lineNo, $"more than {limits.MaxProperties} properties; the rest was not read");
                LimitHit = true;
                Stopped = true;
                return;
            }
            var current = _stack[^1];
            if (upperName == "ATTENDEE")
            {
                if (current.KeptAttendees >= limits.MaxAttendees)
                {
                    DropAttendee(current, lineNo);
                    return;
                }
                current.KeptAttendees++;
            }

            var parameters = _parameters.Count == 0 ? null : _parameters.ToArray();
            string value;
            if (parameters is not null && IsQuotedPrintable(parameters))
            {
                value = DecodeQuotedPrintable(rawValue, parameters, lineNo);
            }
            else
            {
                value = Decode(rawValue, lineNo);
            }
            current.Add(new CalendarProperty(upperName, parameters, value, lineNo));
        }

        private static void AddValue(ref string? first, ref List<string>? more, string value)
        {
            if (more is not null)
            {
                more.Add(value);
            }
            else if (first is null)
            {
                first = value;
            }
            else
            {
                more = [first, value];
            }
        }

        private void AddParameter(string name, IReadOnlyList<string> values, int lineNo, ref bool noted)
        {
            if (_parameters.Count >= limits.MaxParameters)
            {
                if (!noted)
                {
                    Note(AnomalyKind.LimitExceeded, lineNo, $"more than {limits.MaxParameters} parameters on one property");
                    LimitHit = true;
                    noted = true;
                }
                return;
            }
            _parameters.Add(new CalendarParameter(name, values));
        }

        private void Begin(ReadOnlySpan<byte> rawName, int lineNo)
        {
            if (_skipDepth > 0)
            {
                _skipDepth++;
                return;
            }
            var trimmed = rawName.Trim(" \t"u8);
            string name;
            if (trimmed.Length == 0 || trimmed.IndexOfAnyExcept(NameBytes) >= 0)
            {
                Note(AnomalyKind.InvalidName, lineNo, $"invalid component name: {Preview(trimmed)}");
                name = "X-INVALID";
            }
            else
            {
                name = Upper(trimmed);
            }

            if (_stack.Count >= limits.MaxNesting)
            {
                Note(AnomalyKind.LimitExceeded, lineNo, $"components nested deeper than {limits.MaxNesting}; the inner ones were skipped");
                LimitHit = true;
                _skipDepth = 1;
                return;
            }
            if (++_components > limits.MaxComponents)
            {
                Note(AnomalyKind.LimitExceeded, lineNo, $"more than {limits.MaxComponents} components; the rest was not read");
                LimitHit = true;
                Stopped = true;
                return;
            }
            if (name == "VALARM" && _stack.Count > 0)
            {
                var parent = _stack[^1];
                if (parent.Alarms++ >= limits.MaxAlarms)
                {
                    if (parent.Alarms == limits.MaxAlarms + 1)
                    {
                        Note(AnomalyKind.LimitExceeded, lineNo, $"more than {limits.MaxAlarms} alarms in {parent.Name}; the rest were skipped");
                        LimitHit = true;
                        parent.Add(new CalendarComponent("X-CALGUARD-DROPPED-ALARMS", lineNo));
                    }
                    _skipDepth = 1;
                    return;
                }
            }

            var component = new CalendarComponent(name, lineNo);
            if (_stack.Count == 0)
            {
                if (name != "VCALENDAR")
                {
                    Note(AnomalyKind.ContentOutsideCalendar, lineNo, $"{name} outside a VCALENDAR");
                }
                _roots.Add(component);
            }
            else
            {
                _stack[^1].Add(component);
            }
            _stack.Add(component);
        }

        private void End(ReadOnlySpan<byte> rawName, int lineNo)
        {
            if (_skipDepth > 0)
            {
                _skipDepth--;
                return;
            }
            var trimmed = rawName.Trim(" \t"u8);
            var name = trimmed.Length == 0 || trimmed.IndexOfAnyExcept(NameBytes) >= 0 ? "X-INVALID" : Upper(trimmed);
            if (_stack.Count == 0)
            {
                Note(AnomalyKind.UnbalancedEnd, lineNo, $"END:{name} without a BEGIN");
                return;
            }
            if (_stack[^1].Name == name)
            {
                _stack[^1].IsClosed = true;
                _stack.RemoveAt(_stack.Count - 1);
                return;
            }
            var at = _stack.FindLastIndex(c => c.Name == name);
            if (at < 0)
            {
                Note(AnomalyKind.UnbalancedEnd, lineNo, $"END:{name} while {_stack[^1].Name} is open");
                return;
            }
            for (var k = _stack.Count - 1; k > at; k--)
            {
                Note(AnomalyKind.MissingEnd, lineNo, $"{_stack[k].Name} was not closed before END:{name}");
                _stack.RemoveAt(k);
            }
            _stack[^1].IsClosed = true;
            _stack.RemoveAt(_stack.Count - 1);
        }

        public CalendarReadResult Finish(int bytes, int lines)
        {
            foreach (var open in _stack)
            {
                Note(AnomalyKind.MissingEnd, lines, $"{open.Name} (line {open.Line}) was never closed");
            }
            _stack.Clear();
            var calendars = 0;
            foreach (var r in _roots)
            {
                if (r.Name == "VCALENDAR")
                {
                    calendars++;
                }
            }
            if (calendars > 1)
            {
                Note(AnomalyKind.MultipleCalendars, 0, $"{calendars} VCALENDAR objects in one part");
            }
            if (_roots.Count == 0)
            {
                Note(AnomalyKind.NoCalendar, 0, "no calendar component found");
            }
            return new CalendarReadResult(_roots, _anomalies, _counts, bytes, lines, LimitHit);
        }

        private string Decode(ReadOnlySpan<byte> value, int lineNo)
        {
            if (value.IsEmpty)
            {
                return string.Empty;
            }
            CheckControls(value, lineNo);
            if (!_utf8)
            {
                return charset!.GetString(value);
            }
            if (value.Length <= MaxCommonValueLength && CommonValue(value) is { } common)
            {
                return common;
            }
            if (Ascii.IsValid(value) || Utf8.IsValid(value))
            {
                return Encoding.UTF8.GetString(value);
            }
            if (!_warnedUtf8)
            {
                Note(AnomalyKind.InvalidUtf8, lineNo, "bytes that are not UTF-8; read as Windows-1252");
                _warnedUtf8 = true;
            }
            return Latin1Fallback.GetString(value);
        }

        private void CheckControls(ReadOnlySpan<byte> value, int lineNo)
        {
            var at = value.IndexOfAnyInRange((byte)0, (byte)0x1F);
            while (at >= 0)
            {
                var b = value[at];
                if (b == 0)
                {
                    if (!_warnedNul)
                    {
                        Note(AnomalyKind.NulByte, lineNo, "NUL byte in a value");
                        _warnedNul = true;
                    }
                }
                else if (b != '\t' && !(_escapeIsText && b is 0x1B or 0x0E or 0x0F) && !_warnedControl)
                {
                    Note(AnomalyKind.ControlCharacter, lineNo, $"control character 0x{b:X2} in a value");
                    _warnedControl = true;
                }
                if (_warnedNul && _warnedControl)
                {
                    return;
                }
                var next = value[(at + 1)..].IndexOfAnyInRange((byte)0, (byte)0x1F);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        private string DecodeQuotedPrintable(ReadOnlySpan<byte> value, CalendarParameter[] parameters, int lineNo)
        {
            var buffer = new byte[value.Length];
            var w = 0;
            for (var r = 0; r < value.Length; r++)
            {
                var b = value[r];
                if (b == '=' && r + 2 < value.Length && IsHex(value[r + 1]) && IsHex(value[r + 2]))
                {
                    buffer[w++] = (byte)(HexValue(value[r + 1]) << 4 | HexValue(value[r + 2]));
                    r += 2;
                    continue;
                }
                buffer[w++] = b;
            }
            var declared = parameters.FirstOrDefault(p => p.Name == "CHARSET")?.Value;
            if (declared is not null && !declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    CheckControls(buffer.AsSpan(0, w), lineNo);
                    return Encoding.GetEncoding(declared).GetString(buffer, 0, w);
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException)
                {
                    // UTF-7 is disabled in .NET and a known filter-evasion charset; treat it like an unknown one.
                    Note(AnomalyKind.InvalidValue, lineNo, $"unsupported CHARSET={declared}");
                }
            }
            return Decode(buffer.AsSpan(0, w), lineNo);
        }

        private static bool IsQuotedPrintable(CalendarParameter[] parameters)
        {
            foreach (var p in parameters)
            {
                if ((p.Name == "ENCODING" && p.Value.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase)) || p.Name == "QUOTED-PRINTABLE")
                {
                    return true;
                }
            }
            return false;
        }

        private static string Caret(string value)
        {
            if (!value.Contains('^'))
            {
                return value;
            }
            // One pass, left to right: chained Replace calls would turn "^^n" (a caret, then n) into "^" + newline.
            var sb = new StringBuilder(value.Length);
            for (var k = 0; k < value.Length; k++)
            {
                var c = value[k];
                if (c == '^' && k + 1 < value.Length && value[k + 1] is 'n' or '\'' or '^')
                {
                    sb.Append(value[++k] switch { '\'' => '"', '^' => '^', _ => '\n' });
                    continue;
                }
                sb.Append(c);
            }
            return sb.ToString();
        }

        private static string Preview(ReadOnlySpan<byte> bytes)
        {
            var n = Math.Min(bytes.Length, 60);
            var chars = new char[n];
            for (var k = 0; k < n; k++)
            {
                var b = bytes[k];
                chars[k] = b is >= 0x20 and < 0x7F ? (char)b : '?';
            }
            return bytes.Length > n ? new string(chars) + "…" : new string(chars);
        }
    }

    private static readonly Encoding Latin1Fallback = CreateWindows1252();

    private static Encoding CreateWindows1252()
    {
        try
        {
            return Encoding.GetEncoding(1252);
        }
        catch (Exception)
        {
            return Encoding.Latin1;
        }
    }

    private static readonly SearchValues<byte> NameBytes =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"u8);

    private static bool IsNameByte(byte b) => NameBytes.Contains(b);

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'F' or >= (byte)'a' and <= (byte)'f';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    // The known names by length, then by their first letter: Upper compares the bytes against these (ASCII, case-insensitive)
    // before it makes a string, so a known name costs no upper-casing, hashing or allocation.
    private static readonly KnownText[][][] KnownNamesByLength = ByLengthAndFirst(CreateKnownNames().Keys, 27, n => Bucket((byte)n[0]));

    // A known string and its ASCII bytes, which are compared with a vectorised SequenceEqual.
    private readonly record struct KnownText(byte[] Bytes, string Text);

    private static KnownText[][][] ByLengthAndFirst(IEnumerable<string> texts, int buckets, Func<string, int> bucket)
    {
        var all = texts.ToArray();
        var longest = all.Max(n => n.Length);
        var table = new KnownText[longest + 1][][];
        for (var length = 0; length <= longest; length++)
        {
            var row = new KnownText[buckets][];
            for (var b = 0; b < buckets; b++)
            {
                row[b] = all.Where(n => n.Length == length && bucket(n) == b).Select(n => new KnownText(Encoding.ASCII.GetBytes(n), n)).ToArray();
            }
            table[length] = row;
        }
        return table;
    }

    // 0-25 for a letter (either case), 26 for anything else.
    private static int Bucket(byte first)
    {
        var letter = (first | 0x20) - 'a';
        return (uint)letter < 26 ? letter : 26;
    }

    private static Dictionary<string, string> CreateKnownNames()
    {
        string[] names =
        [
            "BEGIN", "END", "VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM", "STANDARD", "DAYLIGHT",
            "VERSION", "PRODID", "METHOD", "CALSCALE", "UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "DUE", "DURATION",
            "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "ORGANIZER", "ATTENDEE", "RRULE", "RDATE", "EXDATE", "EXRULE",
            "RECURRENCE-ID", "STATUS", "TRANSP", "CLASS", "PRIORITY", "CREATED", "LAST-MODIFIED", "CATEGORIES", "ATTACH",
            "CONFERENCE", "TRIGGER", "ACTION", "REPEAT", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "X-ALT-DESC",
            "CN", "ROLE", "PARTSTAT", "RSVP", "CUTYPE", "SENT-BY", "VALUE", "FMTTYPE", "ENCODING", "LANGUAGE", "RELATED",
            "ALTREP", "DELEGATED-TO", "DELEGATED-FROM", "MEMBER", "SCHEDULE-AGENT", "SCHEDULE-STATUS", "X-NUM-GUESTS",
            "CHARSET", "FILENAME", "X-FILENAME", "GEO", "COMMENT", "CONTACT", "RELATED-TO", "RESOURCES", "REQUEST-STATUS",
            "X-WR-CALNAME", "X-WR-TIMEZONE", "X-LIC-LOCATION", "X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-INTENDEDSTATUS",
            "X-MICROSOFT-CDO-ALLDAYEVENT", "X-MICROSOFT-CDO-IMPORTANCE", "X-MICROSOFT-CDO-INSTTYPE", "X-MICROSOFT-CDO-APPT-SEQUENCE",
            "X-MICROSOFT-CDO-OWNERAPPTID", "X-MICROSOFT-DISALLOW-COUNTER", "X-MICROSOFT-DONOTFORWARDMEETING",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE", "X-MICROSOFT-LOCATIONS", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
            "X-MICROSOFT-SKYPETEAMSPROPERTIES", "X-MICROSOFT-ONLINEMEETINGCONFLINK", "X-MICROSOFT-ONLINEMEETINGINFORMATION",
            "X-APPLE-STRUCTURED-LOCATION", "X-GOOGLE-CONFERENCE", "X-MOZ-GENERATION", "X-MOZ-LASTACK", "ACKNOWLEDGED",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "X-WR-ALARMUID", "TZURL", "COLOR", "IMAGE", "X-EXPECT-NUMEVENTS",
        ];
        var d = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
        foreach (var n in names)
        {
            d[n] = n;
        }
        return d;
    }

    // Values that most invitations carry (methods, statuses, roles, offsets, booleans): read as the same string each time.
    private const int MaxCommonValueLength = 32;

    private static readonly KnownText[][][] CommonValuesByLength = ByLengthAndFirst(CreateCommonValues(), 128, v => v[0]);

    private static string[] CreateCommonValues()
    {
        string[] values =
        [
            "REQUEST", "REPLY", "CANCEL", "PUBLISH", "COUNTER", "REFRESH", "ADD", "2.0", "1.0", "GREGORIAN", "PUBLIC", "PRIVATE",
            "CONFIDENTIAL", "OPAQUE", "TRANSPARENT", "CONFIRMED", "TENTATIVE", "CANCELLED", "BUSY", "FREE", "OOF", "TRUE", "FALSE",
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "DISPLAY", "AUDIO", "EMAIL", "REMINDER", "Reminder", "This is an event reminder",
            "REQ-PARTICIPANT", "OPT-PARTICIPANT", "NON-PARTICIPANT", "CHAIR", "NEEDS-ACTION", "ACCEPTED", "DECLINED", "DELEGATED",
            "INDIVIDUAL", "GROUP", "RESOURCE", "ROOM", "UNKNOWN", "START", "END", "DATE", "DATE-TIME", "URI", "BINARY", "BASE64",
            "en-US", "en-us", "en-GB", "de-DE", "fr-FR", "text/html", "text/plain", "[]", "UTC", "Etc/UTC", "Z",
            "-PT5M", "-PT10M", "-PT15M", "-PT30M", "-PT1H", "-P1D", "PT0S", "-PT0S", "+0000", "-0000", "+0100", "+0200", "+0300",
            "-0300", "-0400", "-0500", "-0600", "-0700", "-0800", "+0530", "+0800", "+0900", "+1000", "CET", "CEST", "EST", "EDT",
            "PST", "PDT", "GMT", "BST", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York", "America/Chicago",
            "America/Los_Angeles", "Asia/Tokyo",
        ];
        return values;
    }

    private static string? CommonValue(ReadOnlySpan<byte> value)
    {
        if (value[0] >= 128 || value.Length >= CommonValuesByLength.Length)
        {
            return null;
        }
        foreach (var common in CommonValuesByLength[value.Length][value[0]])
        {
            if (value.SequenceEqual(common.Bytes))
            {
                return common.Text;
            }
        }
        return null;
    }

    private static string Upper(ReadOnlySpan<byte> name)
    {
        if (name.Length > 0 && name.Length < KnownNamesByLength.Length)
        {
            foreach (var known in KnownNamesByLength[name.Length][Bucket(name[0])])
            {
                if (name.SequenceEqual(known.Bytes) || Ascii.EqualsIgnoreCase(name, known.Bytes))
                {
                    return known.Text;
                }
            }
        }
        Span<char> chars = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        for (var k = 0; k < name.Length; k++)
        {
            var b = name[k];
            chars[k] = (char)(b is >= (byte)'a' and <= (byte)'z' ? b - 32 : b);
        }
        return new string(chars);
    }
}
