using System.Globalization;
using Calguard.Scoring;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard eval</c>: precision, recall and false positives per category on a labelled corpus, so that
/// detection quality is measured rather than believed.
/// </summary>
public static class EvalCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard eval [--labels FILE] [--authserv-id ID]... [--config FILE] [--verbose] [PATH...]
          --labels   TSV of path, label (spam|ham), category, description; paths relative to the file
          PATH       directories whose files are labelled by an ancestor folder named spam or ham;
                     the folder below it is the category (corpus/dev/spam/crypto/001.eml)
          --verbose  list every misjudged message with its top symbols
        """;

    private sealed record Sample(string Path, bool Spam, string Category);

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, ["--verbose"], ["--labels", "--authserv-id", "--config", "--threads"]);
        var samples = new List<Sample>();
        if (a.Value("--labels") is { } labels)
        {
            samples.AddRange(ReadLabels(labels));
        }
        foreach (var path in a.Positionals)
        {
            samples.AddRange(FromFolders(path));
        }
        if (samples.Count == 0)
        {
            throw new UsageException("eval needs --labels FILE or PATHs under folders named spam or ham");
        }
        var context = CliContext.Create(a);
        var threads = Math.Max(1, a.Int("--threads") ?? Environment.ProcessorCount);
        var missing = 0;
        var results = samples.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(s =>
        {
            if (!File.Exists(s.Path))
            {
                return (Sample: s, Result: (ScanResult?)null);
            }
            var bytes = File.ReadAllBytes(s.Path);
            return (Sample: s, Result: context.Pipeline.Engine.Scan(bytes, new ScanContext { Source = s.Path }));
        }).ToList();

        stdout.WriteLine($"{"label",-5} {"category",-28} {"n",5} {"spam",7} {"susp",7} {"clean",7}");
        foreach (var group in results.Where(r => r.Result is not null).GroupBy(r => (r.Sample.Spam, r.Sample.Category)).OrderBy(g => g.Key.Spam).ThenBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            var n = group.Count();
            var spam = group.Count(r => r.Result!.Verdict.Kind == VerdictKind.Spam);
            var susp = group.Count(r => r.Result!.Verdict.Kind == VerdictKind.Suspicious);
            stdout.WriteLine($"{(group.Key.Spam ? "spam" : "ham"),-5} {group.Key.Category,-28} {n,5} {Pct(spam, n),7} {Pct(susp, n),7} {Pct(n - spam - susp, n),7}");
        }
        var scanned = results.Where(r => r.Result is not null).ToList();
        missing = results.Count - scanned.Count;
        var spamSamples = scanned.Where(r => r.Sample.Spam).ToList();
        var hamSamples = scanned.Where(r => !r.Sample.Spam).ToList();
        var tp = spamSamples.Count(r => r.Result!.Verdict.Kind == VerdictKind.Spam);
        var fp = hamSamples.Count(r => r.Result!.Verdict.Kind == VerdictKind.Spam);
        var hamSuspicious = hamSamples.Count(r => r.Result!.Verdict.Kind == VerdictKind.Suspicious);
        var spamFlagged = spamSamples.Count(r => r.Result!.Verdict.Kind != VerdictKind.Clean);
        stdout.WriteLine();
        stdout.WriteLine($"spam messages: {spamSamples.Count}, judged spam {tp} (recall {Pct(tp, spamSamples.Count)}), at least suspicious {spamFlagged} ({Pct(spamFlagged, spamSamples.Count)})");
        stdout.WriteLine($"ham messages:  {hamSamples.Count}, judged spam {fp} ({Pct(fp, hamSamples.Count)}), suspicious {hamSuspicious} ({Pct(hamSuspicious, hamSamples.Count)})");
        stdout.WriteLine($"precision of the spam verdict: {Pct(tp, tp + fp)}");
        if (missing > 0)
        {
            stderr.WriteLine($"calguard: {missing} labelled file(s) not found");
        }
        if (a.Flag("--verbose"))
        {
            stdout.WriteLine();
            foreach (var (sample, result) in scanned.Where(r => r.Sample.Spam ? r.Result!.Verdict.Kind != VerdictKind.Spam : r.Result!.Verdict.Kind != VerdictKind.Clean))
            {
                var v = result!.Verdict;
                stdout.WriteLine($"{(sample.Spam ? "MISSED" : "FALSE ")} {v.Name,-10} {v.Score,6:0.0} {sample.Category,-24} {sample.Path}");
                stdout.WriteLine($"       {string.Join(" ", v.Hits.Take(8).Select(h => $"{h.Name}({h.Score:0.##})"))}");
            }
        }
        return missing > 0 ? 1 : 0;
    }

    private static string Pct(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static IEnumerable<Sample> ReadLabels(string file)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"labels file not found: {file}");
        }
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(file))!;
        // Paths are relative to the labels file, or to the repository root (the folder with Calguard.slnx) above it.
        var repoRoot = baseDir;
        while (repoRoot is not null && !File.Exists(Path.Combine(repoRoot, "Calguard.slnx")))
        {
            repoRoot = Path.GetDirectoryName(repoRoot);
        }
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 2 || cols[1] is not ("spam" or "ham"))
            {
                continue;
            }
            var path = Path.GetFullPath(Path.Combine(baseDir, cols[0]));
            if (!File.Exists(path) && repoRoot is not null)
            {
                path = Path.GetFullPath(Path.Combine(repoRoot, cols[0]));
            }
            yield return new Sample(path, cols[1] == "spam", cols.Length > 2 && cols[2].Length > 0 ? cols[2] : "-");
        }
    }

    private static IEnumerable<Sample> FromFolders(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new UsageException($"not a directory: {root}");
        }
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var parts = Path.GetFullPath(file).Split(Path.DirectorySeparatorChar);
            var at = Array.FindLastIndex(parts, p => p is "spam" or "ham");
            if (at < 0 || at >= parts.Length - 1)
            {
                continue;
            }
            yield return new Sample(file, parts[at] == "spam", at + 2 < parts.Length ? parts[at + 1] : "-");
        }
    }
}
