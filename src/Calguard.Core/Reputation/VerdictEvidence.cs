using Calguard.Analysis.Rules;
using Calguard.Scoring;

namespace Calguard.Reputation;

/// <summary>What one scanned message teaches about its entities.</summary>
public static class VerdictEvidence
{
    /// <summary>
    /// The counts a verdict adds: every delivery, and each as spam or clean by the score <em>without</em> the learned
    /// group, so reputation never feeds on its own hits (a false positive must not lock itself in).
    /// </summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="deliveries">Recipients it was delivered to (at least 1).</param>
    /// <param name="scoring">The thresholds.</param>
    public static ReputationCounts Counts(Verdict verdict, int deliveries, ScoringOptions scoring)
    {
        var n = Math.Max(1, deliveries);
        var score = verdict.Score - verdict.Hits.Where(h => h.Group == Groups.Learned).Sum(h => h.Score);
        return new ReputationCounts(
            Deliveries: n,
            SpamVerdicts: score >= scoring.SpamThreshold ? n : 0,
            CleanVerdicts: score < scoring.SuspiciousThreshold ? n : 0);
    }
}
