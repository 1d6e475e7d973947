using System.Globalization;
using Calguard.Analysis;
using Calguard.Analysis.Rules.Learned;

namespace Calguard.Reputation;

/// <summary>
/// Turns stored evidence into reputation hits. Pure: the host looks the evidence up and puts the hits into
/// <see cref="ExternalFacts.Hits"/>.
/// </summary>
/// <remarks>
/// Poisoning defences, each a test: one reporter counts once (<see cref="ReputationCounts.SpamWeight"/> is capped per
/// reporter), so a few reports from one recipient convict nobody; reports speak only from
/// <see cref="ReputationOptions.MinReportWeight"/> on, and only as a share of all evidence, so a big sender with
/// thousands of clean deliveries shrugs off a handful of complaints; clean verdicts weigh 1/25 of a spam verdict and
/// the good signal is small, needs age and vanishes at the first spam report, so warming an identity buys little.
/// </remarks>
public static class ReputationJudge
{
    /// <summary>The hits for <paramref name="subjects"/>, given their evidence already decayed to <paramref name="now"/>.</summary>
    /// <param name="subjects">The invitation's subjects.</param>
    /// <param name="evidence">Evidence by subject (missing subjects have none).</param>
    /// <param name="now">The current time (for the age of an identity).</param>
    /// <param name="options">The weights.</param>
    public static IReadOnlyList<(Signal Signal, string Detail, double Factor)> Judge(ReputationSubjects subjects,
        IReadOnlyDictionary<ReputationSubject, ReputationEvidence> evidence, DateTimeOffset now, ReputationOptions options)
    {
        var hits = new List<(Signal, string, double)>();
        void Strongest(Signal signal, IEnumerable<ReputationSubject> candidates)
        {
            (string Detail, double Factor)? best = null;
            var convicted = 0;
            foreach (var subject in candidates)
            {
                if (evidence.TryGetValue(subject, out var e) && Spam(subject, e, options) is { } hit)
                {
                    convicted++;
                    if (best is null || hit.Factor > best.Value.Factor)
                    {
                        best = hit;
                    }
                }
            }
            if (best is { } b)
            {
                hits.Add((signal, convicted > 1 ? $"{b.Detail} (and {convicted - 1} more)" : b.Detail, b.Factor));
            }
        }

        if (subjects.Organizer is { } organizer)
        {
            // An unverified organizer answers for spam sent in its name, verified or not.
            Strongest(ReputationSignals.OrganizerSpam, organizer.Kind == ReputationKinds.UnverifiedOrganizer
                ? [organizer, new ReputationSubject(ReputationKinds.Organizer, organizer.Key)]
                : [organizer]);
            if (organizer.Kind == ReputationKinds.Organizer && hits.Count == 0 && evidence.TryGetValue(organizer, out var own) &&
                Good(organizer, own, now, options) is { } good)
            {
                hits.Add((ReputationSignals.OrganizerGood, good.Detail, good.Factor));
            }
        }
        Strongest(ReputationSignals.DkimSpam, subjects.Dkim);
        var before = hits.Count;
        if (subjects.Ip is { } ip)
        {
            Strongest(ReputationSignals.IpSpam, [ip]);
        }
        // The network's evidence includes the address's own; count it only for a neighbour.
        if (hits.Count == before && subjects.Network is { } network)
        {
            Strongest(ReputationSignals.NetworkSpam, [network]);
        }
        Strongest(ReputationSignals.LinkSpam, subjects.Links);
        return hits;
    }

    /// <summary>A spam verdict on one entity's evidence, or null when it does not speak.</summary>
    public static (string Detail, double Factor)? Spam(ReputationSubject subject, ReputationEvidence evidence, ReputationOptions options)
    {
        var c = evidence.Counts;
        var verdictSpam = c.SpamVerdicts * options.VerdictSpamWeight;
        var grace = Grace(options);
        if (c.SpamWeight < options.MinReportWeight * grace && verdictSpam < options.MinVerdictEvidence * grace)
        {
            return null;
        }
        var spam = c.SpamWeight + verdictSpam;
        var ham = c.HamWeight + c.CleanVerdicts * options.VerdictCleanWeight;
        var ratio = spam / (spam + ham + options.Prior);
        if (ratio < options.SpamRatio)
        {
            return null;
        }
        // Full confidence at 90 % spam with the default ratio; strength half at EvidenceScale, growing with evidence.
        var confidence = Math.Min(1.0, (ratio - options.SpamRatio) / ((1.0 - options.SpamRatio) * 0.8));
        var strength = spam / (spam + options.EvidenceScale);
        var factor = Math.Round(confidence * strength, 2);
        return factor < 0.05 ? null : (Describe(subject, c, options), factor);
    }

    /// <summary>The good verdict on an authenticated organizer's evidence, or null.</summary>
    public static (string Detail, double Factor)? Good(ReputationSubject subject, ReputationEvidence evidence, DateTimeOffset now, ReputationOptions options)
    {
        var c = evidence.Counts;
        var ham = c.HamWeight + c.CleanVerdicts * options.VerdictCleanWeight;
        var age = now - evidence.FirstSeen;
        if (subject.Kind != ReputationKinds.Organizer || age < options.GoodMinAge || ham < options.GoodMinHam * Grace(options) ||
            c.SpamWeight >= 0.5 || c.SpamReporters >= 0.5 || c.SpamVerdicts * options.VerdictSpamWeight > 0.1 * ham)
        {
            return null;
        }
        var factor = Math.Round(Math.Min(1.0, ham / options.GoodFullHam), 2);
        return (Describe(subject, c, options) + $", first seen {Number(age.TotalDays)} d ago", factor);
    }

    // The minimums are met by evidence that has decayed by at most ThresholdGrace.
    private static double Grace(ReputationOptions options) => ReputationCounts.Decay(options.ThresholdGrace, options.HalfLife);

    private static string Describe(ReputationSubject subject, ReputationCounts c, ReputationOptions options)
    {
        var parts = new List<string>();
        if (c.SpamReports >= 0.05)
        {
            parts.Add($"{Number(c.SpamReports)} spam reports from {Number(c.SpamReporters)} reporters");
        }
        if (c.HamReports >= 0.05)
        {
            parts.Add($"{Number(c.HamReports)} not-spam reports from {Number(c.HamReporters)} reporters");
        }
        if (c.Deliveries >= 0.05)
        {
            parts.Add($"{Number(c.SpamVerdicts)} of {Number(c.Deliveries)} deliveries judged spam, {Number(c.CleanVerdicts)} clean");
        }
        return $"{Noun(subject.Kind)} {subject.Key}: {string.Join(", ", parts)}; half-life {Number(options.HalfLife.TotalDays)} d";
    }

    private static string Noun(string kind) => kind switch
    {
        ReputationKinds.Organizer => "organizer",
        ReputationKinds.UnverifiedOrganizer => "unauthenticated organizer",
        ReputationKinds.Dkim => "DKIM domain",
        ReputationKinds.Ip => "source IP",
        ReputationKinds.Network => "source network",
        ReputationKinds.Link => "link domain",
        _ => kind,
    };

    // Decayed counts are fractional; whole numbers read better once they are large.
    private static string Number(double value) => value.ToString(value >= 10 ? "0" : "0.#", CultureInfo.InvariantCulture);
}
