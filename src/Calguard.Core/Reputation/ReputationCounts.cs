namespace Calguard.Reputation;

/// <summary>
/// The evidence about one entity, each number a sum of contributions that halve every half-life. Stored as of one
/// instant; <see cref="Decay"/> carries it forward. Also used as the delta one write adds.
/// </summary>
/// <param name="Deliveries">Invitations delivered (one per recipient) that carried the entity.</param>
/// <param name="SpamVerdicts">Deliveries judged spam without counting reputation itself (so a verdict cannot feed on its own score).</param>
/// <param name="CleanVerdicts">Deliveries judged clean, likewise.</param>
/// <param name="SpamReports">Spam reports received, every one counted (for the explanation).</param>
/// <param name="SpamWeight">Spam report weight, at most one report's weight per reporter (user 1, admin more).</param>
/// <param name="SpamReporters">Distinct reporters behind <see cref="SpamWeight"/>.</param>
/// <param name="HamReports">Not-spam reports received.</param>
/// <param name="HamWeight">Not-spam report weight, capped per reporter like <see cref="SpamWeight"/>.</param>
/// <param name="HamReporters">Distinct reporters behind <see cref="HamWeight"/>.</param>
public readonly record struct ReputationCounts(
    double Deliveries = 0,
    double SpamVerdicts = 0,
    double CleanVerdicts = 0,
    double SpamReports = 0,
    double SpamWeight = 0,
    double SpamReporters = 0,
    double HamReports = 0,
    double HamWeight = 0,
    double HamReporters = 0)
{
    /// <summary>Adds two sets of counts taken at the same instant.</summary>
    public static ReputationCounts operator +(ReputationCounts a, ReputationCounts b) => new(
        a.Deliveries + b.Deliveries, a.SpamVerdicts + b.SpamVerdicts, a.CleanVerdicts + b.CleanVerdicts,
        a.SpamReports + b.SpamReports, a.SpamWeight + b.SpamWeight, a.SpamReporters + b.SpamReporters,
        a.HamReports + b.HamReports, a.HamWeight + b.HamWeight, a.HamReporters + b.HamReporters);

    /// <summary>Every number multiplied by <paramref name="factor"/>.</summary>
    public ReputationCounts Scale(double factor) => new(
        Deliveries * factor, SpamVerdicts * factor, CleanVerdicts * factor, SpamReports * factor, SpamWeight * factor,
        SpamReporters * factor, HamReports * factor, HamWeight * factor, HamReporters * factor);

    /// <summary>The factor that <paramref name="elapsed"/> time applies: ½ per half-life, 1 for no or negative time (clock skew between nodes).</summary>
    public static double Decay(TimeSpan elapsed, TimeSpan halfLife) =>
        elapsed <= TimeSpan.Zero || halfLife <= TimeSpan.Zero ? 1.0 : Math.Pow(2.0, -elapsed.TotalMilliseconds / halfLife.TotalMilliseconds);
}
