namespace Calguard.Analysis.Rules.Learned;

/// <summary>
/// The signals that hosts add through <see cref="ExternalFacts.Hits"/>: reputation, the learned classifier, user
/// reports, DNS block lists. They are computed outside the message; this rule lists them (for <c>docs/rules.md</c>
/// and score overrides) and adds the external hits before the composites run, so composites see them. Each source
/// defines its signals in its own file here and adds them below.
/// </summary>
public sealed class LearnedSignals : Rule
{
    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [.. ReportSignals.All, .. BayesSignals.All, .. ReputationSignals.All, .. DnsListSignals.All];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (signal, detail, factor) in context.External.Hits)
        {
            hits.Add(signal, detail, factor);
        }
    }
}
