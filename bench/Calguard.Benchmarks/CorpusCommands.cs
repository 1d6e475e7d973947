using System.Diagnostics;
using System.Globalization;
using Calguard.Reading;

namespace Calguard.Benchmarks;

/// <summary><c>generate DIR COUNT [SEED]</c> and <c>compare DIR</c>, used by <c>scripts/bench-scan.sh</c>.</summary>
public static class CorpusCommands
{
    /// <summary>Writes COUNT invitations as DIR/NNN/NNNNNN.eml (1,000 per folder).</summary>
    public static void Generate(string dir, int count, int seed, TextWriter output)
    {
        var corpus = new InvitationCorpus(seed);
        var kinds = new Dictionary<InvitationCorpus.Kind, int>();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var kind = corpus.NextInvitationKind();
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var message = corpus.Next(kind, i);
            bytes += message.Length;
            var folder = Path.Combine(dir, (i / 1000).ToString("D3", CultureInfo.InvariantCulture));
            if (i % 1000 == 0)
            {
                Directory.CreateDirectory(folder);
            }
            File.WriteAllBytes(Path.Combine(folder, $"{i:D6}.eml"), message);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {count} messages, {bytes / 1048576.0:F1} MiB (mean {bytes / (double)count:F0} B), seed {seed}: {string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}"));
    }

    /// <summary>
    /// Times, in one process: over every message in DIR, MimeKit's bare parse-and-extract and the precheck;
    /// over the calendar parts MimeKit extracts beforehand (not timed), our <see cref="CalendarReader"/> and
    /// Ical.Net, on 1 thread and on every core; over the first <paramref name="engineLimit"/> messages (the
    /// whole-process run covers them all), MimeKit again, <see cref="MessageReader.Read"/> and <see cref="Engine.Scan"/>.
    /// </summary>
    public static void Compare(string dir, TextWriter output, int engineLimit = 10_000)
    {
        var inv = CultureInfo.InvariantCulture;
        var files = Directory.EnumerateFiles(dir, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var messages = files.Select(File.ReadAllBytes).ToArray();
        var totalBytes = messages.Sum(m => (long)m.Length);
        var calendars = messages.SelectMany(Baselines.MimeKitCalendarParts).ToArray();
        var sample = messages.Take(engineLimit).ToArray();
        Measure.PrintMachine(output);
        output.WriteLine(string.Create(inv, $"{messages.Length} messages ({totalBytes / 1048576.0:F1} MiB), {calendars.Length} calendar parts ({calendars.Sum(c => (long)c.Length) / 1048576.0:F1} MiB)"));
        output.WriteLine();
        output.WriteLine("| work | threads | items | wall s | CPU s | items/s (wall) | items/s per CPU s | MB allocated/item | failures |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var engine = new Engine();
        Row(output, "MimeKit parse + extract (messages)", messages, m => Baselines.MimeKitParseAndExtract(m), 1);
        Row(output, "CalendarPrecheck (messages; failures = said no calendar)", messages, m => CalendarPrecheck.MayContainCalendar(m) ? 0 : 1, 1, failure: r => r > 0);
        Row(output, $"MimeKit parse + extract (first {sample.Length} messages)", sample, m => Baselines.MimeKitParseAndExtract(m), 1);
        Row(output, $"MessageReader.Read (first {sample.Length} messages)", sample, m => MessageReader.Read(m).Parts.Count, 1);
        Row(output, $"Engine.Scan (first {sample.Length} messages)", sample, m => engine.Scan(m).Verdict.Score, 1);
        Row(output, "CalendarReader.Read (calendar parts)", calendars, c => CalendarReader.Read(c).Roots.Count, 1);
        Row(output, "Ical.Net CalendarCollection.Load (calendar parts)", calendars, c => Baselines.IcalNetLoad(c), 1, failure: r => (int)r < 0);
        Row(output, "CalendarReader.Read (calendar parts)", calendars, c => CalendarReader.Read(c).Roots.Count, Environment.ProcessorCount);
        Row(output, "Ical.Net CalendarCollection.Load (calendar parts)", calendars, c => Baselines.IcalNetLoad(c), Environment.ProcessorCount, failure: r => (int)r < 0);
    }

    private static void Row<T>(TextWriter output, string name, T[] items, Func<T, double> work, int threads, Func<double, bool>? failure = null)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var failures = 0;
        var watch = Stopwatch.StartNew();
        if (threads == 1)
        {
            foreach (var item in items)
            {
                var result = work(item); // evaluated even without a failure test (?. would skip it)
                if (failure?.Invoke(result) == true)
                {
                    failures++;
                }
            }
        }
        else
        {
            Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = threads }, item =>
            {
                var result = work(item);
                if (failure?.Invoke(result) == true)
                {
                    Interlocked.Increment(ref failures);
                }
            });
        }
        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        var alloc = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {threads} | {items.Length} | {watch.Elapsed.TotalSeconds:F2} | {cpu:F2} | {items.Length / watch.Elapsed.TotalSeconds:N0} | {items.Length / cpu:N0} | {alloc / 1048576.0 / items.Length:F3} | {(failure is null ? "" : failures.ToString(CultureInfo.InvariantCulture))} |"));
    }
}
