using Calguard.Analysis;

namespace Calguard.Host.Outbound;

/// <summary>Whether an event is over: invitations for the past are never sent (Nextcloud's re-sent-history incidents).</summary>
public static class EventTiming
{
    /// <summary>
    /// The end of the last instance when every instance ended before <paramref name="nowUtc"/> minus <paramref name="grace"/>;
    /// null when some instance is still running or to come, or when that cannot be told (no start, an unbounded series).
    /// </summary>
    /// <remarks>
    /// "DTSTART in the past" is read as "over": a meeting running now and a weekly series that began last year still invite.
    /// </remarks>
    public static DateTime? OverSince(CalendarEvent ev, DateTime nowUtc, TimeSpan grace, AnalysisOptions options)
    {
        if (ev.StartUtc is not { } start)
        {
            return null;
        }
        var length = (ev.EndUtc ?? start) - start;
        DateTime end;
        if (ev.IsRecurring)
        {
            var series = RecurrenceFacts.For(ev, nowUtc, options.Horizon, options.RecurrenceBudget);
            if (series is not { IsUnbounded: false, NextInstanceAfterReference: null, BudgetExceeded: false, LastInstance: { } last })
            {
                return null;
            }
            end = last + length;
        }
        else
        {
            end = start + length;
        }
        return end < nowUtc - grace ? end : null;
    }
}
