namespace Calguard.Scoring;

/// <summary>Thresholds, group caps and score overrides (configuration section <c>Calguard:Scoring</c>).</summary>
public sealed record ScoringOptions
{
    /// <summary>The defaults documented in docs/rules.md.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Score at which an invitation is suspicious. Default 5.</summary>
    public double SuspiciousThreshold { get; init; } = 5.0;

    /// <summary>Score at which an invitation is spam. Default 7.5 (calibrated on the development corpora: docs/quality.md).</summary>
    public double SpamThreshold { get; init; } = 7.5;

    /// <summary>The most a group can add (positive side); negative hits are not capped.</summary>
    public IReadOnlyDictionary<string, double> GroupCaps { get; init; } = new Dictionary<string, double>
    {
        // Below the suspicious threshold: a failed or missing authentication is one fact that several signals report
        // (DMARC, DKIM, SPF, nothing passed, organizer not authenticated), and forwarded, list and small-firm mail
        // fails it legitimately; it takes some other evidence to make an invitation suspicious.
        ["transport"] = 4.5,
        ["imip"] = 6.0,
        ["payload"] = 7.0,
        ["audience"] = 5.0,
        ["content"] = 15.0,
        ["malformation"] = 5.0,
        ["learned"] = 10.0,
        ["composite"] = 5.0,
    };

    /// <summary>Per-signal score overrides (name → score); a score of 0 switches a signal off.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; init; } = new Dictionary<string, double>();
}
