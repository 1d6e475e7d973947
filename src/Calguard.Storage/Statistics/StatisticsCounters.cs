namespace Calguard.Storage.Statistics;

/// <summary>
/// The counter names kept per day and tenant. The first four feed the ratios CalConnect and M3AAWG published
/// (calendar mails / all mails, calendar spam / calendar mails, calendar spam / all spam).
/// </summary>
public static class StatisticsCounters
{
    /// <summary>Every message scanned.</summary>
    public const string Mails = "mails";

    /// <summary>Messages with at least one calendar part.</summary>
    public const string CalendarMails = "calendar_mails";

    /// <summary>Calendar messages Calguard judged spam.</summary>
    public const string CalendarSpam = "calendar_spam";

    /// <summary>Messages that are spam by the upstream filter's header, or calendar messages Calguard judged spam.</summary>
    public const string AllSpam = "all_spam";

    /// <summary>Messages the upstream filter's header marked as spam.</summary>
    public const string UpstreamSpam = "upstream_spam";

    /// <summary>The counter of a verdict: <c>verdict_clean</c>, <c>verdict_suspicious</c>, <c>verdict_spam</c>.</summary>
    public static string Verdict(string verdict) => "verdict_" + verdict;

    /// <summary>The counter of a decision action, per recipient: <c>decision_accept</c>, <c>decision_quarantine</c>, …</summary>
    public static string Decision(string action) => "decision_" + action;
}
