using System.Diagnostics;
using System.Globalization;
using System.Text;
using Calguard.Reading;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace Calguard.Benchmarks;

/// <summary>
/// <c>worst</c>: every crafted case once through <see cref="Engine.Scan"/> (time, CPU, allocation), our reader
/// and Ical.Net on the calendar-only cases (Ical.Net in a child process with a time limit, since it cannot be
/// cancelled), and <c>icalnet-one NAME</c>, the child.
/// </summary>
public static class WorstCases
{
    /// <summary>Seconds a child Ical.Net run may take before it is killed.</summary>
    public const int IcalNetLimitSeconds = 20;

    public static void Run(TextWriter output, bool withIcalNet)
    {
        var inv = CultureInfo.InvariantCulture;
        var engine = new Engine();
        engine.Scan(BenchInputs.TypicalInvitation); // JIT
        Measure.PrintMachine(output);
        output.WriteLine();
        output.WriteLine("### Crafted messages through Engine.Scan (one untimed run, then the worst of 3; target ≤ 50 ms and ≤ 64 MB)");
        output.WriteLine();
        output.WriteLine("| case | input MB | ms (wall) | ms (CPU) | MB allocated | verdict | limit hit | within target |");
        output.WriteLine("|---|---:|---:|---:|---:|---|---|---|");
        foreach (var (name, bytes) in BenchInputs.WorstCases)
        {
            ScanResult? result = engine.Scan(bytes); // untimed: JIT the paths this case takes (a server pays that once)
            var runs = Enumerable.Range(0, 3).Select(_ => Measure.Once(name, () => result = engine.Scan(bytes))).ToArray();
            var worst = runs.MaxBy(r => r.Wall)!;
            var ms = worst.Wall.TotalMilliseconds;
            var mb = runs.Max(r => r.AllocatedBytes) / 1024.0 / 1024.0;
            output.WriteLine(string.Create(inv,
                $"| {name} | {bytes.Length / 1024.0 / 1024.0:F1} | {ms:F1} | {worst.Cpu.TotalMilliseconds:F0} | {mb:F1} | {result!.Verdict.Kind} {result.Verdict.Score:F1} | {result.Invitation.LimitHit} | {(ms <= 50 && mb <= 64 ? "yes" : "**no**")} |"));
        }

        output.WriteLine();
        output.WriteLine("### Calendar-only cases: CalendarReader against Ical.Net 5.2.4 (parse, then occurrences in the first 2 years)");
        output.WriteLine();
        output.WriteLine($"| case | KB | CalendarReader ms | CalendarReader MB | Ical.Net parse | Ical.Net occurrences (≤ 2 y, ≤ 100,000) |");
        output.WriteLine("|---|---:|---:|---:|---|---|");
        foreach (var (name, text) in BenchInputs.WorstCalendars)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            CalendarReader.Read(bytes); // untimed warm-up
            var ours = Enumerable.Range(0, 3).Select(_ => Measure.Once(name, () => CalendarReader.Read(bytes))).MaxBy(r => r.Wall)!;
            var theirs = withIcalNet ? Child(name) : ("not run", "not run");
            output.WriteLine(string.Create(inv,
                $"| {name} | {bytes.Length / 1024.0:F0} | {ours.Wall.TotalMilliseconds:F1} | {ours.AllocatedBytes / 1024.0 / 1024.0:F1} | {theirs.Item1} | {theirs.Item2} |"));
        }
    }

    private static (string Parse, string Occurrences) Child(string name)
    {
        var self = Environment.ProcessPath!;
        var args = self.EndsWith("dotnet", StringComparison.Ordinal) ? $"\"{typeof(WorstCases).Assembly.Location}\" icalnet-one {name}" : $"icalnet-one {name}";
        using var process = Process.Start(new ProcessStartInfo(self, args) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var lines = new List<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.BeginOutputReadLine();
        if (!process.WaitForExit(IcalNetLimitSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (lines)
            {
                var parse = lines.FirstOrDefault(l => l.StartsWith("parse", StringComparison.Ordinal))?[6..] ?? $"**killed after {IcalNetLimitSeconds} s**";
                return (parse, lines.Count > 0 ? $"**killed after {IcalNetLimitSeconds} s**" : "—");
            }
        }
        process.WaitForExit();
        lock (lines)
        {
            return (lines.FirstOrDefault(l => l.StartsWith("parse", StringComparison.Ordinal))?[6..] ?? "?",
                lines.FirstOrDefault(l => l.StartsWith("occur", StringComparison.Ordinal))?[6..] ?? "?");
        }
    }

    /// <summary>The child: parses one crafted calendar with Ical.Net and expands it; prints two lines.</summary>
    public static void IcalNetOne(string name)
    {
        var text = BenchInputs.WorstCalendars[name];
        Baselines.IcalNetLoad(Encoding.UTF8.GetBytes(BenchInputs.Event(""))); // JIT
        var alloc0 = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        Ical.Net.CalendarCollection? calendars = null;
        string parse;
        try
        {
            calendars = Ical.Net.CalendarCollection.Load(text);
            parse = $"{watch.Elapsed.TotalMilliseconds:F1} ms, {(GC.GetTotalAllocatedBytes() - alloc0) / 1048576.0:F1} MB";
        }
        catch (Exception e)
        {
            parse = $"{e.GetType().Name} after {watch.Elapsed.TotalMilliseconds:F1} ms";
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse {parse}"));
        Console.Out.Flush();
        if (calendars is null)
        {
            Console.WriteLine("occur —");
            return;
        }
        watch.Restart();
        try
        {
            var count = 0;
            foreach (var ev in calendars.SelectMany(c => c.Events))
            {
                if (ev.DtStart is not { } start)
                {
                    continue;
                }
                var end = start.AddDays(730);
                count += ev.GetOccurrences(start).TakeWhile(o => o.Period.StartTime.LessThan(end)).Take(100_000).Count();
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"occur {count} in {watch.Elapsed.TotalMilliseconds:F1} ms"));
        }
        catch (Exception e)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"occur {e.GetType().Name} after {watch.Elapsed.TotalMilliseconds:F1} ms"));
        }
    }
}
