using Calguard.Analysis;
using Calguard.Analysis.Rules.Learned;
using Calguard.Scoring;

namespace Calguard.Core.Tests.Reputation;

/// <summary>Informational signals (DNS_TIMEOUT, REP_UNAVAILABLE) stay in the verdict with score 0; a scored signal switched off does not.</summary>
public sealed class NoticeTests
{
    [Fact]
    public void ANoticeIsExplainedButScoresNothing()
    {
        var hits = new HitList(new Dictionary<string, double> { ["REP_IP_SPAM"] = 0 });
        hits.Add(DnsListSignals.Timeout, "zen.example: no answer within 500 ms");
        hits.Add(ReputationSignals.Unavailable, "reputation store: no answer within 250 ms");
        hits.Add(ReputationSignals.IpSpam, "switched off by the operator");
        hits.Add(DnsListSignals.IpListed, "45.33.12.7 listed in zen.example (127.0.0.2)");
        var verdict = Scorer.Score(hits.Hits, ScoringOptions.Default);
        Assert.Equal(3.0, verdict.Score);
        Assert.Equal(["DNSBL_LISTED", "DNS_TIMEOUT", "REP_UNAVAILABLE"], verdict.Hits.Select(h => h.Name).Order(StringComparer.Ordinal));
        Assert.All(verdict.Hits.Where(h => h.Notice), h => Assert.Equal(0.0, h.Score));
    }
}
