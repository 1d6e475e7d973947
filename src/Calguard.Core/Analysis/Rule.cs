namespace Calguard.Analysis;

/// <summary>A rule: a pure function of the <see cref="RuleContext"/> that adds hits for its signals.</summary>
/// <remarks>Rules never do I/O: everything they need (relationships, counters, reputations) is put into the
/// context before analysis starts, so the same rule gives the same answer on every surface.</remarks>
public abstract class Rule
{
    /// <summary>The signals this rule can emit.</summary>
    public abstract IReadOnlyList<Signal> Signals { get; }

    /// <summary>Looks at the invitation and adds hits.</summary>
    public abstract void Evaluate(RuleContext context, HitList hits);
}
