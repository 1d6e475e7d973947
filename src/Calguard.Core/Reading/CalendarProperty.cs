namespace Calguard.Reading;

/// <summary>One unfolded content line: name, parameters and the raw (still escaped) value.</summary>
public sealed class CalendarProperty
{
    private static readonly CalendarParameter[] NoParameters = [];

    internal CalendarProperty(string name, CalendarParameter[]? parameters, string value, int line)
    {
        Name = name;
        Parameters = parameters ?? NoParameters;
        RawValue = value;
        Line = line;
    }

    /// <summary>The property name, upper-cased (names are case-insensitive, RFC 5545 §3.1).</summary>
    public string Name { get; }

    /// <summary>The parameters in the order they appeared.</summary>
    public IReadOnlyList<CalendarParameter> Parameters { get; }

    /// <summary>The value exactly as written after the colon (TEXT escapes not yet decoded).</summary>
    public string RawValue { get; }

    /// <summary>The 1-based line where the property started.</summary>
    public int Line { get; }

    /// <summary>The value with TEXT escapes (<c>\n \, \; \\</c>) decoded.</summary>
    public string Text => TextValue.Unescape(RawValue);

    /// <summary>Returns the first value of a parameter, or null when absent.</summary>
    public string? GetParameter(string name)
    {
        foreach (var p in Parameters)
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}:{RawValue}";
}
