using System.Diagnostics;
using Calguard.Decisions;
using Calguard.Host.Configuration;
using Calguard.Reporting;

namespace Calguard.Host.Cli;

/// <summary><c>calguard scan [--json] [--recipient ADDR] [--authserv-id ID]... [--config FILE] PATH...</c></summary>
public static class ScanCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard scan [--json] [--recipient ADDR] [--store] [--data DIR] [--authserv-id ID]... [--config FILE] [--threads N] [--seed FILE|none] PATH...
          PATH          .eml or .ics file, directory (recursive), mbox, Maildir, or - for stdin
          --json        one JSON object per message per line
          --recipient   apply this recipient's policy (default: the global default policy)
          --store       read policies and contacts from the store calguard serve uses (SQLite under --data,
                        default ./data, or ConnectionStrings:Postgres); without it only the configuration counts
          --data        the store's directory (implies --store)
          --authserv-id trust Authentication-Results from this receiving host (repeatable)
          --config      JSON configuration file (see calguard.sample.json)
          --threads     worker threads (default: all cores)
          --seed        judge with this seed classifier model (calguard train --seed-out) instead of the
                        bundled one, or none for no seed classifier
        exit codes: 0 every input read, 1 some input unreadable, 2 usage error
        """;

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, ["--json", "--quiet", "--store"], ["--recipient", "--authserv-id", "--config", "--threads", "--data", "--seed"]);
        if (a.Positionals.Count == 0)
        {
            throw new UsageException("scan needs at least one PATH");
        }
        using var store = a.Flag("--store") || a.Value("--data") is not null ? CliStore.Open(a) : null;
        var context = CliContext.Create(a, store?.Value.KnownSenders, store?.Value.Policies);
        var recipient = a.Value("--recipient")?.Trim().ToLowerInvariant();
        var json = a.Flag("--json");
        var threads = Math.Max(1, a.Int("--threads") ?? Environment.ProcessorCount);

        var items = Inputs.Enumerate(a.Positionals);
        var unreadable = 0;
        var count = 0;
        var progress = Progress.Create(stderr, a.Flag("--quiet"));
        var watch = Stopwatch.StartNew();
        if (!json)
        {
            stdout.WriteLine($"{"VERDICT",-10} {"SCORE",6} {"ACTION",-18} SOURCE");
        }
        foreach (var outcome in items.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(item => Process(item, context, recipient)))
        {
            count++;
            if (outcome.Error is not null)
            {
                unreadable++;
                stderr.WriteLine($"calguard: {outcome.Report.Source}: {outcome.Error}");
            }
            if (json)
            {
                stdout.WriteLine(ReportJson.Serialize(outcome.Report));
            }
            else
            {
                WriteRow(stdout, outcome.Report);
            }
            progress.Tick(count, watch.Elapsed);
        }
        progress.Done(count, watch.Elapsed);
        return unreadable > 0 ? 1 : 0;
    }

    private sealed record Outcome(ScanReport Report, string? Error);

    private static Outcome Process(InputItem item, CliContext context, string? recipient)
    {
        byte[] bytes;
        try
        {
            bytes = item.Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(ScanReportBuilder.Failed(item.Source, e.Message), e.Message);
        }
        var scanContext = new ScanContext { Source = item.Source, Recipients = recipient is null ? [] : [recipient] };
        try
        {
            var result = context.Pipeline.Process(bytes, scanContext);
            var decision = result.Decisions[0];
            return new Outcome(ScanReportBuilder.Build(result.Scan, decision.Decision, recipient), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must cost one message its verdict, never the whole run.
            return new Outcome(ScanReportBuilder.Failed(item.Source, $"internal error: {e.GetType().Name}: {e.Message}"), $"internal error: {e}");
        }
    }

    private static void WriteRow(TextWriter stdout, ScanReport report)
    {
        var top = string.Join(" ", report.Symbols.Take(5).Select(s => $"{s.Name}({s.Score:0.##})"));
        stdout.WriteLine($"{report.Verdict,-10} {report.Score,6:0.0} {report.Action,-18} {report.Source}");
        if (top.Length > 0)
        {
            stdout.WriteLine($"{string.Empty,-36}{top}");
        }
    }
}
