using System.Globalization;
using Calguard.Host.Api.Auth;
using Calguard.Storage.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Stats;

/// <summary><c>GET /v1/stats?from=&amp;to=&amp;domain=</c>: counts per day and the ratios operators compare.</summary>
public static class StatsApi
{
    /// <summary>The longest range one request may ask for.</summary>
    public const int MaxDays = 366;

    /// <summary>Maps the endpoint on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapStats(this RouteGroupBuilder v1)
    {
        v1.MapGet("/stats", GetAsync).RequireScope(ScopePolicies.Report).WithTags("Statistics")
            .WithSummary("Mail, calendar and spam counts with the CalConnect/M3AAWG ratios")
            .WithDescription("from and to are UTC days (yyyy-MM-dd, default: the last 30 days); domain limits to one tenant. A key limited to tenants sees only theirs.")
            .Produces<StatsReport>(200).ProducesProblem(400).ProducesProblem(403);
        return v1;
    }

    private static async Task<Results<Ok<StatsReport>, ProblemHttpResult>> GetAsync(HttpContext http, IStatisticsStore statistics, TimeProvider time,
        string? from, string? to, string? domain, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!TryDay(to, today, out var last) || !TryDay(from, last.AddDays(-29), out var first))
        {
            return Problems.BadRequest("from and to must be days as yyyy-MM-dd", "invalid-date");
        }
        if (first > last)
        {
            return Problems.BadRequest("from must not be after to", "invalid-range");
        }
        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            return Problems.BadRequest($"ask for at most {MaxDays} days at once", "invalid-range");
        }
        IReadOnlyList<string>? tenants = Tenancy.Scope(http);
        string? tenant = null;
        if (!string.IsNullOrEmpty(domain))
        {
            var (d, problem) = Tenancy.Domain(domain);
            if (problem is not null)
            {
                return problem;
            }
            if (Tenancy.Check(http, d) is { } forbidden)
            {
                return forbidden;
            }
            tenant = d;
            tenants = [d!];
        }
        var rows = await statistics.QueryAsync(first, last, tenants, cancellationToken).ConfigureAwait(false);
        var days = rows.GroupBy(r => r.Day).OrderBy(g => g.Key)
            .Select(g => new StatsDay(g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sum(g))).ToArray();
        var totals = Sum(rows);
        return TypedResults.Ok(new StatsReport(
            first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), tenant, totals,
            new StatsRatios(Ratio(totals.CalendarMails, totals.Mails), Ratio(totals.CalendarSpam, totals.CalendarMails), Ratio(totals.CalendarSpam, totals.AllSpam)),
            days));
    }

    /// <summary>Adds up rows.</summary>
    public static StatsCounts Sum(IEnumerable<DailyStatistics> rows)
    {
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var (k, v) in row.Counters)
            {
                all[k] = all.GetValueOrDefault(k) + v;
            }
        }
        var verdicts = new SortedDictionary<string, long>(StringComparer.Ordinal) { ["clean"] = 0, ["suspicious"] = 0, ["spam"] = 0 };
        var decisions = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (k, v) in all)
        {
            if (k.StartsWith("verdict_", StringComparison.Ordinal))
            {
                verdicts[k["verdict_".Length..]] = v;
            }
            else if (k.StartsWith("decision_", StringComparison.Ordinal))
            {
                decisions[k["decision_".Length..]] = v;
            }
        }
        return new StatsCounts(all.GetValueOrDefault(StatisticsCounters.Mails), all.GetValueOrDefault(StatisticsCounters.CalendarMails),
            all.GetValueOrDefault(StatisticsCounters.CalendarSpam), all.GetValueOrDefault(StatisticsCounters.AllSpam),
            all.GetValueOrDefault(StatisticsCounters.UpstreamSpam), verdicts, decisions);
    }

    private static double? Ratio(long numerator, long denominator) => denominator == 0 ? null : Math.Round((double)numerator / denominator, 6);

    private static bool TryDay(string? text, DateOnly fallback, out DateOnly day)
    {
        if (string.IsNullOrEmpty(text))
        {
            day = fallback;
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
