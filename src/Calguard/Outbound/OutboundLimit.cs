namespace Calguard.Host.Outbound;

/// <summary>One limit as applied to one check: its counter, how much this invitation adds, the account's limit and what passing it means.</summary>
/// <param name="Name">The name in the response, e.g. <c>invitations-per-hour</c>.</param>
/// <param name="Reason">The reason name when it is passed, e.g. <c>LIMIT_INVITATIONS_PER_HOUR</c>.</param>
/// <param name="What">What is counted, for the reason's sentence ("invitations", "new recipients").</param>
/// <param name="Key">The counter key.</param>
/// <param name="Window">The window.</param>
/// <param name="Amount">What this invitation adds.</param>
/// <param name="Limit">The limit for this account.</param>
/// <param name="Action">The decision when it is passed; hold and deny make it a hard limit, reserved and given back.</param>
public sealed record OutboundLimit(string Name, string Reason, string What, string Key, TimeSpan Window, long Amount, long Limit, OutboundDecision Action)
{
    /// <summary>True when passing it stops the invitation (hold or deny): it is reserved before and given back if anything stops the invitation.</summary>
    public bool IsHard => Action >= OutboundDecision.Hold;
}
