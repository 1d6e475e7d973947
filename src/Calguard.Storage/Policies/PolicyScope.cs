namespace Calguard.Storage.Policies;

/// <summary>What a stored policy override applies to.</summary>
public enum PolicyScope
{
    /// <summary>Every recipient of a domain (the domain-level default).</summary>
    Domain,

    /// <summary>One recipient address.</summary>
    Recipient,
}
