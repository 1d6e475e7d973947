using System.Diagnostics;
using System.Globalization;
using System.Text;
using Calguard.Reading;

namespace Calguard.Benchmarks;

/// <summary>
/// <c>robustness [FOLDER]</c>: every file under <c>../shared/corpus/malformed</c> (or FOLDER) through our
/// <see cref="CalendarReader"/> and Ical.Net 5.2.4: exceptions by type, anomalies by kind, time per file.
/// </summary>
public static class Robustness
{
    /// <summary>Seconds Ical.Net may take on one file before it is reported as a hang (its thread is abandoned).</summary>
    public const int IcalNetLimitSeconds = 15;

    public static void Run(string? folder, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        folder ??= Path.Combine(BenchInputs.Corpus ?? throw new InvalidOperationException("no corpus"), "malformed");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        CalendarReader.Read(BenchInputs.TypicalCalendar);
        Baselines.IcalNetLoad(BenchInputs.TypicalCalendar);
        var oursThrew = new Dictionary<string, int>();
        var anomalies = new Dictionary<AnomalyKind, int>();
        var filesWithAnomalies = 0;
        var limitHit = 0;
        var theirs = new Dictionary<string, int>();
        var theirsFiles = new Dictionary<string, List<string>>();
        var oursTimes = new List<(double Ms, string File)>();
        var theirsTimes = new List<(double Ms, string File)>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var name = Path.GetRelativePath(folder, file);
            var watch = Stopwatch.StartNew();
            try
            {
                var read = CalendarReader.Read(bytes);
                if (read.AnomalyCounts.Count > 0)
                {
                    filesWithAnomalies++;
                }
                foreach (var (kind, count) in read.AnomalyCounts)
                {
                    anomalies[kind] = anomalies.GetValueOrDefault(kind) + count;
                }
                limitHit += read.LimitHit ? 1 : 0;
            }
            catch (Exception e)
            {
                oursThrew[e.GetType().Name] = oursThrew.GetValueOrDefault(e.GetType().Name) + 1;
            }
            oursTimes.Add((watch.Elapsed.TotalMilliseconds, name));

            watch.Restart();
            var task = Task.Run(() =>
            {
                try
                {
                    var calendars = Ical.Net.CalendarCollection.Load(Encoding.UTF8.GetString(bytes));
                    return calendars is null || calendars.Count == 0 ? "no calendar (null/empty)" : "read";
                }
                catch (Exception e)
                {
                    return e.GetType().Name;
                }
            });
            var outcome = task.Wait(TimeSpan.FromSeconds(IcalNetLimitSeconds)) ? task.Result : $"did not finish in {IcalNetLimitSeconds} s";
            theirsTimes.Add((watch.Elapsed.TotalMilliseconds, name));
            theirs[outcome] = theirs.GetValueOrDefault(outcome) + 1;
            theirsFiles.TryAdd(outcome, []);
            theirsFiles[outcome].Add(name);
        }
        Measure.PrintMachine(output);
        output.WriteLine(string.Create(inv, $"{files.Length} files under {folder}"));
        output.WriteLine();
        output.WriteLine("| reader | outcome | files |");
        output.WriteLine("|---|---|---:|");
        output.WriteLine(string.Create(inv, $"| CalendarReader | returned (never threw) | {files.Length - oursThrew.Values.Sum()} |"));
        foreach (var (type, count) in oursThrew)
        {
            output.WriteLine(string.Create(inv, $"| CalendarReader | **threw {type}** | {count} |"));
        }
        output.WriteLine(string.Create(inv, $"| CalendarReader | … with at least one anomaly recorded | {filesWithAnomalies} |"));
        output.WriteLine(string.Create(inv, $"| CalendarReader | … with a reader limit hit | {limitHit} |"));
        foreach (var (outcome, count) in theirs.OrderByDescending(t => t.Value))
        {
            output.WriteLine(string.Create(inv, $"| Ical.Net | {outcome} | {count} |"));
        }
        output.WriteLine();
        output.WriteLine("Anomalies recorded by CalendarReader, by kind: " + string.Join(", ", anomalies.OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value}")));
        output.WriteLine();
        output.WriteLine(string.Create(inv, $"Total time: CalendarReader {oursTimes.Sum(t => t.Ms):F0} ms, Ical.Net {theirsTimes.Sum(t => t.Ms):F0} ms."));
        output.WriteLine("Slowest files, CalendarReader: " + string.Join("; ", oursTimes.OrderByDescending(t => t.Ms).Take(3).Select(t => string.Create(inv, $"{t.File} {t.Ms:F1} ms"))));
        output.WriteLine("Slowest files, Ical.Net: " + string.Join("; ", theirsTimes.OrderByDescending(t => t.Ms).Take(3).Select(t => string.Create(inv, $"{t.File} {t.Ms:F1} ms"))));
        foreach (var (outcome, names) in theirsFiles.Where(t => t.Key != "read"))
        {
            output.WriteLine($"Ical.Net {outcome}: {string.Join(", ", names.Take(8))}{(names.Count > 8 ? ", …" : "")}");
        }
    }
}
