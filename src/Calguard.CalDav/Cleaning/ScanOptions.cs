namespace Calguard.CalDav.Cleaning;

/// <summary>What a scan walks.</summary>
public sealed record ScanOptions
{
    /// <summary>Calendars to walk, by href or display name (case-insensitive); <see langword="null"/> or empty for all.</summary>
    public IReadOnlyCollection<string>? Calendars { get; init; }

    /// <summary>Only objects overlapping this range (calendar-query time-range). Ignored when <see cref="SyncTokens"/> is set.</summary>
    public TimeRange? TimeRange { get; init; }

    /// <summary>
    /// When set, calendars are read with sync-collection: a calendar with a stored token yields only what changed,
    /// and the store receives each calendar's new token once that calendar is done.
    /// </summary>
    public SyncTokenStore? SyncTokens { get; init; }
}
