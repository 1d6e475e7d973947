using Calguard.Analysis;

namespace Calguard.Scoring;

/// <summary>Sums hits into a verdict, capping each group so one family cannot decide alone.</summary>
public static class Scorer
{
    /// <summary>Scores <paramref name="hits"/>.</summary>
    public static Verdict Score(IReadOnlyList<Hit> hits, ScoringOptions options)
    {
        var result = new List<Hit>(hits.Count);
        // Zero-score hits are dropped (a score of 0 switches a signal off), except notices: signals that score nothing by
        // design and explain (a recipient's silent block REPORT_UID_BLOCKED, a DNS_TIMEOUT).
        foreach (var group in hits.Where(h => h.Score != 0 || h.Notice).GroupBy(h => h.Group))
        {
            var positive = group.Where(h => h.Score > 0).ToList();
            var sum = positive.Sum(h => h.Score);
            if (options.GroupCaps.TryGetValue(group.Key, out var cap) && sum > cap)
            {
                // Scale the group's hits so the shown scores still add up (unlike a hidden cap).
                var factor = cap / sum;
                result.AddRange(positive.Select(h => h with { Score = Math.Round(h.Score * factor, 2) }));
            }
            else
            {
                result.AddRange(positive);
            }
            result.AddRange(group.Where(h => h.Score <= 0));
        }
        result.Sort((a, b) => Math.Abs(b.Score).CompareTo(Math.Abs(a.Score)));
        var score = Math.Round(result.Sum(h => h.Score), 2);
        var kind = score >= options.SpamThreshold ? VerdictKind.Spam
            : score >= options.SuspiciousThreshold ? VerdictKind.Suspicious
            : VerdictKind.Clean;
        return new Verdict(kind, score, result);
    }
}
