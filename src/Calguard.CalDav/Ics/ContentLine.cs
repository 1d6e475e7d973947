namespace Calguard.CalDav.Ics;

/// <summary>
/// One logical iCalendar content line (RFC 5545 §3.1): a physical line plus its folded continuations, with the
/// character range it spans in the original text (line terminators included).
/// </summary>
/// <param name="Start">Offset of the first character of the first physical line.</param>
/// <param name="Length">Length up to and including the last line terminator.</param>
/// <param name="Unfolded">The line with folds removed and without terminator.</param>
internal readonly record struct ContentLine(int Start, int Length, string Unfolded)
{
    /// <summary>The property name (before the first ';' or ':'), upper-cased.</summary>
    public string Name
    {
        get
        {
            var end = Unfolded.AsSpan().IndexOfAny(';', ':');
            return (end < 0 ? Unfolded : Unfolded[..end]).Trim().ToUpperInvariant();
        }
    }

    /// <summary>The value: what follows the first ':' outside double quotes.</summary>
    public string Value
    {
        get
        {
            var quoted = false;
            for (var i = 0; i < Unfolded.Length; i++)
            {
                var c = Unfolded[i];
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ':' && !quoted)
                {
                    return Unfolded[(i + 1)..];
                }
            }

            return string.Empty;
        }
    }

    /// <summary>True for <c>BEGIN:name</c> (case-insensitive).</summary>
    public bool IsBegin(string component) => Name == "BEGIN" && Value.Trim().Equals(component, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for <c>END:name</c> (case-insensitive).</summary>
    public bool IsEnd(string component) => Name == "END" && Value.Trim().Equals(component, StringComparison.OrdinalIgnoreCase);
}
