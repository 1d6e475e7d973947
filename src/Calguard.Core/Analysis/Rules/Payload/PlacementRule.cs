namespace Calguard.Analysis.Rules.Payload;

/// <summary>
/// Where the event sits in time, measured against the message's own arrival time (I1, R38): years ahead,
/// already over, starting minutes after it arrived, or blocking weeks of the calendar.
/// </summary>
public sealed class PlacementRule : Rule
{
    /// <summary>Far in the future.</summary>
    public static readonly Signal FarFuture = new("EVENT_FAR_FUTURE", Groups.Payload, 1.5,
        "The event starts more than a year after the invitation arrived, where nobody looks for it.");

    /// <summary>Very far in the future.</summary>
    public static readonly Signal VeryFarFuture = new("EVENT_VERY_FAR_FUTURE", Groups.Payload, 3.0,
        "The event starts more than five years after the invitation arrived.");

    /// <summary>Already over.</summary>
    public static readonly Signal Past = new("EVENT_IN_PAST", Groups.Payload, 1.5,
        "The invitation asks to add an event that was already over when it arrived.");

    /// <summary>Starts right away.</summary>
    public static readonly Signal StartsSoon = new("EVENT_STARTS_SOON", Groups.Payload, 1.5,
        "The event starts within two hours of the invitation arriving.");

    /// <summary>Blocks weeks.</summary>
    public static readonly Signal LongBlock = new("EVENT_LONG_BLOCK", Groups.Payload, 1.0,
        "A single event spans a week or more, sitting on the calendar for days on end.");

    /// <summary>A busy block of a year or more.</summary>
    public static readonly Signal YearBlock = new("EVENT_YEAR_BLOCK", Groups.Payload, 3.0,
        "A single busy (opaque) event spans a year or more: it marks the calendar busy for months on end, which no meeting, trip or leave needs.");

    /// <summary>No start.</summary>
    public static readonly Signal NoStart = new("EVENT_NO_START", Groups.Payload, 1.0,
        "An invited event has no usable DTSTART.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [FarFuture, VeryFarFuture, Past, StartsSoon, LongBlock, YearBlock, NoStart];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var arrival = context.ArrivalUtc;
        foreach (var (calendar, ev) in context.Events)
        {
            if (calendar.Method is "REPLY" or "CANCEL" or "REFRESH" or "COUNTER" or "DECLINECOUNTER" || ev.Kind != ComponentKind.Event || ev.RecurrenceId is not null)
            {
                continue;
            }
            if (ev.StartUtc is not { } start)
            {
                if (calendar.Method == "REQUEST")
                {
                    hits.Add(NoStart, $"event {ev.Uid ?? "without UID"} has no DTSTART");
                }
                continue;
            }
            var ahead = start - arrival;
            if (ahead > context.Options.VeryFarFuture)
            {
                hits.Add(VeryFarFuture, $"starts {start:yyyy-MM-dd}, {ahead.TotalDays / 365:F1} years after arrival");
            }
            else if (ahead > context.Options.FarFuture)
            {
                hits.Add(FarFuture, $"starts {start:yyyy-MM-dd}, {ahead.TotalDays:F0} days after arrival");
            }
            var end = ev.EndUtc ?? start;
            var series = RecurrenceFacts.For(ev, arrival, context.Options.Horizon, context.Options.RecurrenceBudget);
            var over = ev.IsRecurring ? series is { IsUnbounded: false, NextInstanceAfterReference: null, BudgetExceeded: false } && series.LastInstance is not null
                : end < arrival.AddDays(-1);
            if (over && end < arrival.AddDays(-1))
            {
                hits.Add(Past, $"ended {end:yyyy-MM-dd}, {(arrival - end).TotalDays:F0} days before arrival");
            }
            if (ahead >= TimeSpan.FromMinutes(-15) && ahead <= TimeSpan.FromHours(2) && calendar.Method == "REQUEST")
            {
                hits.Add(StartsSoon, $"starts {ahead.TotalMinutes:F0} minutes after arrival");
            }
            if (end - start >= TimeSpan.FromDays(365) && ev.Transparency != "TRANSPARENT")
            {
                // A transparent "semester" or "season" event shows on the calendar without blocking anyone's time.
                hits.Add(YearBlock, $"busy for {(end - start).TotalDays:F0} days");
            }
            else if (end - start >= TimeSpan.FromDays(7))
            {
                hits.Add(LongBlock, $"lasts {(end - start).TotalDays:F0} days");
            }
        }
    }
}
