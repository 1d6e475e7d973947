using Calguard.Analysis;

namespace Calguard.Scoring;

/// <summary>A verdict that explains itself: its hits sum to its score.</summary>
/// <param name="Kind">clean, suspicious or spam.</param>
/// <param name="Score">The summed score, rounded to two decimals.</param>
/// <param name="Hits">The hits, largest first; after group caps their scores still sum to <paramref name="Score"/>.</param>
public sealed record Verdict(VerdictKind Kind, double Score, IReadOnlyList<Hit> Hits)
{
    /// <summary>The lower-case name used in JSON and headers.</summary>
    public string Name => Kind switch
    {
        VerdictKind.Spam => "spam",
        VerdictKind.Suspicious => "suspicious",
        _ => "clean",
    };
}
