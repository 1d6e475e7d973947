using System.Runtime.CompilerServices;
using Calguard.Recurrence;

namespace Calguard.Analysis;

/// <summary>The bounded recurrence analysis of each event, computed once and shared by the rules, the decision and the report.</summary>
public static class RecurrenceFacts
{
    private sealed record Entry(DateTime Reference, RecurrenceSummary Summary, IReadOnlyList<RecurrenceProblem> ParseProblems);

    private static readonly ConditionalWeakTable<CalendarEvent, Entry> Cache = new();

    /// <summary>The summary of <paramref name="ev"/> relative to the arrival time, or null when the event does not repeat.</summary>
    public static RecurrenceSummary? For(CalendarEvent ev, DateTime arrivalUtc, TimeSpan? horizon = null, TimeSpan? budget = null) =>
        Get(ev, arrivalUtc, horizon, budget)?.Summary;

    /// <summary>Problems found while parsing the event's RRULEs (unknown parts, bad values).</summary>
    public static IReadOnlyList<RecurrenceProblem> ParseProblems(CalendarEvent ev, DateTime arrivalUtc) =>
        Get(ev, arrivalUtc, null, null)?.ParseProblems ?? [];

    private static Entry? Get(CalendarEvent ev, DateTime arrivalUtc, TimeSpan? horizon, TimeSpan? budget)
    {
        if (!ev.IsRecurring || ev.Start is not { } start || ev.StartUtc is not { } startUtc)
        {
            return null;
        }
        if (Cache.TryGetValue(ev, out var cached) && cached.Reference == arrivalUtc)
        {
            return cached;
        }
        var problems = new List<RecurrenceProblem>();
        var rules = new List<RecurrenceRule>();
        foreach (var text in ev.RecurrenceRules.Take(10))
        {
            if (RecurrenceRule.Parse(text, problems) is { } rule)
            {
                rules.Add(rule);
            }
        }
        var exRules = new List<RecurrenceRule>();
        foreach (var p in ev.Component.GetAll("EXRULE").Take(10))
        {
            if (RecurrenceRule.Parse(p.RawValue, problems) is { } rule)
            {
                exRules.Add(rule);
            }
        }
        // Express the arrival in DTSTART's wall-clock frame (good to the hour, which is all the rules need).
        var offset = start.Value - startUtc;
        var input = new RecurrenceInput(DateTime.SpecifyKind(start.Value, DateTimeKind.Unspecified))
        {
            StartIsDate = start.IsDate,
            Duration = ev.EndUtc is { } end && end > startUtc ? end - startUtc : TimeSpan.Zero,
            Rules = rules,
            ExRules = exRules,
            RDates = ev.RecurrenceDates,
            ExDates = ev.ExceptionDates,
            UtcToLocal = utc => SafeAdd(utc, offset),
        };
        var limits = RecurrenceLimits.Default with
        {
            Horizon = horizon ?? RecurrenceLimits.Default.Horizon,
            Budget = budget ?? RecurrenceLimits.Default.Budget,
        };
        var summary = RecurrenceAnalyser.Analyse(input, SafeAdd(arrivalUtc, offset), limits);
        var entry = new Entry(arrivalUtc, summary, problems);
        Cache.AddOrUpdate(ev, entry);
        return entry;
    }

    private static DateTime SafeAdd(DateTime value, TimeSpan delta)
    {
        var ticks = value.Ticks + delta.Ticks;
        return new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Unspecified);
    }
}
