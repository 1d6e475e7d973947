namespace Calguard.Host.Outbound;

/// <summary>What the calling service should do with an invitation, mildest first (R7).</summary>
public enum OutboundDecision
{
    /// <summary>Send it.</summary>
    Allow,

    /// <summary>Ask the person for a CAPTCHA or a step-up login first, then send it (R7 (5)).</summary>
    Challenge,

    /// <summary>Do not send it now: it waits for an operator, who releases or drops it.</summary>
    Hold,

    /// <summary>Do not send it (R7 (1)); the reasons say why, for the person (R7 (2)).</summary>
    Deny,
}
