namespace Calguard.Decisions;

/// <summary>What happens to the message (DESIGN: the decide stage).</summary>
public enum DecisionAction
{
    /// <summary>Deliver; the calendar may add the event.</summary>
    Accept,
    /// <summary>Deliver unchanged; the calendar must not add the event by itself.</summary>
    DeliverNoAutoAdd,
    /// <summary>Deliver with calendar parts rewritten (alarms stripped, recurrence capped, TRANSP=TRANSPARENT); no auto-add.</summary>
    Sanitize,
    /// <summary>Hold the message for review.</summary>
    Quarantine,
    /// <summary>Refuse the message.</summary>
    Reject,
}

/// <summary>Names used in JSON and headers.</summary>
public static class DecisionActionNames
{
    /// <summary>accept, deliver-no-autoadd, sanitize, quarantine, reject.</summary>
    public static string ToName(this DecisionAction action) => action switch
    {
        DecisionAction.Accept => "accept",
        DecisionAction.DeliverNoAutoAdd => "deliver-no-autoadd",
        DecisionAction.Sanitize => "sanitize",
        DecisionAction.Quarantine => "quarantine",
        _ => "reject",
    };

    /// <summary>Parses a name; null when unknown.</summary>
    public static DecisionAction? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "accept" => DecisionAction.Accept,
        "deliver-no-autoadd" => DecisionAction.DeliverNoAutoAdd,
        "sanitize" => DecisionAction.Sanitize,
        "quarantine" => DecisionAction.Quarantine,
        "reject" => DecisionAction.Reject,
        _ => null,
    };
}
