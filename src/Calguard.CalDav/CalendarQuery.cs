namespace Calguard.CalDav;

/// <summary>The filter of a <c>calendar-query</c> REPORT (RFC 4791 §7.8).</summary>
/// <remarks>The default selects every object of every component type.</remarks>
public sealed record CalendarQuery
{
    /// <summary>Restrict to objects holding this component (e.g. <c>VEVENT</c>). Required with <see cref="TimeRange"/>.</summary>
    public string? Component { get; init; }

    /// <summary>Restrict to objects overlapping this range. Implies <see cref="Component"/> = VEVENT when unset.</summary>
    public TimeRange? TimeRange { get; init; }

    /// <summary>Restrict to objects whose component has this UID (exact, <c>i;octet</c>).</summary>
    public string? Uid { get; init; }
}
