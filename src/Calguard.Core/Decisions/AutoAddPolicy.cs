namespace Calguard.Decisions;

/// <summary>Who may put events into the recipient's calendar automatically (R22, R40, R44).</summary>
public enum AutoAddPolicy
{
    /// <summary>Any clean invitation is added.</summary>
    Everyone,
    /// <summary>Only authenticated invitations from senders the recipient knows (the default).</summary>
    KnownSenders,
    /// <summary>Nothing is added automatically; the user adds by hand.</summary>
    Nobody,
}
