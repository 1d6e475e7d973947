namespace Calguard.CalDav;

/// <summary>A CalDAV time range (RFC 4791 §9.9); either end may be open.</summary>
/// <param name="Start">Inclusive start, or <see langword="null"/> for open.</param>
/// <param name="End">Exclusive end, or <see langword="null"/> for open.</param>
public sealed record TimeRange(DateTimeOffset? Start, DateTimeOffset? End)
{
    internal static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
