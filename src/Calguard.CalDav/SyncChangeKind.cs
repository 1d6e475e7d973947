namespace Calguard.CalDav;

/// <summary>What happened to a member of a collection since the last sync token.</summary>
public enum SyncChangeKind
{
    /// <summary>Created or modified; the change carries the current object.</summary>
    Changed,

    /// <summary>Removed from the collection (RFC 6578 §3.5.2, a 404 response).</summary>
    Removed,
}
