namespace Calguard.CalDav;

/// <summary>One entry of a <c>sync-collection</c> answer.</summary>
/// <param name="Kind">Changed or removed.</param>
/// <param name="Href">The member's href.</param>
/// <param name="Resource">The current object for <see cref="SyncChangeKind.Changed"/>; <see langword="null"/> for a removal.</param>
public sealed record SyncChange(SyncChangeKind Kind, string Href, CalendarObjectResource? Resource);
