namespace Calguard.Milter;

/// <summary>The one action that ends a milter's answer to a message.</summary>
public enum MilterFinalAction
{
    /// <summary>Deliver the message (with the modifications).</summary>
    Accept,

    /// <summary>Let the MTA go on; at end-of-message this also delivers.</summary>
    Continue,

    /// <summary>Accept at SMTP level and drop the message. Never used on a failure path: it loses mail.</summary>
    Discard,

    /// <summary>Refuse with a 5xx reply at the end of DATA.</summary>
    Reject,

    /// <summary>Refuse with a 4xx reply at the end of DATA; the client retries later.</summary>
    Tempfail,
}
