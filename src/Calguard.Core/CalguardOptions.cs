using Calguard.Analysis;
using Calguard.Reading;
using Calguard.Scoring;

namespace Calguard;

/// <summary>The engine's settings: reading limits and trust, analysis, scoring. Bound from configuration section <c>Calguard</c>.</summary>
public sealed record CalguardOptions
{
    /// <summary>The defaults.</summary>
    public static CalguardOptions Default { get; } = new();

    /// <summary>Reading limits and the trusted authserv-ids.</summary>
    public ReadOptions Reading { get; init; } = ReadOptions.Default;

    /// <summary>Analysis settings.</summary>
    public AnalysisOptions Analysis { get; init; } = AnalysisOptions.Default;

    /// <summary>Thresholds and scores.</summary>
    public ScoringOptions Scoring { get; init; } = ScoringOptions.Default;
}
