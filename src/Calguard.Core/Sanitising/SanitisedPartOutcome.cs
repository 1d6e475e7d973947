namespace Calguard.Sanitising;

/// <summary>The outcome for one calendar part.</summary>
public enum SanitisedPartOutcome
{
    /// <summary>Nothing needed changing; the part is byte-identical.</summary>
    Unchanged,
    /// <summary>The calendar was edited and re-encoded in place.</summary>
    Rewritten,
    /// <summary>The part became an <c>application/octet-stream</c> attachment without METHOD (R18).</summary>
    Demoted,
    /// <summary>The part could not be rewritten and was left as it was; <see cref="SanitisedPart.Reason"/> says why.</summary>
    Skipped,
}
