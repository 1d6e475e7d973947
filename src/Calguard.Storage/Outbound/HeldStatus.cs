namespace Calguard.Storage.Outbound;

/// <summary>Where a held invitation stands.</summary>
public enum HeldStatus
{
    /// <summary>Waiting for an operator.</summary>
    Held,

    /// <summary>An operator let it go: the service may send it.</summary>
    Released,

    /// <summary>An operator dropped it: it is never sent.</summary>
    Dropped,
}
