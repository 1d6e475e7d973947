using System.Globalization;
using Calguard.Recurrence;
using FsCheck;
using FsCheck.Fluent;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>Properties over arbitrary input: never throw, always bounded, canonical text round-trips.</summary>
[Collection(TimingCollection.Name)]
public sealed class RecurrencePropertyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(50);

    private static readonly string[] Names =
    [
        "FREQ", "INTERVAL", "COUNT", "UNTIL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
        "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "RSCALE", "SKIP", "X-NAME", "freq", "ByDay", "", "=", "BY", "FREQ ",
    ];

    private static readonly string[] Frequencies = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "weekly", "FOO", ""];

    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "mo", "XX", ""];

    private static Gen<string> Number { get; } = Gen.OneOf(
        Gen.Choose(-400, 400).Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Elements("0", "-0", "+5", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e3", "", " 7 ", "٣"));

    private static Gen<string> Value { get; } = Gen.OneOf(
        Gen.Elements(Frequencies),
        Number,
        Number.ArrayOf().Select(a => string.Join(',', a)),
        (from ord in Gen.Elements("", "1", "-1", "2", "+3", "-5", "0", "54", "x")
         from d in Gen.Elements(Days)
         select ord + d).ArrayOf().Select(a => string.Join(',', a)),
        Gen.Elements("20260101", "20260101T000000", "20260101T000000Z", "99991231T235959Z", "00000101", "20260230", "2026", "20261301T000000", "19700101T000060Z"),
        Gen.Elements("GREGORIAN", "CHINESE", "OMIT", "BACKWARD", "garbage;=,", "\u0000", "é"));

    private static Gen<string> RuleText { get; } =
        (from parts in (from name in Gen.Elements(Names)
                        from eq in Gen.Frequency((9, Gen.Constant("=")), (1, Gen.Elements("", "==", " = ")))
                        from value in Value
                        select name + eq + value).ArrayOf()
         from freq in Gen.Frequency((4, Gen.Elements(Frequencies).Select(f => "FREQ=" + f + ";")), (1, Gen.Constant(string.Empty)))
         from trailing in Gen.Elements("", ";", ";;", " ")
         select freq + string.Join(';', parts) + trailing);

    private static Gen<DateTime> Instant { get; } = Gen.OneOf(
        Gen.Choose(1, 9999).SelectMany(y => Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, 28).SelectMany(d => Gen.Choose(0, 86399).Select(s => new DateTime(y, m, d).AddSeconds(s))))),
        Gen.Choose(1960, 2040).Select(y => new DateTime(y, 1, 1)),
        Gen.Elements(DateTime.MinValue, DateTime.MaxValue, new DateTime(2026, 3, 1)));

    [Fact]
    public void AnalyseNeverThrowsAndStaysWithinTheBudget()
    {
        _ = RecurrenceAnalyser.Analyse(new RecurrenceInput(new DateTime(2026, 1, 1), RecurrenceRule.Parse("FREQ=DAILY", [])), new DateTime(2026, 3, 1));
        var cases = from text in RuleText
                    from start in Instant
                    from reference in Instant
                    from isDate in Gen.Elements(false, true)
                    select (text, start, reference, isDate);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var problems = new List<RecurrenceProblem>();
            var rule = RecurrenceRule.Parse(c.text, problems);
            var input = new RecurrenceInput(c.start, rule)
            {
                StartIsDate = c.isDate,
                RDates = [c.reference],
                ExDates = [c.start],
                Duration = TimeSpan.FromHours(1),
            };
            RecurrenceSummary? summary = null;
            var elapsed = BestOf.Measure(() => summary = RecurrenceAnalyser.Analyse(input, c.reference, RecurrenceLimits.Default), Bound);
            var expansion = RecurrenceAnalyser.Expand(input, c.reference, DateTime.MaxValue, RecurrenceLimits.Default with { MaxInstances = 50 });

            Assert.True(elapsed < Bound, $"{c.text} from {c.start:s} at {c.reference:s} took {elapsed}");
            Assert.False(summary!.Has(RecurrenceProblemKind.InternalError), $"{c.text}: {string.Join("; ", summary.Problems)}");
            Assert.DoesNotContain(expansion.Problems, p => p.Kind == RecurrenceProblemKind.InternalError);
            Assert.True(expansion.Instances.Count <= 50);
            for (int i = 1; i < expansion.Instances.Count; i++)
            {
                Assert.True(expansion.Instances[i - 1] < expansion.Instances[i], "instances must be strictly ascending");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500).WithQuietOnSuccess(true));
    }

    [Fact]
    public void CanonicalTextRoundTrips()
    {
        Prop.ForAll(RuleText.ToArbitrary(), text =>
        {
            var rule = RecurrenceRule.Parse(text, []);
            if (rule is null)
            {
                return;
            }

            var canonical = rule.ToString();
            var problems = new List<RecurrenceProblem>();
            var again = RecurrenceRule.Parse(canonical, problems);
            Assert.NotNull(again);
            Assert.Equal(rule, again);
            Assert.Equal(canonical, again.ToString());
            Assert.All(problems, p => Assert.True(p.Kind is RecurrenceProblemKind.CountAndUntil or RecurrenceProblemKind.UnsupportedCombination, $"{canonical}: {p}"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void SaneRulesRoundTripWithoutProblems()
    {
        Prop.ForAll(SaneRule.Generator.ToArbitrary(), c =>
        {
            var problems = new List<RecurrenceProblem>();
            var rule = RecurrenceRule.Parse(c.Rule, problems);
            Assert.NotNull(rule);
            var again = RecurrenceRule.Parse(rule.ToString(), problems);
            Assert.Equal(rule, again);
            Assert.All(problems, p => Assert.Equal(RecurrenceProblemKind.UnsupportedCombination, p.Kind));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }
}
