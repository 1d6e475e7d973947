using System.Globalization;
using Calguard.Recurrence;
using Xunit.Abstractions;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>
/// libical's <c>recur.txt</c> (VEVENTs with X-EXPECT-NUMEVENTS) and kcalendarcore's RecurrenceRule cases with their
/// <c>*.ics.next.ref</c> lists of expected instances.
/// </summary>
public sealed class IcsVectorTests(ITestOutputHelper output)
{
    private static readonly RecurrenceLimits Generous = new()
    {
        MaxInstances = 100_000,
        MaxIterations = 50_000_000,
        Budget = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void LibicalRecurVectorsCountInstances()
    {
        var report = new VectorReport("libical recur-vectors.txt", output);
        var components = IcsLite.Components(File.ReadAllLines(CorpusPath.Of("ics/libical/test-data/recur-vectors.txt")));
        int index = 0;
        foreach (var props in components)
        {
            index++;
            var description = props.FirstOrDefault(p => p.Name == "DESCRIPTION")?.Value.Trim() ?? "?";
            var name = $"#{index} {description}";
            var expect = props.FirstOrDefault(p => p.Name == "X-EXPECT-NUMEVENTS");
            var built = IcsRecurrence.From(props);
            if (expect is null || built is null)
            {
                report.Skip(name, "no X-EXPECT-NUMEVENTS or DTSTART");
                continue;
            }

            int expected = int.Parse(expect.Value, CultureInfo.InvariantCulture);
            var summary = RecurrenceAnalyser.Analyse(built.Input, built.Input.Start, Generous);
            bool normalised = false;
            if (summary.Has(RecurrenceProblemKind.UnsynchronisedStart) && built.Input.Rules.All(r => r.Count is null))
            {
                // libical hides an unsynchronised DTSTART; RFC 5545 shows it (with COUNT it is one of the COUNT instances).
                expected++;
                normalised = true;
            }

            if (summary.TotalInstances == expected)
            {
                report.Pass(name, normalised);
            }
            else
            {
                report.Fail(name, $"{string.Join(" | ", built.Input.Rules)}: expected {expected}, got {summary.TotalInstances?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} ({string.Join("; ", summary.Problems)})");
            }
        }

        report.AssertAndPrint();
    }

    [Fact]
    public void KCalendarCoreNextOccurrences()
    {
        var root = CorpusPath.Of("ics/kcalendarcore/RecurrenceRule");
        var report = new VectorReport("kcalendarcore RecurrenceRule/**/*.ics", output);
        foreach (var file in Directory.EnumerateFiles(root, "*.ics", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, file);
            var refFile = file + ".next.ref";
            if (!File.Exists(refFile))
            {
                report.Skip(name, "no .next.ref file (upstream expects nothing to compare)");
                continue;
            }

            var components = IcsLite.Components(File.ReadAllLines(file));
            var built = components.Count > 0 ? IcsRecurrence.From(components[0]) : null;
            if (built is null)
            {
                report.Skip(name, "no component with DTSTART");
                continue;
            }

            var expected = new List<DateTime>();
            foreach (var line in File.ReadAllLines(refFile))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 3)
                {
                    continue;
                }

                var local = DateTime.ParseExact(parts[0], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
                expected.Add(ToFrame(built.Frame, local, parts[2]));
            }

            var input = built.Input;
            var summary = RecurrenceAnalyser.Analyse(input, input.Start, Generous);
            bool normalised = false;
            if (summary.Has(RecurrenceProblemKind.UnsynchronisedStart) && input.Rules.Count == 1 && !input.ExDates.Contains(input.Start))
            {
                UnsynchronisedStart.Normalise(expected, input.Start, input.Rules[0].Count, input.RDates);
                normalised = true;
            }

            var actual = RecurrenceAnalyser.Expand(input, DateTime.MinValue, DateTime.MaxValue, Generous with { MaxInstances = expected.Count + 1 }).Instances.ToList();
            if (expected.Count >= 500 && actual.Count > expected.Count)
            {
                // The reference lists at most 500 instances.
                actual.RemoveRange(expected.Count, actual.Count - expected.Count);
            }

            var diff = RruleVectorTests.Diff(expected, actual, input.StartIsDate && input.RDates.Count == 0);
            if (diff is null)
            {
                report.Pass(name, normalised);
            }
            else
            {
                report.Fail(name, $"{string.Join(" | ", input.Rules)} from {input.Start:s}: {diff}");
            }
        }

        report.AssertAndPrint();
    }

    /// <summary>Reads an expected "local ABBR ZONE" line into DTSTART's frame.</summary>
    private static DateTime ToFrame(ZoneFrame frame, DateTime local, string zone)
    {
        bool fixedOffsetOrUtc = zone is "UTC" or "GMT" || zone.StartsWith("UTC+", StringComparison.Ordinal) || zone.StartsWith("UTC-", StringComparison.Ordinal);
        if (frame.IsFloating || fixedOffsetOrUtc || string.Equals(zone, frame.Tzid, StringComparison.OrdinalIgnoreCase))
        {
            return local;
        }

        if (ZoneFrame.Find(zone) is { } tz)
        {
            var utc = NodaTime.LocalDateTime.FromDateTime(local).InZoneLeniently(tz).ToDateTimeUtc();
            return frame.IsUtc ? utc : frame.UtcToLocal(utc);
        }

        return local;
    }
}
