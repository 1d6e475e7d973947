using System.Globalization;
using System.Runtime.InteropServices;
using Calguard.Analysis;
using Calguard.Reading;
using Calguard.Scoring;
using MimeKit;

namespace Calguard.Benchmarks;

/// <summary>
/// <c>breakdown [SECONDS [google|FILE]]</c>: where <see cref="Engine.Scan"/> spends its time on the typical invitation, stage
/// by stage and rule by rule (Stopwatch, CPU time, allocation), and <c>loop-scan SECONDS</c>, a steady loop
/// for <c>dotnet-trace</c>.
/// </summary>
public static class Breakdown
{
    public static void Run(double seconds, TextWriter output, string input = "typical")
    {
        var inv = CultureInfo.InvariantCulture;
        var engine = new Engine();
        var noSeed = new Engine(new CalguardOptions { Analysis = new AnalysisOptions { SeedClassifier = false } });
        var bytes = input == "google" ? BenchInputs.GoogleInvitation : File.Exists(input) ? File.ReadAllBytes(input) : BenchInputs.TypicalInvitation;
        var invitation = MessageReader.Read(bytes);
        var context = RuleContext.Create(invitation, engine.Options.Analysis);
        var hits = engine.Rules.Evaluate(context, engine.Options.Scoring.Scores);
        // Tiered JIT: let every stage reach its optimised code before the first row is timed.
        Measure.Run("warm-up", () => engine.Scan(bytes), Math.Max(2, seconds));
        Measure.PrintMachine(output);
        output.WriteLine();
        output.WriteLine($"Engine.Scan of the {input} invitation ({bytes.Length} B), split into its stages (1 thread):");
        output.WriteLine();
        output.WriteLine("| stage | µs (CPU) | KB allocated |");
        output.WriteLine("|---|---:|---:|");
        var rows = new List<Measurement>
        {
            Measure.Run("Engine.Scan (whole)", () => engine.Scan(bytes), seconds),
            Measure.Run("  MimeKit MimeParser.ParseMessage only", () => ParseOnly(bytes), seconds),
            Measure.Run("  MessageReader.Read (MIME + calendar + headers + bodies)", () => MessageReader.Read(bytes), seconds),
            Measure.Run("  CalendarReader.Read of the calendar part", () => CalendarReader.Read(invitation.Parts[0].Content), seconds),
            Measure.Run("  Engine.Judge (fresh RuleContext + all rules + score)", () => engine.Judge(invitation), seconds),
            Measure.Run("  MessageReader.Read then Engine.Judge (what Engine.Scan does)", () => engine.Judge(MessageReader.Read(bytes)), seconds),
            // Engine.Judge on the same invitation again and again finds what it derived before; a freshly read one pays for
            // it (the row above), and this row shows how much of that is the seed classifier's.
            Measure.Run("  MessageReader.Read then Engine.Judge, seed classifier off", () => noSeed.Judge(MessageReader.Read(bytes)), seconds),
            Measure.Run("  RuleContext.Create alone (facts it derives lazily are paid by the rules)", () => RuleContext.Create(invitation, engine.Options.Analysis), seconds),
            Measure.Run("  RuleSet.Evaluate on a warm context (lazy facts already derived)", () => engine.Rules.Evaluate(context, engine.Options.Scoring.Scores), seconds),
            Measure.Run("  Scorer.Score", () => Scorer.Score(hits, engine.Options.Scoring), seconds),
        };
        var create = rows[^3];
        foreach (var rule in engine.Rules.Rules)
        {
            // Each rule alone on a fresh context, less the context's own cost: the rule plus the lazy facts it needs.
            var m = Measure.Run($"    rule {rule.GetType().Name} (+ the facts it derives)", () => rule.Evaluate(RuleContext.Create(invitation, engine.Options.Analysis), new HitList()), seconds / 4);
            rows.Add(m with { Cpu = m.Cpu - create.Cpu / create.Operations * m.Operations, AllocatedBytes = m.AllocatedBytes - (long)(create.AllocatedPerOp * m.Operations) });
        }
        foreach (var m in rows)
        {
            output.WriteLine(string.Create(inv, $"| {m.Name.Replace("  ", "&nbsp;&nbsp;")} | {m.MicrosCpu:F1} | {m.AllocatedPerOp / 1024:F1} |"));
        }
    }

    private static MimeMessage ParseOnly(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
        return new MimeParser(new ParserOptions(), stream, persistent: true).ParseMessage();
    }

    /// <summary>Runs Engine.Scan over the real invitations (or one crafted case) for <paramref name="seconds"/> (for a profiler).</summary>
    public static void Loop(double seconds, string? worstCase = null)
    {
        var engine = new Engine();
        var inputs = worstCase is null ? BenchInputs.RealInvitations : worstCase == "google" ? [BenchInputs.GoogleInvitation] : worstCase == "typical" ? [BenchInputs.TypicalInvitation] : File.Exists(worstCase) ? [File.ReadAllBytes(worstCase)] : [BenchInputs.WorstCases[worstCase]];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long n = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var input in inputs)
            {
                engine.Scan(input);
                n++;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} scans in {watch.Elapsed.TotalSeconds:F1} s; GCs gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / Math.Max(1, n) / 1024} KB allocated per scan; pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
        _ = RuntimeInformation.ProcessArchitecture;
    }
}
