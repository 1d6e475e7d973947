namespace Calguard.CalDav.Cleaning;

/// <summary>What the cleaner does with a selected object. None of them sends an iTIP REPLY.</summary>
public enum CleanMode
{
    /// <summary>
    /// Remove the resource: <c>DELETE</c> with <c>If-Match</c> and <c>Schedule-Reply: F</c>, or the audit-failure POST
    /// when the server advertises <c>calendar-audit</c> (R24, practices §4.7).
    /// </summary>
    Delete,

    /// <summary>Copy the object into the quarantine calendar (If-None-Match: *), then silently delete the original.</summary>
    Quarantine,

    /// <summary>Rewrite the object without its VALARMs (If-Match); an attendee change that sends no REPLY (R23).</summary>
    StripAlarms,
}
