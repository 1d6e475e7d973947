using Calguard.Recurrence;
using FsCheck;
using FsCheck.Fluent;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using Xunit.Abstractions;
using RecurrenceRule = Calguard.Recurrence.RecurrenceRule;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>
/// Differential test: for bounded, ordinary rules our instance starts equal Ical.Net 5.2.4's.
/// </summary>
/// <remarks>
/// Ical.Net can hang on adversarial rules (integration-research §6), so it only sees COUNT ≤ 50, a cap on
/// unmatched increments, <c>Take</c> and a 40-year window. Where Ical.Net leaves out a DTSTART that does not match
/// its rule, the expected list is normalised to RFC 5545 (DTSTART shown and counted).
/// </remarks>
public sealed class IcalNetDifferentialTests(ITestOutputHelper output)
{
    private static readonly RecurrenceLimits Generous = new()
    {
        MaxInstances = 1000,
        MaxIterations = 50_000_000,
        Budget = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void SameInstancesAsIcalNetOnSaneRules()
    {
        int compared = 0;
        int icalNetWrong = 0;
        int icalNetFailed = 0;
        int normalised = 0;
        var property = Prop.ForAll(SaneRule.Generator.ToArbitrary(), c =>
        {
            var outcome = Compare(c, out bool wasNormalised, out string? detail);
            switch (outcome)
            {
                case Outcome.IcalNetFailed:
                    icalNetFailed++;
                    return true;
                case Outcome.IcalNetWrong:
                    icalNetWrong++;
                    output.WriteLine($"ICAL.NET WRONG {c}: {detail}");
                    return true;
                case Outcome.Same:
                    compared++;
                    normalised += wasNormalised ? 1 : 0;
                    return true;
                default:
                    output.WriteLine($"DIFF {c}: {detail}");
                    return false;
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true), property);
        output.WriteLine($"Ical.Net differential: {compared} rules agreed ({normalised} after normalising an unsynchronised DTSTART), {icalNetFailed} skipped because Ical.Net threw, {icalNetWrong} skipped because Ical.Net is demonstrably wrong (an instance that violates the rule's own BY-parts, or a silent stop before COUNT, or duplicates)");
        Assert.True(compared >= 300, $"only {compared} rules could be compared");
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;COUNT=30;BYDAY=-1FR,2MO", "20250110T090000")]
    [InlineData("FREQ=YEARLY;COUNT=30;BYWEEKNO=1,-1;BYDAY=TH", "20200102T120000")]
    [InlineData("FREQ=WEEKLY;COUNT=40;INTERVAL=2;BYDAY=SU,WE;WKST=SU", "20240103T080000")]
    [InlineData("FREQ=YEARLY;COUNT=20;BYMONTH=2;BYMONTHDAY=29", "20240229T100000")]
    [InlineData("FREQ=MONTHLY;COUNT=25;BYMONTHDAY=31,-31;BYSETPOS=-1", "20250101T070000")]
    [InlineData("FREQ=DAILY;COUNT=50;BYHOUR=9,17;BYMINUTE=0,30;BYMONTH=3", "20250301T090000")]
    public void SameInstancesAsIcalNetOnKnownRules(string rrule, string start)
    {
        var when = VectorTime.Parse(start, out bool isDate, out _);
        var c = new SaneRule(rrule, when, isDate, RecurrenceRule.Parse(rrule, [])!.Count ?? 50);
        var outcome = Compare(c, out _, out var detail);
        Assert.True(outcome == Outcome.Same, detail);
    }

    [Fact]
    public void WeekNumberSetPositionsFollowRfc5545()
    {
        // 2009-01-01 is a Thursday, so with WKST=TH week 1 is Jan 1-7 and 2009 has 52 weeks: week -13 is week 40,
        // Thu Oct 1 - Wed Oct 7; week 29 (July) is outside BYMONTH. The year's set is {Thu Oct 1, Fri Oct 2}; BYSETPOS=3
        // picks nothing and -1 picks Oct 2. Ical.Net 5.2.4 answers Oct 1.
        var rule = RecurrenceRule.Parse("FREQ=YEARLY;COUNT=3;BYMONTH=10,1,11;BYWEEKNO=29,-13;BYDAY=FR,TH;BYSETPOS=3,-1;WKST=TH", [])!;
        var instances = RecurrenceAnalyser.Expand(new RecurrenceInput(new DateTime(2009, 4, 12, 1, 15, 0), rule), DateTime.MinValue, new DateTime(2012, 1, 1), Generous).Instances;
        Assert.Equal(new DateTime(2009, 10, 2, 1, 15, 0), instances[1]);
    }

    [Fact]
    public void YearDaySetPositionsFollowRfc5545()
    {
        // Year days 48 and 161 are Feb 17 and Jun 10 (Feb 18 and Jun 9 in leap years); BYMONTH keeps both, BYDAY keeps
        // a Thursday or Friday (or a month's last Sunday, which neither can be), BYHOUR makes two instances of each day.
        // BYSETPOS=-4 needs all four, so only years where both days are a Thursday or Friday count, at 00:30 on the
        // February day: 2011, 2022, 2028, 2033, 2039 before 2045 (checked by hand and with Python's calendar).
        // Ical.Net 5.2.4 answers 2006-02-17, a year whose set has two elements.
        var rule = RecurrenceRule.Parse("FREQ=YEARLY;COUNT=16;BYMONTH=6,10,2;BYYEARDAY=48,161;BYDAY=TH,FR,-1SU;BYHOUR=9,0;BYSETPOS=-4", [])!;
        var start = new DateTime(2005, 12, 15, 20, 30, 0);
        var instances = RecurrenceAnalyser.Expand(new RecurrenceInput(start, rule), DateTime.MinValue, new DateTime(2045, 1, 1), Generous).Instances;
        Assert.Equal(
            [start, new(2011, 2, 17, 0, 30, 0), new(2022, 2, 17, 0, 30, 0), new(2028, 2, 17, 0, 30, 0), new(2033, 2, 17, 0, 30, 0), new(2039, 2, 17, 0, 30, 0)],
            instances);
    }

    private enum Outcome
    {
        Same,
        Different,
        IcalNetWrong,
        IcalNetFailed,
    }

    private static Outcome Compare(SaneRule c, out bool normalised, out string? detail)
    {
        normalised = false;
        detail = null;
        var end = c.Start.AddYears(40);
        List<DateTime> expected;
        try
        {
            var ev = new Ical.Net.CalendarComponents.CalendarEvent
            {
                DtStart = c.StartIsDate ? new CalDateTime(c.Start.Year, c.Start.Month, c.Start.Day) : new CalDateTime(c.Start.Year, c.Start.Month, c.Start.Day, c.Start.Hour, c.Start.Minute, c.Start.Second),
            };
            ev.RecurrenceRules.Add(new RecurrencePattern(c.Rule));
            expected = ev.GetOccurrences(null, new EvaluationOptions { MaxUnmatchedIncrementsLimit = 5000 })
                .Take(c.Count + 1)
                .Select(o => o.Period.StartTime.Value)
                .TakeWhile(d => d < end)
                .ToList();
        }
        catch (Exception)
        {
            return Outcome.IcalNetFailed;
        }

        var problems = new List<RecurrenceProblem>();
        var rule = RecurrenceRule.Parse(c.Rule, problems);
        if (rule is null)
        {
            detail = "did not parse: " + string.Join("; ", problems);
            return Outcome.Different;
        }

        var input = new RecurrenceInput(c.Start, rule) { StartIsDate = c.StartIsDate };
        var summary = RecurrenceAnalyser.Analyse(input, c.Start, Generous);
        if (summary.Has(RecurrenceProblemKind.UnsynchronisedStart))
        {
            UnsynchronisedStart.Normalise(expected, c.Start, rule.Count, []);
            normalised = true;
        }

        var actual = RecurrenceAnalyser.Expand(input, DateTime.MinValue, end.AddSeconds(-1), Generous).Instances.ToList();
        detail = RruleVectorTests.Diff(expected, actual, c.StartIsDate);
        if (detail is null)
        {
            return Outcome.Same;
        }

        if (expected.Distinct().Count() != expected.Count)
        {
            detail = $"Ical.Net produced duplicate instances; {detail}";
            return Outcome.IcalNetWrong;
        }

        if (expected.Count < actual.Count && actual.Take(expected.Count).SequenceEqual(expected) && (rule.Count is null || expected.Count < rule.Count))
        {
            detail = $"Ical.Net stopped after {expected.Count} instances without an error; {detail}";
            return Outcome.IcalNetWrong;
        }

        if (expected.FirstOrDefault(d => d != c.Start && Violates(d, rule)) is { } bad && bad != default)
        {
            detail = $"Ical.Net produced {bad:s}, which BY-parts exclude; {detail}";
            return Outcome.IcalNetWrong;
        }

        if (rule.ByWeekNo.Count > 0 && rule.BySetPos.Count > 0)
        {
            // Ical.Net positions BYSETPOS within a different BYWEEKNO set than RFC 5545's; the hand-checked case is
            // pinned in WeekNumberSetPositionsFollowRfc5545. Counted as skipped, not agreed.
            detail = $"BYSETPOS over BYWEEKNO, where Ical.Net is known to differ; {detail}";
            return Outcome.IcalNetWrong;
        }

        if (rule.ByYearDay.Count > 0 && rule.BySetPos.Count > 0)
        {
            // Likewise over a BYYEARDAY set: Ical.Net picks the position before the year days limit the set (it gave
            // 2006-02-17 for BYSETPOS=-4 of a two-element year); pinned in YearDaySetPositionsFollowRfc5545.
            detail = $"BYSETPOS over BYYEARDAY, where Ical.Net is known to differ; {detail}";
            return Outcome.IcalNetWrong;
        }

        return Outcome.Different;
    }

    /// <summary>True when an instance breaks a plain BY-part limit (month, month day, year day, weekday, hour, minute).</summary>
    private static bool Violates(DateTime d, RecurrenceRule rule)
    {
        int dim = DateTime.DaysInMonth(d.Year, d.Month);
        int diy = DateTime.IsLeapYear(d.Year) ? 366 : 365;
        return (rule.ByMonth.Count > 0 && !rule.ByMonth.Contains(d.Month))
            || (rule.ByMonthDay.Count > 0 && !rule.ByMonthDay.Contains(d.Day) && !rule.ByMonthDay.Contains(d.Day - dim - 1))
            || (rule.ByYearDay.Count > 0 && !rule.ByYearDay.Contains(d.DayOfYear) && !rule.ByYearDay.Contains(d.DayOfYear - diy - 1))
            || (rule.ByDay.Count > 0 && !rule.ByDay.Any(w => w.Day == d.DayOfWeek))
            || (rule.ByHour.Count > 0 && d.TimeOfDay != TimeSpan.Zero && !rule.ByHour.Contains(d.Hour))
            || (rule.ByMinute.Count > 0 && d.TimeOfDay != TimeSpan.Zero && !rule.ByMinute.Contains(d.Minute));
    }
}
