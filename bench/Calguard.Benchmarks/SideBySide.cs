using System.Globalization;
using Calguard.Reading;

namespace Calguard.Benchmarks;

/// <summary>
/// <c>sidebyside [SECONDS]</c>: every comparison the issue asks for, in one process and one run, so that the
/// figures share the machine's state: the pipeline against MimeKit's bare parse-and-extract, our reader
/// against Ical.Net, analysis alone, and the precheck's throughput.
/// </summary>
public static class SideBySide
{
    public static void Run(double seconds, TextWriter output, bool pipelineOnly = false)
    {
        var inv = CultureInfo.InvariantCulture;
        var engine = new Engine();
        Measure.PrintMachine(output);
        output.WriteLine();

        // Tiered JIT: a row timed while the rules' code is still being recompiled measured the compiler, not the engine
        // (on the shared machine the tier-1 queue took 10+ s to drain). Run every operation of the table untimed first.
        foreach (var messages in new[] { [BenchInputs.TypicalInvitation], [BenchInputs.GoogleInvitation], BenchInputs.RealInvitations })
        {
            var read = messages.Select(m => MessageReader.Read(m)).ToArray();
            Each("warm-up", messages, m => Baselines.MimeKitParseAndExtract(m), seconds, 0);
            Each("warm-up", messages, m => Baselines.MimeKitParseAndExtractNoFinalizers(m), seconds, 0);
            Each("warm-up", messages, m => engine.Scan(m), seconds, 0);
            Each("warm-up", read, i => engine.Judge(i), seconds, 0);
        }

        output.WriteLine("### Per message: pipeline against MimeKit's bare parse-and-extract (1 thread)");
        output.WriteLine();
        output.WriteLine("| input | bytes | work | msgs/s (CPU) | µs/msg (CPU) | msgs/s (wall) | KB allocated/msg | × MimeKit |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|");
        foreach (var (name, messages) in new[]
                 {
                     ("typical Outlook (real, corpus)", new[] { BenchInputs.TypicalInvitation }),
                     ("Google-style (generated)", new[] { BenchInputs.GoogleInvitation }),
                     ($"all {BenchInputs.RealInvitations.Length} real imip/spam invitations", BenchInputs.RealInvitations),
                 })
        {
            var bytes = messages.Average(m => (double)m.Length);
            var read = messages.Select(m => MessageReader.Read(m)).ToArray();
            var rows = new List<Measurement>
            {
                Each("MimeKit parse + extract", messages, m => Baselines.MimeKitParseAndExtract(m), seconds, bytes),
                Each("MimeKit parse + extract, finalizers suppressed", messages, m => Baselines.MimeKitParseAndExtractNoFinalizers(m), seconds, bytes),
                Each("MessageReader.Read", messages, m => MessageReader.Read(m), seconds, bytes),
                Each("Engine.Scan (read+analyse+score)", messages, m => engine.Scan(m), seconds, bytes),
                Each("Engine.Judge (analyse+score only)", read, i => engine.Judge(i), seconds, bytes),
                Each("CalendarPrecheck", messages, m => CalendarPrecheck.MayContainCalendar(m), seconds, bytes),
            };
            foreach (var m in rows)
            {
                output.WriteLine(string.Create(inv,
                    $"| {name} | {bytes:F0} | {m.Name} | {m.PerSecondCpu:N0} | {m.MicrosCpu:F1} | {m.PerSecondWall:N0} | {m.AllocatedPerOp / 1024:F1} | {m.MicrosCpu / rows[0].MicrosCpu:F2} |"));
            }
        }

        if (pipelineOnly)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("### Reading calendars: CalendarReader against Ical.Net 5.2.4 (1 thread)");
        output.WriteLine();
        output.WriteLine("| input | bytes | reader | calendars/s (CPU) | µs/calendar (CPU) | KB allocated/calendar | Ical.Net ÷ ours |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---:|");
        foreach (var (name, calendars) in new[]
                 {
                     ("typical Outlook calendar", new[] { BenchInputs.TypicalCalendar }),
                     ($"all {BenchInputs.RealCalendars.Length} calendar parts of the real invitations", BenchInputs.RealCalendars),
                     ("feed of 5,000 events", new[] { BenchInputs.LargeFeed }),
                 })
        {
            var bytes = calendars.Average(c => (double)c.Length);
            var ours = Each("CalendarReader.Read", calendars, c => CalendarReader.Read(c), seconds, bytes);
            var theirs = Each("Ical.Net CalendarCollection.Load", calendars, c => Baselines.IcalNetLoad(c), seconds, bytes);
            foreach (var m in new[] { ours, theirs })
            {
                output.WriteLine(string.Create(inv,
                    $"| {name} | {bytes:F0} | {m.Name} | {m.PerSecondCpu:N0} | {m.MicrosCpu:F1} | {m.AllocatedPerOp / 1024:F1} | {(m == ours ? "" : (m.MicrosCpu / ours.MicrosCpu).ToString("F1", inv))} |"));
            }
        }

        Precheck(seconds, output);
    }

    /// <summary>The precheck table alone (<c>sidebyside-precheck [SECONDS]</c>).</summary>
    public static void Precheck(double seconds, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("### CalendarPrecheck on mail without calendars (1 thread)");
        output.WriteLine();
        output.WriteLine("| input | bytes | answer | MB/s (CPU) | MB/s (wall) | µs/msg (CPU) | bytes allocated/msg | MimeKit parse µs/msg (CPU) |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|");
        foreach (var (name, bytes) in BenchInputs.NonCalendarMail)
        {
            var m = Measure.Run(name, () => CalendarPrecheck.MayContainCalendar(bytes), seconds, bytes.Length);
            var mime = Measure.Run(name, () => Baselines.MimeKitParseAndExtract(bytes), seconds / 2, bytes.Length);
            output.WriteLine(string.Create(inv,
                $"| {name} | {bytes.Length} | {CalendarPrecheck.MayContainCalendar(bytes)} | {m.MegabytesPerSecondCpu:N0} | {m.MegabytesPerSecondWall:N0} | {m.MicrosCpu:F2} | {m.AllocatedPerOp:F0} | {mime.MicrosCpu:F1} |"));
        }
    }

    private static Measurement Each<T>(string name, T[] items, Action<T> operation, double seconds, double bytes)
    {
        var m = Measure.Run(name, () =>
        {
            foreach (var item in items)
            {
                operation(item);
            }
        }, seconds, bytes * items.Length);
        return m with { Operations = m.Operations * items.Length, AllocatedBytes = m.AllocatedBytes, Bytes = bytes };
    }
}
