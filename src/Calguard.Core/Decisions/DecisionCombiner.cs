namespace Calguard.Decisions;

/// <summary>
/// One message delivered to several recipients can only be delivered one way (a milter answers once for the whole
/// message): the strictest action wins, and the rewrite is the union of what any recipient needs.
/// </summary>
public static class DecisionCombiner
{
    /// <summary>Strictness order: reject > quarantine > sanitize > deliver-no-autoadd > accept.</summary>
    public static int Strictness(DecisionAction action) => action switch
    {
        DecisionAction.Reject => 4,
        DecisionAction.Quarantine => 3,
        DecisionAction.Sanitize => 2,
        DecisionAction.DeliverNoAutoAdd => 1,
        _ => 0,
    };

    /// <summary>Combines per-recipient decisions into the one applied to the message.</summary>
    public static Decision Combine(IReadOnlyList<RecipientDecision> decisions)
    {
        if (decisions.Count == 1)
        {
            return decisions[0].Decision;
        }
        var strictest = decisions.MaxBy(d => Strictness(d.Decision.Action))!.Decision;
        var caps = decisions.Select(d => d.Decision.CapInstances).OfType<int>().ToList();
        var stripAlarms = decisions.Any(d => d.Decision.StripAlarms);
        var transparent = decisions.Any(d => d.Decision.MakeTransparent);
        var demote = decisions.Any(d => d.Decision.Demote);
        var rewrite = stripAlarms || transparent || demote || caps.Count > 0;
        var action = strictest.Action;
        if (action is DecisionAction.Accept or DecisionAction.DeliverNoAutoAdd && rewrite)
        {
            action = DecisionAction.Sanitize;
        }
        var reasons = new List<string> { $"strictest of {decisions.Count} recipients: {strictest.Action.ToName()}" };
        foreach (var d in decisions)
        {
            reasons.AddRange(d.Decision.Reasons.Take(3).Select(r => $"{d.Recipient}: {r}"));
        }
        return strictest with
        {
            Action = action,
            Reasons = reasons,
            AutoAdd = decisions.All(d => d.Decision.AutoAdd) && action == DecisionAction.Accept,
            StripAlarms = stripAlarms,
            SuppressDefaultAlarms = decisions.Any(d => d.Decision.SuppressDefaultAlarms),
            CapInstances = caps.Count > 0 ? caps.Min() : null,
            MakeTransparent = transparent,
            Demote = demote,
        };
    }
}
