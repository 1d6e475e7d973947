using Calguard.Recurrence;
using Xunit.Abstractions;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>
/// Ical.Net's RRULE vectors and its copy of libical's icalrecur tests, compared instance by instance.
/// </summary>
/// <remarks>
/// Both libraries leave out a DTSTART that does not match its rule; RFC 5545 counts it as the first instance (and
/// so do we). Such cases are compared after adding DTSTART to the expected list and trimming it to COUNT.
/// </remarks>
public sealed class RruleVectorTests(ITestOutputHelper output)
{
    private static readonly RecurrenceLimits Generous = new()
    {
        MaxInstances = 100_000,
        MaxIterations = 50_000_000,
        Budget = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void IcalNetRecurrenceTestCases()
        => Run("ics/ical.net/rrule-vectors/RecurrenceTestCases.txt", "Ical.Net RecurrenceTestCases.txt");

    [Fact]
    public void LibicalIcalrecurTestCases()
        => Run("ics/ical.net/rrule-vectors/libical-icalrecur_test.txt", "libical icalrecur_test.txt (Ical.Net copy)");

    private void Run(string relative, string title)
    {
        var vectors = RruleVector.ReadFile(CorpusPath.Of(relative));
        var report = new VectorReport(title, output);
        foreach (var v in vectors)
        {
            var name = $"{v.Name} (line {v.Line})";
            if (v.Rule is null || (v.Start is null && v.Exception is null))
            {
                report.Skip(name, "no RRULE or DTSTART");
                continue;
            }

            if (v.Instances is { Count: > 0 } list && list[0].Contains("UNIMPLEMENTED", StringComparison.Ordinal))
            {
                report.Skip(name, "the source marks it unimplemented");
                continue;
            }

            var problems = new List<RecurrenceProblem>();
            var rule = RecurrenceRule.Parse(v.Rule, problems);
            var start = VectorTime.Parse(v.Start ?? "20240101", out bool isDate, out _);
            var input = rule is null ? null : new RecurrenceInput(start, rule)
            {
                StartIsDate = isDate,
                Duration = v.Duration is null ? TimeSpan.Zero : VectorTime.ParseDuration(v.Duration),
            };

            if (v.Exception is { } exception)
            {
                CheckException(report, name, exception, rule, problems, input, start);
                continue;
            }

            if (rule is null || input is null)
            {
                report.Fail(name, "rule did not parse: " + string.Join("; ", problems));
                continue;
            }

            var summary = RecurrenceAnalyser.Analyse(input, start, Generous);
            var expected = v.Instances!.Select(VectorTime.Parse).ToList();
            bool normalised = false;
            if (summary.Has(RecurrenceProblemKind.UnsynchronisedStart))
            {
                UnsynchronisedStart.Normalise(expected, start, rule.Count, []);
                normalised = true;
            }

            var from = DateTime.MinValue;
            if (v.StartAt is { } startAtText)
            {
                from = VectorTime.Parse(startAtText);
                expected.RemoveAll(d => d < from);
            }

            var actual = RecurrenceAnalyser.Expand(input, from, DateTime.MaxValue, Generous with { MaxInstances = expected.Count + 20 }).Instances.ToList();

            if (rule.IsUnbounded && actual.Count > expected.Count)
            {
                actual.RemoveRange(expected.Count, actual.Count - expected.Count);
            }

            var diff = Diff(expected, actual, isDate);
            if (diff is null)
            {
                report.Pass(name, normalised);
            }
            else
            {
                report.Fail(name, $"{v.Rule} from {v.Start}: {diff}");
            }
        }

        report.AssertAndPrint();
    }

    private static void CheckException(VectorReport report, string name, string exception, RecurrenceRule? rule, List<RecurrenceProblem> problems,
        RecurrenceInput? input, DateTime start)
    {
        if (exception.EndsWith("ArgumentOutOfRangeException", StringComparison.Ordinal))
        {
            // An illegal rule: Ical.Net throws while parsing; we must report a parse problem.
            if (problems.Count > 0)
            {
                report.Pass(name);
            }
            else
            {
                report.Fail(name, "expected a parse problem");
            }

            return;
        }

        if (exception.EndsWith(".EvaluationException", StringComparison.Ordinal))
        {
            // A part that RFC 5545 forbids with this FREQ.
            if (problems.Any(p => p.Kind == RecurrenceProblemKind.UnsupportedCombination))
            {
                report.Pass(name);
            }
            else
            {
                report.Fail(name, "expected an UnsupportedCombination parse problem");
            }

            return;
        }

        if (rule is null || input is null)
        {
            report.Fail(name, "rule did not parse");
            return;
        }

        var summary = RecurrenceAnalyser.Analyse(input, start, Generous);
        if (summary.Has(RecurrenceProblemKind.OutOfRange) || summary.Has(RecurrenceProblemKind.NeverMatches))
        {
            report.Pass(name);
        }
        else if (rule.IsUnbounded)
        {
            Assert.True(summary.IsUnbounded);
            report.Skip(name, "Ical.Net refuses to enumerate an unbounded rule to the end of time; the analyser bounds the walk by design");
        }
        else
        {
            report.Fail(name, $"expected OutOfRange or NeverMatches, got {string.Join("; ", summary.Problems)}");
        }
    }

    internal static string? Diff(IReadOnlyList<DateTime> expected, IReadOnlyList<DateTime> actual, bool isDate)
    {
        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? VectorTime.Format(expected[i], isDate) : "(none)";
            var a = i < actual.Count ? VectorTime.Format(actual[i], isDate) : "(none)";
            if (e != a)
            {
                return $"instance #{i + 1}: expected {e}, got {a} (expected {expected.Count}, got {actual.Count})";
            }
        }

        return null;
    }
}
