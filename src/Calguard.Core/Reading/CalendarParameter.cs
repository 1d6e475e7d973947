namespace Calguard.Reading;

/// <summary>One property parameter, e.g. <c>CN="Jane Doe"</c> or <c>MEMBER="a","b"</c>.</summary>
/// <param name="Name">The parameter name, upper-cased.</param>
/// <param name="Values">The values with quotes removed and RFC 6868 caret escapes decoded.</param>
public sealed record CalendarParameter(string Name, IReadOnlyList<string> Values)
{
    /// <summary>The first value, or the empty string.</summary>
    public string Value => Values.Count > 0 ? Values[0] : string.Empty;
}
