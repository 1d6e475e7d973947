namespace Calguard.Host.Api.Stats;

/// <summary>The answer of <c>GET /v1/stats</c>.</summary>
/// <param name="From">First day (UTC, inclusive).</param>
/// <param name="To">Last day (UTC, inclusive).</param>
/// <param name="Domain">The tenant asked for, or null for every tenant the key may see.</param>
/// <param name="Totals">Sums over the days.</param>
/// <param name="Ratios">The ratios CalConnect and M3AAWG compare (null where the denominator is 0).</param>
/// <param name="Days">One entry per day that has counts.</param>
public sealed record StatsReport(string From, string To, string? Domain, StatsCounts Totals, StatsRatios Ratios, IReadOnlyList<StatsDay> Days);

/// <summary>Counts.</summary>
/// <param name="Mails">Messages scanned.</param>
/// <param name="CalendarMails">Messages with a calendar part.</param>
/// <param name="CalendarSpam">Calendar messages judged spam.</param>
/// <param name="AllSpam">Messages the upstream filter marked as spam, plus calendar spam it missed.</param>
/// <param name="UpstreamSpam">Messages the upstream filter marked as spam.</param>
/// <param name="Verdicts">Messages per verdict.</param>
/// <param name="Decisions">Decisions per action (one per recipient).</param>
public sealed record StatsCounts(long Mails, long CalendarMails, long CalendarSpam, long AllSpam, long UpstreamSpam,
    IReadOnlyDictionary<string, long> Verdicts, IReadOnlyDictionary<string, long> Decisions);

/// <summary>The three published ratios (UW-Madison and Cyren traffic in CalConnect/M3AAWG's material).</summary>
/// <param name="CalendarMailsPerMail">Calendar mails / all mails.</param>
/// <param name="CalendarSpamPerCalendarMail">Calendar spam / calendar mails.</param>
/// <param name="CalendarSpamPerSpam">Calendar spam / all spam.</param>
public sealed record StatsRatios(double? CalendarMailsPerMail, double? CalendarSpamPerCalendarMail, double? CalendarSpamPerSpam);

/// <summary>One day.</summary>
/// <param name="Day">yyyy-MM-dd (UTC).</param>
/// <param name="Counts">Its counts.</param>
public sealed record StatsDay(string Day, StatsCounts Counts);
