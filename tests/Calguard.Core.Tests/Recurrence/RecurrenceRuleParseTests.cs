using Calguard.Recurrence;

namespace Calguard.Core.Tests.Recurrence;

public sealed class RecurrenceRuleParseTests
{
    [Fact]
    public void ReadsEveryPartCaseInsensitivelyWithBlanksAndTrailingSemicolon()
    {
        var problems = new List<RecurrenceProblem>();
        var rule = RecurrenceRule.Parse(" freq=Monthly ; interval=2;count=10;byday=1mo,-1FR,+2tu;bymonthday=1,-1;bymonth=1,7;byhour=9;byminute=30;bysecond=0;bysetpos=1,-1;wkst=su;", problems);
        Assert.Empty(problems);
        Assert.NotNull(rule);
        Assert.Equal(RecurrenceFrequency.Monthly, rule.Frequency);
        Assert.Equal(2, rule.Interval);
        Assert.Equal(10, rule.Count);
        Assert.Equal([new WeekdayNum(1, DayOfWeek.Monday), new WeekdayNum(-1, DayOfWeek.Friday), new WeekdayNum(2, DayOfWeek.Tuesday)], rule.ByDay);
        Assert.Equal([1, -1], rule.ByMonthDay);
        Assert.Equal([1, 7], rule.ByMonth);
        Assert.Equal([9], rule.ByHour);
        Assert.Equal([30], rule.ByMinute);
        Assert.Equal([0], rule.BySecond);
        Assert.Equal([1, -1], rule.BySetPos);
        Assert.Equal(DayOfWeek.Sunday, rule.WeekStart);
        Assert.Equal("FREQ=MONTHLY;COUNT=10;INTERVAL=2;BYMONTH=1,7;BYMONTHDAY=1,-1;BYDAY=1MO,-1FR,2TU;BYHOUR=9;BYMINUTE=30;BYSECOND=0;BYSETPOS=1,-1;WKST=SU", rule.ToString());
    }

    [Theory]
    [InlineData("", RecurrenceProblemKind.MissingFrequency)]
    [InlineData("COUNT=3", RecurrenceProblemKind.MissingFrequency)]
    [InlineData("FREQ=FORTNIGHTLY", RecurrenceProblemKind.UnknownFrequency)]
    [InlineData("FREQ=", RecurrenceProblemKind.UnknownFrequency)]
    public void WithoutAKnownFrequencyThereIsNoRule(string text, RecurrenceProblemKind kind)
    {
        var problems = new List<RecurrenceProblem>();
        Assert.Null(RecurrenceRule.Parse(text, problems));
        Assert.Contains(problems, p => p.Kind == kind);
    }

    [Theory]
    [InlineData("FREQ=DAILY;INTERVAL=0", 1)]
    [InlineData("FREQ=DAILY;INTERVAL=-3", 1)]
    [InlineData("FREQ=DAILY;INTERVAL=x", 1)]
    [InlineData("FREQ=DAILY;INTERVAL=99999999999999999999", int.MaxValue)]
    public void BadIntervalsAreReplaced(string text, int interval)
    {
        var problems = new List<RecurrenceProblem>();
        var rule = RecurrenceRule.Parse(text, problems);
        Assert.Equal(interval, rule!.Interval);
        Assert.Equal(RecurrenceProblemKind.InvalidInterval, Assert.Single(problems).Kind);
    }

    [Fact]
    public void RepeatedPartsKeepTheLastAndUnknownPartsAreIgnored()
    {
        var problems = new List<RecurrenceProblem>();
        var rule = RecurrenceRule.Parse("FREQ=DAILY;COUNT=5;X-EVIL=1;COUNT=7;NOVALUE", problems);
        Assert.Equal(7, rule!.Count);
        Assert.Equal(
            [RecurrenceProblemKind.UnknownPart, RecurrenceProblemKind.DuplicatePart, RecurrenceProblemKind.UnknownPart],
            problems.Select(p => p.Kind));
    }

    [Fact]
    public void OutOfRangeValuesAreDroppedAndDuplicatesMerged()
    {
        var problems = new List<RecurrenceProblem>();
        var rule = RecurrenceRule.Parse("FREQ=YEARLY;BYMONTH=0,1,13,1;BYMONTHDAY=32,-31,0;BYYEARDAY=367,-366;BYWEEKNO=54,-53;BYHOUR=24,23;BYMINUTE=60,59;BYSECOND=61,60;BYSETPOS=0,367,1;BYDAY=0MO,54TU,WE,WE,XX", problems);
        Assert.NotNull(rule);
        Assert.Equal([1], rule.ByMonth);
        Assert.Equal([-31], rule.ByMonthDay);
        Assert.Equal([-366], rule.ByYearDay);
        Assert.Equal([-53], rule.ByWeekNo);
        Assert.Equal([23], rule.ByHour);
        Assert.Equal([59], rule.ByMinute);
        Assert.Equal([60], rule.BySecond);
        Assert.Equal([1], rule.BySetPos);
        Assert.Equal([new WeekdayNum(0, DayOfWeek.Wednesday)], rule.ByDay);
        Assert.Equal(9, problems.Count(p => p.Kind == RecurrenceProblemKind.InvalidValue)); // one per part
    }

    [Theory]
    [InlineData("FREQ=DAILY;UNTIL=20260230", RecurrenceProblemKind.InvalidValue)]
    [InlineData("FREQ=DAILY;COUNT=0", RecurrenceProblemKind.InvalidValue)]
    [InlineData("FREQ=DAILY;COUNT=-4", RecurrenceProblemKind.InvalidValue)]
    [InlineData("FREQ=DAILY;WKST=XX", RecurrenceProblemKind.InvalidValue)]
    [InlineData("FREQ=DAILY;COUNT=3;UNTIL=20260101", RecurrenceProblemKind.CountAndUntil)]
    [InlineData("FREQ=MONTHLY;BYWEEKNO=3", RecurrenceProblemKind.UnsupportedCombination)]
    [InlineData("FREQ=MONTHLY;BYYEARDAY=3", RecurrenceProblemKind.UnsupportedCombination)]
    [InlineData("FREQ=WEEKLY;BYMONTHDAY=3", RecurrenceProblemKind.UnsupportedCombination)]
    [InlineData("FREQ=DAILY;BYDAY=1MO", RecurrenceProblemKind.UnsupportedCombination)]
    [InlineData("FREQ=YEARLY;BYWEEKNO=3;BYDAY=1MO", RecurrenceProblemKind.UnsupportedCombination)]
    [InlineData("FREQ=YEARLY;BYSETPOS=1", RecurrenceProblemKind.UnsupportedCombination)]
    [InlineData("FREQ=YEARLY;RSCALE=CHINESE", RecurrenceProblemKind.UnsupportedExtension)]
    [InlineData("FREQ=YEARLY;RSCALE=GREGORIAN;SKIP=FORWARD", RecurrenceProblemKind.UnsupportedExtension)]
    public void EachDefectIsReportedAsEvidence(string text, RecurrenceProblemKind kind)
    {
        var problems = new List<RecurrenceProblem>();
        Assert.NotNull(RecurrenceRule.Parse(text, problems));
        Assert.Equal(kind, Assert.Single(problems).Kind);
    }

    [Fact]
    public void ForbiddenPartsAreDroppedOrReinterpreted()
    {
        Assert.Empty(RecurrenceRule.Parse("FREQ=MONTHLY;BYWEEKNO=3", [])!.ByWeekNo);
        Assert.Equal([new WeekdayNum(0, DayOfWeek.Monday)], RecurrenceRule.Parse("FREQ=DAILY;BYDAY=1MO,-1MO", [])!.ByDay);
        Assert.Equal([new WeekdayNum(1, DayOfWeek.Monday)], RecurrenceRule.Parse("FREQ=YEARLY;BYWEEKNO=3;BYDAY=1MO", [])!.ByDay);
    }

    [Fact]
    public void UntilKeepsItsValueType()
    {
        var date = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260301", [])!;
        Assert.True(date.UntilIsDate);
        Assert.Equal(new DateTime(2026, 3, 1), date.Until);
        var utc = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260301t101500z", [])!;
        Assert.True(utc.UntilIsUtc);
        Assert.Equal(new DateTime(2026, 3, 1, 10, 15, 0), utc.Until);
        Assert.Equal("FREQ=DAILY;UNTIL=20260301T101500Z", utc.ToString());
        var floating = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260301T101500", [])!;
        Assert.False(floating.UntilIsUtc || floating.UntilIsDate);
    }

    [Fact]
    public void WithCountAndWithUntilReplaceTheBound()
    {
        var rule = RecurrenceRule.Parse("FREQ=MINUTELY;UNTIL=99991231T235959Z;BYHOUR=9", [])!;
        var counted = rule.WithCount(10);
        Assert.Equal("FREQ=MINUTELY;COUNT=10;BYHOUR=9", counted.ToString());
        Assert.Null(counted.Until);
        var until = counted.WithUntil(new DateTime(2026, 4, 1, 8, 30, 15, 500), isDate: false, isUtc: true);
        Assert.Equal("FREQ=MINUTELY;UNTIL=20260401T083015Z;BYHOUR=9", until.ToString());
        Assert.Equal("FREQ=MINUTELY;UNTIL=20260401;BYHOUR=9", counted.WithUntil(new DateTime(2026, 4, 1, 8, 0, 0), isDate: true, isUtc: true).ToString());
        Assert.Equal(1, rule.WithCount(-5).Count);
        Assert.True(until.WithoutBounds().IsUnbounded);
        Assert.Equal(rule.WithCount(10), RecurrenceRule.Parse(counted.ToString(), []));
    }

    [Fact]
    public void HugeValueListsParseInLinearTime()
    {
        var text = "FREQ=YEARLY;BYYEARDAY=" + string.Join(',', Enumerable.Range(0, 200_000).Select(i => ((i % 733) - 366).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var problems = new List<RecurrenceProblem>();
        RecurrenceRule? rule = null;
        var elapsed = BestOf.Measure(() => { problems.Clear(); rule = RecurrenceRule.Parse(text, problems); }, TimeSpan.FromMilliseconds(500));
        Assert.Equal(732, rule!.ByYearDay.Count);
        Assert.Single(problems); // the zeros
        Assert.True(elapsed < TimeSpan.FromMilliseconds(500), $"took {elapsed.TotalMilliseconds} ms");
    }
}
