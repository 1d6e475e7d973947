using Calguard.Analysis.Rules.Learned;
using Calguard.Reputation;

namespace Calguard.Core.Tests.Reputation;

/// <summary>The judge: when stored evidence speaks, how loudly, and the poisoning defences (R14, R24).</summary>
public sealed class ReputationJudgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReputationOptions Options = ReputationOptions.Default;
    private static readonly ReputationSubject Organizer = new(ReputationKinds.Organizer, "mallory@spam.example");

    private static ReputationSubjects With(ReputationSubject organizer) => new(organizer, [], null, null, []);

    private static IReadOnlyList<(Calguard.Analysis.Signal Signal, string Detail, double Factor)> Judge(ReputationSubjects subjects, params (ReputationSubject, ReputationCounts, TimeSpan Age)[] evidence) =>
        ReputationJudge.Judge(subjects, evidence.ToDictionary(e => e.Item1, e => new ReputationEvidence(e.Item2, Now - e.Age, Now)), Now, Options);

    [Fact]
    public void ReportsFromThreeRecipientsConvictAndTheDetailGivesTheEvidence()
    {
        var hits = Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: 14, SpamWeight: 9, SpamReporters: 9, HamReports: 2, HamWeight: 2, HamReporters: 2), TimeSpan.FromDays(3)));
        var hit = Assert.Single(hits);
        Assert.Equal(ReputationSignals.OrganizerSpam, hit.Signal);
        Assert.Equal("organizer mallory@spam.example: 14 spam reports from 9 reporters, 2 not-spam reports from 2 reporters; half-life 30 d", hit.Detail);
        Assert.InRange(hit.Factor, 0.3, 0.8);
    }

    [Fact]
    public void OneRecipientCannotConvictHoweverOftenItReports()
    {
        // The store caps one reporter at one report's weight; many reports only raise the raw count.
        Assert.Empty(Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: 25, SpamWeight: 1, SpamReporters: 1), TimeSpan.FromDays(1))));
        Assert.Empty(Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: 2, SpamWeight: 2, SpamReporters: 2), TimeSpan.FromDays(1))));
    }

    [Fact]
    public void ReportsAFewDaysApartStillMeetTheMinimumButTwoFreshOnesDoNot()
    {
        // Three reports, 0, 2 and 5 days old: decay has already taken a little of each (2.82 in all), yet they convict.
        var decayed = new[] { 0, 2, 5 }.Sum(days => ReputationCounts.Decay(TimeSpan.FromDays(days), Options.HalfLife));
        Assert.True(decayed < Options.MinReportWeight);
        Assert.Single(Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: decayed, SpamWeight: decayed, SpamReporters: decayed), TimeSpan.FromDays(5))));
        // An operator's report a second old (2.9999…) still speaks; two users' brand-new reports still do not.
        var admin = Options.AdminReportWeight * ReputationCounts.Decay(TimeSpan.FromSeconds(1), Options.HalfLife);
        Assert.Single(Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: 1, SpamWeight: admin, SpamReporters: 1), TimeSpan.FromDays(1))));
        Assert.Empty(Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: 2, SpamWeight: 2, SpamReporters: 2), TimeSpan.Zero)));
    }

    [Fact]
    public void AnOperatorsReportWeighsLikeThreeUsers()
    {
        var admin = Options.AdminReportWeight;
        Assert.Single(Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: 1, SpamWeight: admin, SpamReporters: 1), TimeSpan.FromDays(1))));
    }

    [Fact]
    public void ABigSenderShrugsOffAFewComplaintsButNotAHighComplaintRate()
    {
        // 10,000 clean deliveries: 30 complaints (0.3 %) say nothing, 300 (3 %) convict.
        Assert.Empty(Judge(With(Organizer), (Organizer, new ReputationCounts(Deliveries: 10_000, CleanVerdicts: 10_000, SpamReports: 30, SpamWeight: 30, SpamReporters: 30), TimeSpan.FromDays(400))));
        var hit = Assert.Single(Judge(With(Organizer), (Organizer, new ReputationCounts(Deliveries: 10_000, CleanVerdicts: 10_000, SpamReports: 300, SpamWeight: 300, SpamReporters: 300), TimeSpan.FromDays(400))));
        Assert.Equal(ReputationSignals.OrganizerSpam, hit.Signal);
    }

    [Fact]
    public void MoreEvidenceScoresMore()
    {
        double Factor(int reporters) => Assert.Single(Judge(With(Organizer), (Organizer, new ReputationCounts(SpamReports: reporters, SpamWeight: reporters, SpamReporters: reporters), TimeSpan.FromDays(1)))).Factor;
        Assert.True(Factor(3) < Factor(6));
        Assert.True(Factor(6) < Factor(30));
        Assert.True(Factor(30) <= 1.0);
    }

    [Fact]
    public void SpamVerdictsAloneSpeakOnlyInNumbers()
    {
        Assert.Empty(Judge(With(Organizer), (Organizer, new ReputationCounts(Deliveries: 3, SpamVerdicts: 3), TimeSpan.FromDays(1))));
        Assert.Single(Judge(With(Organizer), (Organizer, new ReputationCounts(Deliveries: 40, SpamVerdicts: 40), TimeSpan.FromDays(1))));
    }

    [Fact]
    public void WarmingAnIdentityEarnsAModestCreditThatTheFirstSpamReportTakesAway()
    {
        // A month of 5,000 clean deliveries: the most it buys is REP_ORGANIZER_GOOD's -1.
        var warmed = new ReputationCounts(Deliveries: 5000, CleanVerdicts: 5000);
        var good = Assert.Single(Judge(With(Organizer), (Organizer, warmed, TimeSpan.FromDays(30))));
        Assert.Equal(ReputationSignals.OrganizerGood, good.Signal);
        Assert.Equal(-1.0, good.Signal.Score * good.Factor);
        Assert.Contains("first seen 30 d ago", good.Detail);

        // Too young, or one spam report, or a burst of spam verdicts: no credit.
        Assert.Empty(Judge(With(Organizer), (Organizer, warmed, TimeSpan.FromDays(3))));
        Assert.Empty(Judge(With(Organizer), (Organizer, warmed with { SpamReports = 1, SpamWeight = 1, SpamReporters = 1 }, TimeSpan.FromDays(30))));
        Assert.Empty(Judge(With(Organizer), (Organizer, warmed with { Deliveries = 5200, SpamVerdicts = 200 }, TimeSpan.FromDays(30))));
    }

    [Fact]
    public void AForgedOrganizerIsCondemnedByTheRealOnesSpamButNotHelpedByItsGoodName()
    {
        var forged = new ReputationSubject(ReputationKinds.UnverifiedOrganizer, Organizer.Key);
        var clean = new ReputationCounts(Deliveries: 5000, CleanVerdicts: 5000);
        Assert.Empty(Judge(With(forged), (Organizer, clean, TimeSpan.FromDays(60))));
        var spam = new ReputationCounts(SpamReports: 5, SpamWeight: 5, SpamReporters: 5);
        Assert.Equal(ReputationSignals.OrganizerSpam, Assert.Single(Judge(With(forged), (Organizer, spam, TimeSpan.FromDays(60)))).Signal);
        // And spam forged in someone's name never reaches their authenticated invitations.
        Assert.Empty(Judge(With(Organizer), (forged, spam, TimeSpan.FromDays(60))));
    }

    [Fact]
    public void TheNetworkSpeaksOnlyForANeighbourOfAConvictedAddress()
    {
        var ip = new ReputationSubject(ReputationKinds.Ip, "45.33.12.7");
        var net = new ReputationSubject(ReputationKinds.Network, "45.33.12.0/24");
        var spam = new ReputationCounts(SpamReports: 6, SpamWeight: 6, SpamReporters: 6);
        var subjects = new ReputationSubjects(null, [], ip, net, []);
        Assert.Equal([ReputationSignals.IpSpam], Judge(subjects, (ip, spam, TimeSpan.FromDays(1)), (net, spam, TimeSpan.FromDays(1))).Select(h => h.Signal));
        Assert.Equal([ReputationSignals.NetworkSpam], Judge(subjects, (net, spam, TimeSpan.FromDays(1))).Select(h => h.Signal));
    }

    [Fact]
    public void TheStrongestLinkSpeaksAndTheOthersAreCounted()
    {
        var a = new ReputationSubject(ReputationKinds.Link, "prize-claim.example");
        var b = new ReputationSubject(ReputationKinds.Link, "wallet-drain.example");
        var hit = Assert.Single(Judge(new ReputationSubjects(null, [], null, null, [a, b]),
            (a, new ReputationCounts(SpamReports: 4, SpamWeight: 4, SpamReporters: 4), TimeSpan.FromDays(1)),
            (b, new ReputationCounts(SpamReports: 20, SpamWeight: 20, SpamReporters: 20), TimeSpan.FromDays(1))));
        Assert.Equal(ReputationSignals.LinkSpam, hit.Signal);
        Assert.StartsWith("link domain wallet-drain.example: 20 spam reports", hit.Detail);
        Assert.EndsWith("(and 1 more)", hit.Detail);
    }

    [Fact]
    public void EvidenceHalvesEveryHalfLife()
    {
        var evidence = new ReputationEvidence(new ReputationCounts(SpamWeight: 8, Deliveries: 2), Now, Now);
        var later = evidence.DecayedTo(Now + TimeSpan.FromDays(60), TimeSpan.FromDays(30));
        Assert.Equal(2.0, later.Counts.SpamWeight, 9);
        Assert.Equal(0.5, later.Counts.Deliveries, 9);
        Assert.Equal(Now, later.FirstSeen);
        // A clock behind the row (another node's) never inflates evidence.
        Assert.Equal(8.0, evidence.DecayedTo(Now - TimeSpan.FromDays(1), TimeSpan.FromDays(30)).Counts.SpamWeight);
    }

    [Fact]
    public void VerdictEvidenceIgnoresReputationsOwnHits()
    {
        var scoring = Calguard.Scoring.ScoringOptions.Default;
        Calguard.Scoring.Verdict Verdict(params (string Group, double Score)[] hits) =>
            new(Calguard.Scoring.VerdictKind.Spam, hits.Sum(h => h.Score), hits.Select((h, i) => new Calguard.Analysis.Hit("X" + i, h.Group, h.Score, "")).ToArray());
        // 5 from content plus 4 from reputation is spam to the scorer, but not spam evidence: no self-reinforcement.
        var counts = VerdictEvidence.Counts(Verdict(("content", 5), ("learned", 4)), 3, scoring);
        Assert.Equal(new ReputationCounts(Deliveries: 3), counts);
        Assert.Equal(new ReputationCounts(Deliveries: 2, SpamVerdicts: 2), VerdictEvidence.Counts(Verdict(("content", 9)), 2, scoring));
        Assert.Equal(new ReputationCounts(Deliveries: 1, CleanVerdicts: 1), VerdictEvidence.Counts(Verdict(("content", 1)), 0, scoring));
    }
}
