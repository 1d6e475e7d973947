using Calguard.Recurrence;

namespace Calguard.Analysis.Rules.Payload;

/// <summary>
/// Recurrence that multiplies the nagging (I5, R37, R38): unbounded and frequent series, huge instance counts,
/// overlapping instances, and rules crafted to hang expanders. Every figure comes from a bounded analysis.
/// </summary>
public sealed class RecurrencePatternRule : Rule
{
    /// <summary>Unbounded and more often than hourly.</summary>
    public static readonly Signal UnboundedFrequent = new("RRULE_UNBOUNDED_FREQUENT", Groups.Payload, 3.0,
        "The event repeats forever, more often than once an hour.");

    /// <summary>More often than daily.</summary>
    public static readonly Signal SubDaily = new("RRULE_SUBDAILY", Groups.Payload, 2.0,
        "The event repeats several times a day.");

    /// <summary>Many instances.</summary>
    public static readonly Signal Many = new("RRULE_MANY_INSTANCES", Groups.Payload, 1.9,
        "The series has more than 500 instances within the horizon.");

    /// <summary>Overlapping instances.</summary>
    public static readonly Signal Overlapping = new("RRULE_OVERLAPPING", Groups.Payload, 1.5,
        "Instances of the series overlap each other, stacking the calendar (R38).");

    /// <summary>Unbounded.</summary>
    public static readonly Signal Unbounded = new("RRULE_UNBOUNDED", Groups.Payload, 0.1,
        "The event repeats without end (common for real series too, so it weighs little alone).");

    /// <summary>Crafted rule.</summary>
    public static readonly Signal Adversarial = new("RRULE_ADVERSARIAL", Groups.Payload, 3.0,
        "The recurrence rule is crafted or broken: it never matches, has absurd counts or dates, or exhausted the analysis budget.");

    private static readonly RecurrenceProblemKind[] Crafted =
    [
        RecurrenceProblemKind.NeverMatches, RecurrenceProblemKind.BudgetExceeded, RecurrenceProblemKind.AbsurdCount, RecurrenceProblemKind.AbsurdUntil,
        RecurrenceProblemKind.InvalidInterval, RecurrenceProblemKind.MissingFrequency, RecurrenceProblemKind.UnknownFrequency,
        RecurrenceProblemKind.UntilBeforeStart, RecurrenceProblemKind.OutOfRange, RecurrenceProblemKind.CountAndUntil,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [UnboundedFrequent, SubDaily, Many, Overlapping, Unbounded, Adversarial];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (calendar, ev) in context.Events)
        {
            if (calendar.Method is "REPLY" or "CANCEL" || !ev.IsRecurring)
            {
                continue;
            }
            var summary = RecurrenceFacts.For(ev, context.ArrivalUtc, context.Options.Horizon, context.Options.RecurrenceBudget);
            var parse = RecurrenceFacts.ParseProblems(ev, context.ArrivalUtc);
            if (summary is null)
            {
                continue;
            }
            foreach (var problem in summary.Problems.Concat(parse))
            {
                if (Crafted.Contains(problem.Kind))
                {
                    hits.Add(Adversarial, $"{problem.Kind}: {problem.Detail}");
                    break;
                }
            }
            var interval = summary.ShortestInterval;
            var count = summary.InstancesInHorizon;
            var atLeast = summary.InstanceCountIsLowerBound ? "at least " : string.Empty;
            if (summary.IsUnbounded && interval is { } i1 && i1 < TimeSpan.FromHours(1))
            {
                hits.Add(UnboundedFrequent, $"every {Describe(i1)} without end, {atLeast}{count} instances in the horizon");
            }
            else if (interval is { } i2 && i2 < TimeSpan.FromHours(20) && count >= 24)
            {
                hits.Add(SubDaily, $"every {Describe(i2)}, {atLeast}{count} instances in the horizon");
            }
            if (count > 500)
            {
                hits.Add(Many, $"{atLeast}{count} instances in the horizon");
            }
            if (summary.InstancesOverlap)
            {
                hits.Add(Overlapping, "instances overlap");
            }
            if (summary.IsUnbounded)
            {
                hits.Add(Unbounded, ev.RecurrenceRules.FirstOrDefault() ?? "RDATE series");
            }
        }
    }

    private static string Describe(TimeSpan interval) =>
        interval.TotalSeconds < 60 ? $"{interval.TotalSeconds:0} s" : interval.TotalMinutes < 60 ? $"{interval.TotalMinutes:0} min" :
        interval.TotalHours < 48 ? $"{interval.TotalHours:0.#} h" : $"{interval.TotalDays:0.#} days";
}
