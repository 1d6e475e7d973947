using Calguard.Recurrence;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>What the summary says about ordinary series (R6, R21, R23, R36–R38 read these figures).</summary>
public sealed class RecurrenceAnalyserTests
{
    private static readonly DateTime Arrival = new(2026, 3, 1, 12, 0, 0);

    private static RecurrenceSummary Analyse(string? rrule, DateTime start, Func<RecurrenceInput, RecurrenceInput>? adjust = null, RecurrenceLimits? limits = null)
    {
        var input = new RecurrenceInput(start, rrule is null ? null : RecurrenceRule.Parse(rrule, []));
        if (adjust is not null)
        {
            input = adjust(input);
        }

        return RecurrenceAnalyser.Analyse(input, Arrival, limits ?? RecurrenceLimits.Default);
    }

    [Fact]
    public void ASingleEventIsNotRecurring()
    {
        var s = Analyse(null, new DateTime(2026, 3, 10, 9, 0, 0));
        Assert.False(s.IsRecurring);
        Assert.False(s.IsUnbounded);
        Assert.Equal(1, s.TotalInstances);
        Assert.Equal(1, s.InstancesInHorizon);
        Assert.Equal(new DateTime(2026, 3, 10, 9, 0, 0), s.FirstInstance);
        Assert.Equal(s.FirstInstance, s.LastInstance);
        Assert.Equal(s.FirstInstance, s.NextInstanceAfterReference);
        Assert.Null(s.ShortestInterval);
        Assert.Null(s.Frequency);
        Assert.Empty(s.Problems);
    }

    [Fact]
    public void ABoundedWeeklySeriesIsCountedExactly()
    {
        var s = Analyse("FREQ=WEEKLY;COUNT=10;BYDAY=TU,TH", new DateTime(2026, 2, 3, 9, 0, 0));
        Assert.True(s.IsRecurring);
        Assert.False(s.IsUnbounded);
        Assert.Equal(10, s.TotalInstances);
        Assert.Equal(10, s.InstancesCounted);
        Assert.Equal(new DateTime(2026, 2, 3, 9, 0, 0), s.FirstInstance);
        Assert.Equal(new DateTime(2026, 3, 5, 9, 0, 0), s.LastInstance);
        Assert.Equal(new DateTime(2026, 3, 3, 9, 0, 0), s.NextInstanceAfterReference);
        Assert.Equal(2, s.InstancesInHorizon);
        Assert.False(s.InstanceCountIsLowerBound);
        Assert.Equal(TimeSpan.FromDays(2), s.ShortestInterval);
        Assert.Equal(RecurrenceFrequency.Weekly, s.Frequency);
        Assert.False(s.BudgetExceeded);
    }

    [Fact]
    public void AnUnboundedSeriesIsCountedInTheHorizonOnly()
    {
        var s = Analyse("FREQ=DAILY", new DateTime(2020, 1, 1, 8, 0, 0));
        Assert.True(s.IsUnbounded);
        Assert.Null(s.TotalInstances);
        Assert.Null(s.LastInstance);
        Assert.Equal(730, s.InstancesInHorizon);
        Assert.Equal(new DateTime(2026, 3, 2, 8, 0, 0), s.NextInstanceAfterReference);
        Assert.Equal(new DateTime(2020, 1, 1, 8, 0, 0), s.FirstInstance);
        Assert.Equal(TimeSpan.FromDays(1), s.ShortestInterval);
    }

    [Fact]
    public void TheHorizonIsInclusiveAtBothEnds()
    {
        var limits = RecurrenceLimits.Default with { Horizon = TimeSpan.FromDays(2) };
        var s = Analyse("FREQ=DAILY", new DateTime(2026, 1, 1, 12, 0, 0), limits: limits);
        Assert.Equal(3, s.InstancesInHorizon);
        Assert.Equal(Arrival, s.NextInstanceAfterReference);
    }

    [Fact]
    public void ExDateRemovesAndRDateAddsWithoutDuplicates()
    {
        var start = new DateTime(2026, 3, 2, 9, 0, 0);
        var s = Analyse("FREQ=DAILY;COUNT=5", start, i => new RecurrenceInput(i.Start, i.Rule)
        {
            ExDates = [start, start.AddDays(2)],
            RDates = [start.AddDays(1), start.AddDays(10), start.AddDays(10)],
        });
        Assert.Equal(4, s.TotalInstances);
        Assert.Equal(start.AddDays(1), s.FirstInstance);
        Assert.Equal(start.AddDays(10), s.LastInstance);
        Assert.Equal(TimeSpan.FromDays(1), s.ShortestInterval); // 4th to 5th of March
    }

    [Fact]
    public void ExDateOnADayRemovesEveryInstanceThatDay()
    {
        var start = new DateTime(2026, 3, 2, 9, 0, 0);
        var s = Analyse("FREQ=HOURLY;COUNT=48", start, i => new RecurrenceInput(i.Start, i.Rule) { ExDateDays = [new DateOnly(2026, 3, 3)] });
        Assert.Equal(24, s.TotalInstances);
    }

    [Fact]
    public void ExRuleRemovesItsInstancesButNotAnUnmatchedStart()
    {
        var start = new DateTime(2002, 1, 1, 9, 0, 0); // a Tuesday
        var s = RecurrenceAnalyser.Analyse(new RecurrenceInput(start, RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20020201T000000Z", []))
        {
            ExRules = [RecurrenceRule.Parse("FREQ=WEEKLY;UNTIL=20020201T000000Z;BYDAY=SA,SU", [])!],
        }, Arrival);
        Assert.Equal(23, s.TotalInstances);
    }

    [Fact]
    public void DtStartCountsAsTheFirstInstanceEvenWhenUnsynchronised()
    {
        // RFC 5545 §3.8.5.3: DTSTART is the first instance and counts towards COUNT.
        var s = Analyse("FREQ=WEEKLY;COUNT=3;BYDAY=FR", new DateTime(2026, 3, 2, 9, 0, 0));
        Assert.True(s.Has(RecurrenceProblemKind.UnsynchronisedStart));
        Assert.Equal(3, s.TotalInstances);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), s.FirstInstance);
        Assert.Equal(new DateTime(2026, 3, 13, 9, 0, 0), s.LastInstance);
    }

    [Fact]
    public void MultipleRulesAreMerged()
    {
        var start = new DateTime(2026, 3, 2, 9, 0, 0);
        var s = RecurrenceAnalyser.Analyse(new RecurrenceInput(start)
        {
            Rules = [RecurrenceRule.Parse("FREQ=DAILY;COUNT=3", [])!, RecurrenceRule.Parse("FREQ=HOURLY;COUNT=3", [])!],
        }, Arrival);
        Assert.Equal(5, s.TotalInstances);
        Assert.Equal(TimeSpan.FromHours(1), s.ShortestInterval);
        Assert.Equal(RecurrenceFrequency.Hourly, s.Frequency);
    }

    [Fact]
    public void UtcUntilIsConvertedIntoTheStartFrame()
    {
        // 09:00 wall clock at UTC-8; UNTIL 17:00Z is 09:00 local, so the third day is included.
        var start = new DateTime(2026, 3, 2, 9, 0, 0);
        var rule = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260304T170000Z", [])!;
        var converted = RecurrenceAnalyser.Analyse(new RecurrenceInput(start, rule) { UtcToLocal = utc => utc.AddHours(-8) }, Arrival);
        Assert.Equal(3, converted.TotalInstances);
        var unconverted = RecurrenceAnalyser.Analyse(new RecurrenceInput(start, rule), Arrival);
        Assert.Equal(3, unconverted.TotalInstances);
        var earlier = RecurrenceAnalyser.Analyse(new RecurrenceInput(start, RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260304T160000Z", [])) { UtcToLocal = utc => utc.AddHours(-8) }, Arrival);
        Assert.Equal(2, earlier.TotalInstances);
    }

    [Fact]
    public void DateUntilIncludesTheWholeDay()
    {
        var s = Analyse("FREQ=DAILY;UNTIL=20260304", new DateTime(2026, 3, 2, 23, 0, 0));
        Assert.Equal(3, s.TotalInstances);
    }

    [Fact]
    public void AllDaySeriesIgnoreTimeParts()
    {
        var s = RecurrenceAnalyser.Analyse(new RecurrenceInput(new DateTime(2026, 3, 2), RecurrenceRule.Parse("FREQ=DAILY;COUNT=3;BYHOUR=9,10", [])) { StartIsDate = true }, Arrival);
        Assert.Equal(3, s.TotalInstances);
        Assert.Equal(new DateTime(2026, 3, 4), s.LastInstance);
        Assert.True(s.Has(RecurrenceProblemKind.UnsupportedCombination));
    }

    [Fact]
    public void UntilBeforeStartLeavesOnlyTheStart()
    {
        var s = Analyse("FREQ=DAILY;UNTIL=20200101", new DateTime(2026, 3, 2, 9, 0, 0));
        Assert.True(s.Has(RecurrenceProblemKind.UntilBeforeStart));
        Assert.Equal(1, s.TotalInstances);
    }

    [Fact]
    public void OverlappingShortEventsAreFlagged()
    {
        // R38: overlapping short events with no end.
        var s = Analyse("FREQ=MINUTELY;INTERVAL=5", new DateTime(2026, 3, 1, 9, 0, 0), i => new RecurrenceInput(i.Start, i.Rule) { Duration = TimeSpan.FromMinutes(30) });
        Assert.True(s.InstancesOverlap);
        var apart = Analyse("FREQ=WEEKLY", new DateTime(2026, 3, 1, 9, 0, 0), i => new RecurrenceInput(i.Start, i.Rule) { Duration = TimeSpan.FromHours(1) });
        Assert.False(apart.InstancesOverlap);
    }

    [Fact]
    public void MaxInstancesMakesTheTotalUnknownAndTheHorizonALowerBound()
    {
        var limits = RecurrenceLimits.Default with { MaxInstances = 100 };
        var s = Analyse("FREQ=HOURLY;COUNT=5000", new DateTime(2026, 3, 1, 0, 0, 0), limits: limits);
        Assert.Null(s.TotalInstances);
        Assert.Equal(100, s.InstancesCounted);
        Assert.Equal(100, s.InstancesInHorizon);
        Assert.True(s.InstanceCountIsLowerBound);
        Assert.Equal(Arrival, s.NextInstanceAfterReference);
    }

    [Fact]
    public void ASlowMachineIsReportedButIsNotEvidenceAgainstTheRule()
    {
        // A budget already spent stands for a loaded machine: the same rule must not look crafted because of it.
        var limits = RecurrenceLimits.Default with { Budget = TimeSpan.Zero };
        var s = Analyse("FREQ=DAILY;COUNT=5000", new DateTime(2020, 1, 1, 9, 0, 0), limits: limits);
        Assert.True(s.BudgetExceeded);
        Assert.True(s.Has(RecurrenceProblemKind.ClockBudgetExceeded));
        Assert.False(s.Has(RecurrenceProblemKind.BudgetExceeded));
    }

    [Fact]
    public void ALimitOnIterationsIsReportedNotHidden()
    {
        var limits = RecurrenceLimits.Default with { MaxIterations = 500 };
        var s = Analyse("FREQ=DAILY;COUNT=5000", new DateTime(2020, 1, 1, 9, 0, 0), limits: limits);
        Assert.True(s.BudgetExceeded);
        Assert.True(s.Has(RecurrenceProblemKind.BudgetExceeded));
        Assert.Null(s.TotalInstances);
        Assert.True(s.InstanceCountIsLowerBound);
    }

    [Fact]
    public void WithNothingExpandedTheNominalPeriodStandsIn()
    {
        // The expansion is cut before a second instance is seen; FREQ × INTERVAL still says "every 2 minutes".
        var s = Analyse("FREQ=MINUTELY;INTERVAL=2", new DateTime(2020, 1, 1), limits: RecurrenceLimits.Default with { MaxIterations = 1 });
        Assert.True(s.BudgetExceeded);
        Assert.Equal(new DateTime(2020, 1, 1), s.FirstInstance);
        Assert.Equal(TimeSpan.FromMinutes(2), s.ShortestInterval);
        Assert.True(s.InstanceCountIsLowerBound);
    }

    [Fact]
    public void CountsAreExactAtTheLimitAndOneBelow()
    {
        var start = new DateTime(2026, 3, 1, 12, 0, 0);
        var atLimit = Analyse("FREQ=DAILY;COUNT=100", start, limits: RecurrenceLimits.Default with { MaxInstances = 101 });
        Assert.Equal(100, atLimit.TotalInstances);
        var belowLimit = Analyse("FREQ=DAILY;COUNT=100", start, limits: RecurrenceLimits.Default with { MaxInstances = 100 });
        Assert.Null(belowLimit.TotalInstances);
        Assert.Equal(100, belowLimit.InstancesCounted);
    }

    [Fact]
    public void AFutureFirstInstanceIsReportedForFarAwayEvents()
    {
        // R38: events placed far in the future.
        var s = Analyse("FREQ=YEARLY", new DateTime(2090, 6, 1, 9, 0, 0));
        Assert.Equal(new DateTime(2090, 6, 1, 9, 0, 0), s.FirstInstance);
        Assert.Equal(0, s.InstancesInHorizon);
        Assert.Equal(new DateTime(2090, 6, 1, 9, 0, 0), s.NextInstanceAfterReference);
        Assert.Equal(TimeSpan.FromDays(365), s.ShortestInterval);
    }

    [Fact]
    public void NullInputIsAProblemNotAnException()
    {
        var s = RecurrenceAnalyser.Analyse(null!, Arrival);
        Assert.True(s.Has(RecurrenceProblemKind.InvalidValue));
    }

    [Fact]
    public void ExpandListsTheWindowOnly()
    {
        var input = new RecurrenceInput(new DateTime(2026, 1, 5, 9, 0, 0), RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO", []));
        var e = RecurrenceAnalyser.Expand(input, new DateTime(2026, 3, 1), new DateTime(2026, 3, 31));
        Assert.Equal([new DateTime(2026, 3, 2, 9, 0, 0), new DateTime(2026, 3, 9, 9, 0, 0), new DateTime(2026, 3, 16, 9, 0, 0), new DateTime(2026, 3, 23, 9, 0, 0), new DateTime(2026, 3, 30, 9, 0, 0)], e.Instances);
        Assert.False(e.IsTruncated);
        var counted = new RecurrenceInput(new DateTime(2026, 1, 5, 9, 0, 0), RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO;COUNT=10", []));
        Assert.Equal(2, RecurrenceAnalyser.Expand(counted, new DateTime(2026, 3, 1), new DateTime(2026, 3, 31)).Instances.Count);
    }
}
