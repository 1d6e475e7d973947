using System.Diagnostics;
using Calguard.Recurrence;
using Xunit.Abstractions;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>
/// Rules crafted to hang or overflow a naive expander (integration-research §6 shows Ical.Net spending 85 s or
/// never finishing on some of them). Each must finish well under 50 ms and say what it found (R37, R38).
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class AdversarialRecurrenceTests(ITestOutputHelper output)
{
    private static readonly DateTime Arrival = new(2026, 3, 1, 12, 0, 0);
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(50);

    /// <summary>Semantic checks use a generous clock so that a loaded test machine cannot turn exact counts into lower bounds.</summary>
    private static readonly RecurrenceLimits Unhurried = RecurrenceLimits.Default with { Budget = TimeSpan.FromSeconds(5) };

    static AdversarialRecurrenceTests()
    {
        // Warm up the JIT so the first case is not charged for compiling the analyser.
        foreach (var rule in new[] { "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=WEEKLY;BYDAY=MO,WE;BYSETPOS=1", "FREQ=YEARLY;BYWEEKNO=1;COUNT=3", "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20300101", "FREQ=HOURLY;BYHOUR=1;INTERVAL=5" })
        {
            for (int i = 0; i < 3; i++)
            {
                Timed(rule, new DateTime(2020, 1, 1), Arrival, out _, out _);
            }
        }
    }

    [Fact]
    public void UnboundedSecondlySince1970JumpsToTheReference()
    {
        var s = Timed("FREQ=SECONDLY", new DateTime(1970, 1, 1), Arrival, out _, out var elapsed);
        Log("SECONDLY since 1970", s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.True(s.IsUnbounded);
        Assert.Equal(10_000, s.InstancesInHorizon);
        Assert.True(s.InstanceCountIsLowerBound);
        Assert.Equal(TimeSpan.FromSeconds(1), s.ShortestInterval);
        Assert.Equal(Arrival, s.NextInstanceAfterReference);
        Assert.Equal(new DateTime(1970, 1, 1), s.FirstInstance);
        Assert.Null(s.TotalInstances);
        Assert.Null(s.LastInstance);
        Assert.False(s.BudgetExceeded);
    }

    [Theory]
    [InlineData("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=MONTHLY;BYMONTH=4,6,9,11;BYMONTHDAY=31")]
    [InlineData("FREQ=HOURLY;BYMONTH=1;BYYEARDAY=366")]
    [InlineData("FREQ=YEARLY;BYMONTH=3;BYDAY=6MO")]
    [InlineData("FREQ=YEARLY;BYWEEKNO=10;BYDAY=2MO")]
    [InlineData("FREQ=DAILY;INTERVAL=7;BYDAY=TU")]
    [InlineData("FREQ=MONTHLY;INTERVAL=12;BYMONTH=5")]
    [InlineData("FREQ=HOURLY;INTERVAL=24;BYHOUR=5")]
    [InlineData("FREQ=MINUTELY;INTERVAL=60;BYMINUTE=7")]
    [InlineData("FREQ=SECONDLY;INTERVAL=60;BYSECOND=7")]
    [InlineData("FREQ=SECONDLY;BYSECOND=60")]
    [InlineData("FREQ=DAILY;BYHOUR=1,2;BYSETPOS=3")]
    [InlineData("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYYEARDAY=100")]
    [InlineData("FREQ=SECONDLY;BYDAY=MO;BYMONTHDAY=1;BYMONTH=1;BYYEARDAY=-1")]
    public void NeverMatchingRulesAreReportedQuickly(string rrule)
    {
        // DTSTART 2001-01-01 is a Monday at 00:00:00, not matched by any of these rules.
        var s = Timed(rrule, new DateTime(2001, 1, 1), Arrival, out _, out var elapsed);
        Log(rrule, s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.True(s.Has(RecurrenceProblemKind.NeverMatches), string.Join("; ", s.Problems));
        Assert.Equal(0, s.InstancesInHorizon);
        Assert.Null(s.NextInstanceAfterReference);
        Assert.Equal(new DateTime(2001, 1, 1), s.FirstInstance);
    }

    [Fact]
    public void HugeCountAtSecondlyIsAbsurdButTheHorizonIsStillExact()
    {
        var s = Timed("FREQ=SECONDLY;COUNT=2147483647", new DateTime(1970, 1, 1), Arrival, out _, out var elapsed);
        Log("COUNT=2147483647", s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.True(s.Has(RecurrenceProblemKind.AbsurdCount));
        Assert.Null(s.TotalInstances);
        Assert.Equal(10_000, s.InstancesCounted);
        Assert.Equal(10_000, s.InstancesInHorizon);
        Assert.True(s.InstanceCountIsLowerBound);
        Assert.Equal(Arrival, s.NextInstanceAfterReference);
    }

    [Fact]
    public void HugeCountWhoseEndFallsBeforeTheReferenceIsUnknownNotWrong()
    {
        // 2^31 seconds from 1900 end in 1968, but proving that needs a walk of 2^31 instances.
        var s = Timed("FREQ=SECONDLY;COUNT=2147483647", new DateTime(1900, 1, 1), Arrival, out _, out var elapsed);
        Log("COUNT=2147483647 from 1900", s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.True(s.BudgetExceeded);
        Assert.True(s.Has(RecurrenceProblemKind.BudgetExceeded));
        Assert.True(s.InstanceCountIsLowerBound);
        Assert.Equal(0, s.InstancesInHorizon);
        Assert.Null(s.NextInstanceAfterReference);
    }

    [Fact]
    public void IntervalZeroIsReadAsOne()
    {
        var s = Timed("FREQ=MINUTELY;INTERVAL=0", new DateTime(2026, 2, 1), Arrival, out var parse, out var elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.Contains(parse, p => p.Kind == RecurrenceProblemKind.InvalidInterval);
        Assert.Equal(TimeSpan.FromMinutes(1), s.ShortestInterval);
        Assert.Equal(10_000, s.InstancesInHorizon);
    }

    [Fact]
    public void UntilAtTheEndOfTimeIsAbsurd()
    {
        var s = Timed("FREQ=SECONDLY;UNTIL=99991231T235959Z", new DateTime(1970, 1, 1), Arrival, out _, out var elapsed);
        Log("UNTIL=99991231T235959Z", s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.True(s.Has(RecurrenceProblemKind.AbsurdUntil));
        Assert.False(s.IsUnbounded);
        Assert.Null(s.TotalInstances);
        Assert.Equal(10_000, s.InstancesInHorizon);
        Assert.True(s.InstanceCountIsLowerBound);
    }

    [Fact]
    public void HugeSetsWithBySetPosCostNothingUntilWalked()
    {
        var all = string.Join(',', Enumerable.Range(1, 31));
        var hours = string.Join(',', Enumerable.Range(0, 24));
        var minutes = string.Join(',', Enumerable.Range(0, 60));
        var positions = string.Join(',', Enumerable.Range(1, 366).SelectMany(i => new[] { i, -i }));
        var rule = $"FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY={all};BYHOUR={hours};BYMINUTE={minutes};BYSECOND={minutes};BYSETPOS={positions}";
        var s = Timed(rule, new DateTime(1990, 1, 1), Arrival, out var parse, out var elapsed);
        Log("YEARLY 31.5M candidates × 732 BYSETPOS", s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.Empty(parse);
        Assert.Equal(732 * 2, s.InstancesInHorizon);
        Assert.Equal(TimeSpan.FromSeconds(1), s.ShortestInterval);
    }

    [Fact]
    public void ThousandsOfValuesAreDedupedAndBadOnesReported()
    {
        var values = string.Join(',', Enumerable.Range(0, 5000).Select(i => i % 40 == 0 ? "x" + i : ((i % 31) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var rule = $"FREQ=DAILY;BYMONTHDAY={values};BYHOUR={string.Join(',', Enumerable.Repeat("7", 3000))}";
        var s = Timed(rule, new DateTime(2026, 1, 1, 7, 0, 0), Arrival, out var parse, out var elapsed);
        Log("5000 BYMONTHDAY values", s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        var parsed = RecurrenceRule.Parse(rule, []);
        Assert.NotNull(parsed);
        Assert.Equal(31, parsed.ByMonthDay.Count);
        Assert.Equal([7], parsed.ByHour);
        var bad = Assert.Single(parse);
        Assert.Equal(RecurrenceProblemKind.InvalidValue, bad.Kind);
        Assert.Equal(730, s.InstancesInHorizon);
    }

    [Theory]
    [InlineData("FREQ=SECONDLY", 9999, 12, 31, 23, 59, 0)]
    [InlineData("FREQ=YEARLY;COUNT=5", 9998, 1, 1, 0, 0, 0)]
    [InlineData("FREQ=WEEKLY;INTERVAL=2147483647;COUNT=3", 2024, 1, 1, 0, 0, 0)]
    [InlineData("FREQ=YEARLY;BYWEEKNO=-1;BYDAY=SU;COUNT=3", 9997, 12, 28, 0, 0, 0)]
    [InlineData("FREQ=DAILY;COUNT=10", 1, 1, 1, 0, 0, 0)]
    [InlineData("FREQ=WEEKLY;WKST=SU;BYDAY=SU,SA", 1, 1, 1, 0, 0, 0)]
    [InlineData("FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", 1, 1, 1, 0, 0, 0)]
    [InlineData("FREQ=MONTHLY;BYDAY=-1SU;UNTIL=99991231", 9999, 1, 1, 0, 0, 0)]
    [InlineData("FREQ=SECONDLY;INTERVAL=2147483647", 1, 1, 1, 0, 0, 0)]
    public void CalendarEdgesDoNotOverflow(string rrule, int y, int mo, int d, int h, int mi, int se)
    {
        var start = new DateTime(y, mo, d, h, mi, se);
        foreach (var reference in new[] { DateTime.MinValue, start, Arrival, DateTime.MaxValue })
        {
            var limits = RecurrenceLimits.Default with { Horizon = TimeSpan.MaxValue };
            var rule = RecurrenceRule.Parse(rrule, [])!;
            RecurrenceSummary s = null!;
            var best = BestOf.Measure(() => s = RecurrenceAnalyser.Analyse(new RecurrenceInput(start, rule) { Duration = TimeSpan.FromDays(400) }, reference, limits), Bound);

            Assert.True(best < Bound, $"{rrule} at {reference:s} took {best}");
            Assert.False(s.Has(RecurrenceProblemKind.InternalError), string.Join("; ", s.Problems));
            Assert.Equal(start, s.FirstInstance);
            var expansion = RecurrenceAnalyser.Expand(new RecurrenceInput(start, rule), DateTime.MinValue, DateTime.MaxValue);
            Assert.DoesNotContain(expansion.Problems, p => p.Kind == RecurrenceProblemKind.InternalError);
            Assert.Equal(start, expansion.Instances[0]);
        }
    }

    [Fact]
    public void CountPastTheYear9999IsOutOfRange()
    {
        var s = Timed("FREQ=YEARLY;COUNT=5", new DateTime(9998, 1, 1), Arrival, out _, out _);
        Assert.True(s.Has(RecurrenceProblemKind.OutOfRange));
        Assert.Equal(2, s.TotalInstances);
    }

    [Fact]
    public void RareButPossibleRulesAreFoundBySkippingDays()
    {
        // Once every four years, at one second: a naive SECONDLY walk needs 126 million steps per hit.
        var s = Timed("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=23;BYMINUTE=59;BYSECOND=59", new DateTime(2001, 1, 1), Arrival, out _, out var elapsed);
        Log("leap-day second", s, elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.False(s.Has(RecurrenceProblemKind.NeverMatches));
        Assert.Equal(new DateTime(2028, 2, 29, 23, 59, 59), s.NextInstanceAfterReference);
        Assert.Equal(0, s.InstancesInHorizon); // the horizon ends at noon that day
        Assert.Equal(new DateTime(2004, 2, 29, 23, 59, 59), RecurrenceAnalyser.Expand(
            new RecurrenceInput(new DateTime(2001, 1, 1), RecurrenceRule.Parse("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=23;BYMINUTE=59;BYSECOND=59", [])),
            new DateTime(2001, 1, 2), DateTime.MaxValue, RecurrenceLimits.Default with { MaxInstances = 1 }).Instances[0]);
    }

    [Fact]
    public void AnAlarmEveryMinuteForeverIsSeenAsFrequent()
    {
        var s = Timed("FREQ=MINUTELY", new DateTime(2026, 2, 28, 9, 0, 0), Arrival, out _, out var elapsed);
        Assert.True(elapsed < Bound, $"took {elapsed}");
        Assert.True(s.IsUnbounded);
        Assert.Equal(RecurrenceFrequency.Minutely, s.Frequency);
        Assert.Equal(TimeSpan.FromMinutes(1), s.ShortestInterval);
        Assert.True(s.InstanceCountIsLowerBound);
    }

    [Fact]
    public void ATinyBudgetStillAnswersWithLowerBounds()
    {
        var rule = RecurrenceRule.Parse("FREQ=SECONDLY;COUNT=1000000", [])!;
        var limits = new RecurrenceLimits { MaxIterations = 1000, Budget = TimeSpan.FromMilliseconds(1) };
        var s = RecurrenceAnalyser.Analyse(new RecurrenceInput(new DateTime(2026, 1, 1), rule), Arrival, limits);
        Assert.True(s.BudgetExceeded);
        Assert.True(s.Has(RecurrenceProblemKind.BudgetExceeded));
        Assert.Null(s.TotalInstances);
        Assert.True(s.InstancesCounted > 0);
        Assert.Equal(TimeSpan.FromSeconds(1), s.ShortestInterval);
    }

    /// <summary>
    /// Times parse + analyse with the default limits (best of three, so a descheduled test thread on a loaded
    /// machine is not blamed on the analyser), then returns the summary computed with an unhurried clock.
    /// </summary>
    private static RecurrenceSummary Timed(string rrule, DateTime start, DateTime reference, out List<RecurrenceProblem> parse, out TimeSpan elapsed)
    {
        var parsed = new List<RecurrenceProblem>();
        elapsed = BestOf.Measure(
            () =>
            {
                parsed.Clear();
                var timedRule = RecurrenceRule.Parse(rrule, parsed);
                Assert.NotNull(timedRule);
                var timed = RecurrenceAnalyser.Analyse(new RecurrenceInput(start, timedRule), reference, RecurrenceLimits.Default);
                Assert.False(timed.Has(RecurrenceProblemKind.InternalError), string.Join("; ", timed.Problems));
            },
            Bound);
        parse = parsed;
        var rule = RecurrenceRule.Parse(rrule, []);
        var summary = RecurrenceAnalyser.Analyse(new RecurrenceInput(start, rule), reference, Unhurried);
        Assert.False(summary.Has(RecurrenceProblemKind.InternalError), string.Join("; ", summary.Problems));
        return summary;
    }

    private void Log(string what, RecurrenceSummary s, TimeSpan elapsed)
        => output.WriteLine($"{what}: {elapsed.TotalMilliseconds:F3} ms, horizon {s.InstancesInHorizon}{(s.InstanceCountIsLowerBound ? "+" : string.Empty)}, problems: {string.Join("; ", s.Problems)}");
}
