namespace Calguard.Host.CalDav;

/// <summary>What the state file keeps for one calendar: its sync token and the findings judged up to that token.</summary>
public sealed class CalendarState
{
    /// <summary>The RFC 6578 sync token after the last complete run, or <see langword="null"/>.</summary>
    public string? SyncToken { get; set; }

    /// <summary>The suspicious and spam objects as of <see cref="SyncToken"/>; clean objects are not kept.</summary>
    public List<StoredFinding> Findings { get; set; } = [];
}
