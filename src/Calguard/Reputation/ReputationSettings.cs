using Calguard.Host.Configuration;
using Calguard.Reputation;

namespace Calguard.Host.Reputation;

/// <summary>
/// The settings of reputation (section <c>Calguard:Reputation</c>): the evidence model and how the host runs it.
/// docs/configuration.md and docs/reputation.md explain every key.
/// </summary>
public sealed record ReputationSettings
{
    /// <summary>Learn from verdicts and reports and add the reputation signals. On by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The evidence model.</summary>
    public ReputationOptions Model { get; init; } = ReputationOptions.Default;

    /// <summary>The longest a scan waits for the store; beyond it the scan goes on without reputation (REP_UNAVAILABLE).</summary>
    public TimeSpan LookupBudget { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a node reuses evidence it read (its own writes refresh it at once; other nodes' after this).</summary>
    public TimeSpan CacheTtl { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most entities a node keeps in its read cache.</summary>
    public int CacheSize { get; init; } = 100_000;

    /// <summary>How often verdict evidence queued by scans is written (one transaction for all of it).</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The most scans whose evidence may wait for the next flush; beyond it evidence is dropped (and counted), never the scan slowed.</summary>
    public int QueueSize { get; init; } = 65_536;

    /// <summary>Entities untouched for this long are deleted. Default 12 half-lives (their evidence is then below 1/4000).</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(360);

    /// <summary>How often old entities are purged.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Reads <c>Calguard:Reputation</c>.</summary>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static ReputationSettings From(IConfiguration configuration)
    {
        var s = configuration.GetSection("Calguard:Reputation");
        var d = new ReputationSettings();
        var m = ReputationOptions.Default;
        var halfLife = ConfigurationValues.Interval(s, "HalfLife") ?? m.HalfLife;
        var model = new ReputationOptions
        {
            HalfLife = halfLife,
            VerdictSpamWeight = ConfigurationValues.NonNegative(s, "VerdictSpamWeight") ?? m.VerdictSpamWeight,
            VerdictCleanWeight = ConfigurationValues.NonNegative(s, "VerdictCleanWeight") ?? m.VerdictCleanWeight,
            UserReportWeight = ConfigurationValues.NonNegative(s, "UserReportWeight") ?? m.UserReportWeight,
            AdminReportWeight = ConfigurationValues.NonNegative(s, "AdminReportWeight") ?? m.AdminReportWeight,
            MinReportWeight = ConfigurationValues.NonNegative(s, "MinReportWeight") ?? m.MinReportWeight,
            MinVerdictEvidence = ConfigurationValues.NonNegative(s, "MinVerdictEvidence") ?? m.MinVerdictEvidence,
            ThresholdGrace = ConfigurationValues.Interval(s, "ThresholdGrace", allowZero: true) ?? m.ThresholdGrace,
            SpamRatio = ConfigurationValues.NonNegative(s, "SpamRatio") is { } ratio
                ? ratio is > 0 and < 1 ? ratio : throw new FormatException($"Calguard:Reputation:SpamRatio must be between 0 and 1, not {ratio}")
                : m.SpamRatio,
            GoodMinAge = ConfigurationValues.Interval(s, "GoodMinAge", allowZero: true) ?? m.GoodMinAge,
            GoodMinHam = ConfigurationValues.NonNegative(s, "GoodMinHam") ?? m.GoodMinHam,
            SharedDomains = ConfigurationValues.Strings(s, "SharedDomains").Select(x => x.Trim().TrimEnd('.').ToLowerInvariant()).ToArray(),
        };
        return new ReputationSettings
        {
            Enabled = ConfigurationValues.Bool(s, "Enabled") ?? d.Enabled,
            Model = model,
            LookupBudget = ConfigurationValues.Interval(s, "LookupBudget") ?? d.LookupBudget,
            CacheTtl = ConfigurationValues.Interval(s, "CacheTtl", allowZero: true) ?? d.CacheTtl,
            CacheSize = ConfigurationValues.Positive(s, "CacheSize") ?? d.CacheSize,
            FlushInterval = ConfigurationValues.Interval(s, "FlushInterval") ?? d.FlushInterval,
            QueueSize = ConfigurationValues.Positive(s, "QueueSize") ?? d.QueueSize,
            Retention = ConfigurationValues.Interval(s, "Retention") ?? halfLife * 12,
            PurgeInterval = ConfigurationValues.Interval(s, "PurgeInterval") ?? d.PurgeInterval,
        };
    }
}
