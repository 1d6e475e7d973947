namespace Calguard.Reading;

/// <summary>A problem found while reading, kept as evidence rather than thrown.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Line">The 1-based line in the calendar part, or 0 when not line-bound.</param>
/// <param name="Detail">A short human-readable description.</param>
public sealed record Anomaly(AnomalyKind Kind, int Line, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{Kind} (line {Line}): {Detail}" : $"{Kind}: {Detail}";
}
