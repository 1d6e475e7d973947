using Calguard.Scoring;
using Calguard.Storage.Statistics;

namespace Calguard.Host.Hosting;

/// <summary>Turns one pipeline result into statistics increments: per tenant (recipient domain) a message counts once; decisions count per recipient.</summary>
public static class ScanStatistics
{
    /// <summary>The increments for one scanned message.</summary>
    /// <param name="result">The pipeline's result.</param>
    /// <param name="upstreamSpam">How the upstream filter marks spam.</param>
    /// <param name="day">The UTC day it is counted on (the day it was scanned).</param>
    public static IReadOnlyList<StatisticsIncrement> For(PipelineResult result, IReadOnlyList<UpstreamSpamRule> upstreamSpam, DateOnly day)
    {
        var invitation = result.Scan.Invitation;
        var calendar = invitation.HasCalendar;
        var calendarSpam = calendar && result.Scan.Verdict.Kind == VerdictKind.Spam;
        var upstream = UpstreamSpamRule.AnyMatch(upstreamSpam, invitation.Message.Headers);
        var byTenant = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var d in result.Decisions)
        {
            var tenant = d.Recipient is null ? string.Empty : Reading.CalendarAddress.DomainOf(d.Recipient) ?? string.Empty;
            if (!byTenant.TryGetValue(tenant, out var counters))
            {
                byTenant[tenant] = counters = new Dictionary<string, long>(StringComparer.Ordinal)
                {
                    [StatisticsCounters.Mails] = 1,
                    [StatisticsCounters.Verdict(result.Scan.Verdict.Name)] = 1,
                };
                if (calendar)
                {
                    counters[StatisticsCounters.CalendarMails] = 1;
                }
                if (calendarSpam)
                {
                    counters[StatisticsCounters.CalendarSpam] = 1;
                }
                if (upstream)
                {
                    counters[StatisticsCounters.UpstreamSpam] = 1;
                }
                if (upstream || calendarSpam)
                {
                    counters[StatisticsCounters.AllSpam] = 1;
                }
            }
            var decision = StatisticsCounters.Decision(Decisions.DecisionActionNames.ToName(d.Decision.Action));
            counters[decision] = counters.GetValueOrDefault(decision) + 1;
        }
        return byTenant.Select(t => new StatisticsIncrement(day, t.Key, t.Value)).ToArray();
    }
}
