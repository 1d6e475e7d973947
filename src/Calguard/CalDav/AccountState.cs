namespace Calguard.Host.CalDav;

/// <summary>What the state file keeps for one account (server and user).</summary>
public sealed class AccountState
{
    /// <summary>
    /// The judge the findings were made with (engine build and configuration, see <see cref="JudgeFingerprint"/>).
    /// When it differs from the current one, every calendar is read and judged again.
    /// </summary>
    public string? Judge { get; set; }

    /// <summary>When this account was last scanned (UTC).</summary>
    public DateTimeOffset? LastScan { get; set; }

    /// <summary>Per calendar href.</summary>
    public Dictionary<string, CalendarState> Calendars { get; set; } = new(StringComparer.Ordinal);
}
