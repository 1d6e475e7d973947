namespace Calguard.Analysis.Rules.Payload;

/// <summary>Alarms are how spam nags on every device (I4, R23, R36): many, repeating, e-mailing or running programs.</summary>
public sealed class AlarmRule : Rule
{
    /// <summary>Many alarms.</summary>
    public static readonly Signal Many = new("ALARM_MANY", Groups.Payload, 1.5,
        "The event sets three or more alarms.");

    /// <summary>Repeating alarms.</summary>
    public static readonly Signal Repeat = new("ALARM_REPEAT", Groups.Payload, 1.5,
        "An alarm repeats many times or at short intervals.");

    /// <summary>EMAIL alarms.</summary>
    public static readonly Signal Email = new("ALARM_EMAIL", Groups.Payload, 2.5,
        "An alarm sends e-mail (ACTION:EMAIL): the invitation tries to make the recipient's server mail on its behalf (R36).");

    /// <summary>PROCEDURE alarms.</summary>
    public static readonly Signal Procedure = new("ALARM_PROCEDURE", Groups.Payload, 3.0,
        "An alarm asks to run a program (ACTION:PROCEDURE, removed from the standard for safety).");

    /// <summary>An alarm that fires at once.</summary>
    public static readonly Signal Immediate = new("ALARM_IMMEDIATE", Groups.Payload, 1.0,
        "An alarm fires within minutes of the invitation arriving, so the lure pops up at once.");

    /// <summary>Alarms beyond the reader limit.</summary>
    public static readonly Signal Flood = new("ALARM_FLOOD", Groups.Payload, 3.0,
        "The event carries more alarms than any client needs; the surplus was not read.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Many, Repeat, Email, Procedure, Immediate, Flood];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (calendar, ev) in context.Events)
        {
            if (calendar.Method is "REPLY" or "CANCEL")
            {
                continue;
            }
            if (ev.AlarmsDropped)
            {
                hits.Add(Flood, $"more than {ev.Alarms.Count} alarms in {ev.Uid ?? "an event"}");
            }
            if (ev.Alarms.Count >= 3)
            {
                hits.Add(Many, $"{ev.Alarms.Count} alarms", ev.Alarms.Count >= 5 ? 1.0 : 0.7);
            }
            foreach (var alarm in ev.Alarms)
            {
                if (alarm.Repeat >= 5 || (alarm.Repeat >= 1 && alarm.RepeatInterval is { } gap && gap < TimeSpan.FromMinutes(5)))
                {
                    hits.Add(Repeat, $"REPEAT:{alarm.Repeat} every {alarm.RepeatInterval?.ToString() ?? "?"}");
                }
                switch (alarm.Action)
                {
                    case "EMAIL":
                        hits.Add(Email, $"EMAIL alarm{(alarm.EmailRecipients.Count > 0 ? " to " + string.Join(", ", alarm.EmailRecipients.Take(3)) : string.Empty)}");
                        break;
                    case "PROCEDURE":
                        hits.Add(Procedure, $"PROCEDURE alarm {alarm.Attachment ?? string.Empty}".Trim());
                        break;
                }
                var fires = alarm.TriggerAbsoluteUtc ??
                            (alarm.TriggerOffset is { } offset && (alarm.TriggerRelatedToEnd ? ev.EndUtc : ev.StartUtc) is { } anchor ? anchor + offset : null);
                if (fires is { } when && calendar.Method is "REQUEST" or "PUBLISH" or null &&
                    when >= context.ArrivalUtc.AddMinutes(-5) && when <= context.ArrivalUtc.AddMinutes(30) && !ev.IsRecurring)
                {
                    hits.Add(Immediate, $"alarm fires at {when:u}, {(when - context.ArrivalUtc).TotalMinutes:F0} minutes after arrival");
                }
            }
        }
    }
}
