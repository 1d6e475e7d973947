namespace Calguard.Reputation;

/// <summary>
/// How evidence is weighed and when it speaks (configuration section <c>Calguard:Reputation</c>; docs/reputation.md
/// explains each choice). The defaults make reports convict at roughly a 1 % complaint rate over clean traffic, the
/// rate at which large mailbox providers start to act.
/// </summary>
public sealed record ReputationOptions
{
    /// <summary>The defaults.</summary>
    public static ReputationOptions Default { get; } = new();

    /// <summary>Every piece of evidence counts half as much after this long. Default 30 days.</summary>
    public TimeSpan HalfLife { get; init; } = TimeSpan.FromDays(30);

    /// <summary>What one delivery judged spam adds to the spam side. Light: the rules already scored it.</summary>
    public double VerdictSpamWeight { get; init; } = 0.25;

    /// <summary>What one delivery judged clean adds to the ham side. Very light: most unknown spam is judged clean too.</summary>
    public double VerdictCleanWeight { get; init; } = 0.01;

    /// <summary>What one user's report weighs, at most once per reporter and entity at any time.</summary>
    public double UserReportWeight { get; init; } = 1.0;

    /// <summary>What an operator's report weighs.</summary>
    public double AdminReportWeight { get; init; } = 3.0;

    /// <summary>Report weight needed before reports alone speak: three distinct users, or one operator, by default.</summary>
    public double MinReportWeight { get; init; } = 3.0;

    /// <summary>Spam-verdict weight needed before verdicts alone speak (four spam deliveries by default).</summary>
    public double MinVerdictEvidence { get; init; } = 1.0;

    /// <summary>
    /// Evidence this young counts in full against the minimums (<see cref="MinReportWeight"/>,
    /// <see cref="MinVerdictEvidence"/>, <see cref="GoodMinHam"/>): decay starts at once, so without it three reports a
    /// minute apart would weigh 2.9999 and never reach 3. Default 7 days (a minimum of 3 is met from 2.56 at the 30-day
    /// half-life; two fresh reports, 2.0, still are not).
    /// </summary>
    public TimeSpan ThresholdGrace { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The share of spam in all evidence (with <see cref="Prior"/>) at which a spam signal starts.</summary>
    public double SpamRatio { get; init; } = 0.5;

    /// <summary>Ham weight assumed for every entity, so that a little evidence never looks certain.</summary>
    public double Prior { get; init; } = 1.0;

    /// <summary>Spam evidence at which a signal reaches half its strength.</summary>
    public double EvidenceScale { get; init; } = 3.0;

    /// <summary>How long an authenticated organizer must have been seen before it can earn the good signal.</summary>
    public TimeSpan GoodMinAge { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Ham weight needed for the good signal (two users' not-spam reports, or 200 clean deliveries).</summary>
    public double GoodMinHam { get; init; } = 2.0;

    /// <summary>Ham weight at which the good signal reaches its (modest) full score.</summary>
    public double GoodFullHam { get; init; } = 10.0;

    /// <summary>More domains shared by many senders (beyond the built-in platforms, relays, free mail, shorteners and free hosts): never judged as a domain.</summary>
    public IReadOnlyList<string> SharedDomains { get; init; } = [];
}
