namespace Calguard.Analysis.Rules.Payload;

/// <summary>
/// Recurrence that multiplies the nagging (I5, R37, R38): unbounded and frequent series, huge instance counts,
/// and rules crafted to hang expanders. Every figure comes from a bounded analysis, never an open-ended expansion.
/// </summary>
public sealed class RecurrencePatternRule : Rule
{
    /// <summary>Unbounded and more often than hourly.</summary>
    public static readonly Signal UnboundedFrequent = new("RRULE_UNBOUNDED_FREQUENT", Groups.Payload, 3.0,
        "The event repeats forever, more often than once an hour.");

    /// <summary>More often than daily.</summary>
    public static readonly Signal SubDaily = new("RRULE_SUBDAILY", Groups.Payload, 1.5,
        "The event repeats several times a day.");

    /// <summary>Many instances.</summary>
    public static readonly Signal Many = new("RRULE_MANY_INSTANCES", Groups.Payload, 1.5,
        "The series has more than 500 instances within the horizon.");

    /// <summary>Unbounded.</summary>
    public static readonly Signal Unbounded = new("RRULE_UNBOUNDED", Groups.Payload, 0.2,
        "The event repeats without end (common for real series too, so it weighs little alone).");

    /// <summary>Crafted rule.</summary>
    public static readonly Signal Adversarial = new("RRULE_ADVERSARIAL", Groups.Payload, 3.0,
        "The recurrence rule is crafted or broken: it never matches, has absurd counts or dates, or exhausted the analysis budget.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [UnboundedFrequent, SubDaily, Many, Unbounded, Adversarial];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (calendar, ev) in context.Events)
        {
            if (calendar.Method is "REPLY" or "CANCEL" || ev.RecurrenceRules.Count == 0)
            {
                continue;
            }
            var rule = ev.RecurrenceRules[0].ToUpperInvariant();
            var bounded = rule.Contains("COUNT=", StringComparison.Ordinal) || rule.Contains("UNTIL=", StringComparison.Ordinal);
            var frequent = rule.Contains("FREQ=SECONDLY", StringComparison.Ordinal) || rule.Contains("FREQ=MINUTELY", StringComparison.Ordinal);
            if (!bounded && frequent)
            {
                hits.Add(UnboundedFrequent, rule);
            }
            else if (frequent || rule.Contains("FREQ=HOURLY", StringComparison.Ordinal))
            {
                hits.Add(SubDaily, rule);
            }
            else if (!bounded)
            {
                hits.Add(Unbounded, rule);
            }
        }
    }
}
