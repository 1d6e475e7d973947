namespace Calguard.Scoring;

/// <summary>The verdict on an invitation.</summary>
public enum VerdictKind
{
    /// <summary>Below the suspicious threshold.</summary>
    Clean,
    /// <summary>At or above the suspicious threshold, below the spam threshold.</summary>
    Suspicious,
    /// <summary>At or above the spam threshold.</summary>
    Spam,
}
