namespace Calguard.Analysis;

/// <summary>Settings for the analysis stage; the defaults are what <c>docs/rules.md</c> documents.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>How far ahead recurrence and placement rules look. Default two years.</summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(730);

    /// <summary>Events starting further ahead than this are "far future". Default one year.</summary>
    public TimeSpan FarFuture { get; init; } = TimeSpan.FromDays(365);

    /// <summary>Events starting further ahead than this are "very far future". Default five years.</summary>
    public TimeSpan VeryFarFuture { get; init; } = TimeSpan.FromDays(5 * 365);

    /// <summary>CPU-time budget for one event's recurrence analysis (see <c>RecurrenceLimits.Budget</c>). A safety net: the iteration limit
    /// binds first (about 1 ms), so only a stalled computation reaches it, and then the figures are lower bounds that are not held against the rule.</summary>
    public TimeSpan RecurrenceBudget { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Events whose text is read for content rules.</summary>
    public int MaxEventsForContent { get; init; } = 50;

    /// <summary>Characters of each text that content rules read.</summary>
    public int MaxTextChars { get; init; } = 200_000;

    /// <summary>
    /// Whether the seed classifier (a model trained on Calguard's labelled corpus and shipped inside it) speaks:
    /// BAYES_SEED_SPAM / BAYES_SEED_HAM. It steps aside whenever the operator's own trained classifier has spoken.
    /// </summary>
    public bool SeedClassifier { get; init; } = true;

    /// <summary>The operator's own domains (same organisation): mail from them is internal.</summary>
    public IReadOnlyCollection<string> LocalDomains { get; init; } = [];
}
