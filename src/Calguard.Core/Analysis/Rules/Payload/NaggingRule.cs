namespace Calguard.Analysis.Rules.Payload;

/// <summary>
/// Alarms multiplied by recurrence (I4, I5, R36): one reminder is a courtesy, a reminder on every one of hundreds of
/// instances — or a repeating alarm on a daily series — is a nagging payload.
/// </summary>
public sealed class NaggingRule : Rule
{
    /// <summary>Alarms on a long or frequent series.</summary>
    public static readonly Signal NaggingSeries = new("NAGGING_SERIES", Groups.Composite, 1.8,
        "Alarms ride on a series with hundreds of instances (or a repeating alarm on a daily series): the user is reminded again and again.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [NaggingSeries];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (calendar, ev) in context.Events)
        {
            if (calendar.Method is "REPLY" or "CANCEL" || ev.Alarms.Count == 0 || !ev.IsRecurring)
            {
                continue;
            }
            var summary = RecurrenceFacts.For(ev, context.ArrivalUtc, context.Options.Horizon, context.Options.RecurrenceBudget);
            if (summary is null)
            {
                continue;
            }
            var repeating = ev.Alarms.Any(a => a.Repeat > 0) || ev.Alarms.Count >= 2;
            var alarmsInHorizon = (long)summary.InstancesInHorizon * ev.Alarms.Sum(a => 1 + Math.Max(0, a.Repeat));
            if (alarmsInHorizon >= 300 && (repeating || summary.ShortestInterval < TimeSpan.FromHours(20) || summary.InstancesInHorizon >= 500))
            {
                hits.Add(NaggingSeries, $"about {alarmsInHorizon} alarms within the horizon");
            }
        }
    }
}
