using System.Globalization;
using Calguard.Host.Learning;
using Calguard.Learning;
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
        usage: calguard eval [--labels FILE] [--authserv-id ID]... [--config FILE] [--data DIR | --classifier] [--seed FILE|none] [--verbose] [PATH...]
          --labels      TSV of path, label (spam|ham), category, description; paths relative to the file
          PATH          directories whose files are labelled by an ancestor folder named spam or ham;
                        the folder below it is the category (corpus/dev/spam/crypto/001.eml)
          --data        also ask the learned classifier trained in this data directory (calguard train --data DIR)
          --classifier  also ask the learned classifier of the store --config names (e.g. PostgreSQL)
          --seed        judge with this seed classifier model (calguard train --seed-out) instead of the
                        bundled one, or none: measure a seed on a corpus it was not trained on
          --verbose     list every misjudged message with its top symbols
        """;

    internal sealed record Sample(string Path, bool Spam, string Category);

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, ["--verbose", "--classifier"], ["--labels", "--authserv-id", "--config", "--threads", "--data", "--seed"]);
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
        var engine = context.Pipeline.Engine;
        Storage.CalguardStore? store = null;
        ClassifierFactsSource? classifier = null;
        if (a.Value("--data") is not null || a.Flag("--classifier"))
        {
            IConfiguration configuration;
            (store, configuration) = await CliStore.OpenAsync(a.Value("--config"), a.Value("--data"));
            classifier = new ClassifierFactsSource(store.Classifier, ClassifierSettings.From(configuration), engine.Options.Analysis);
        }
        await using var owned = store;
        var missing = 0;
        var results = samples.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(s =>
        {
            if (!File.Exists(s.Path))
            {
                return (Sample: s, Result: (ScanResult?)null, Without: (Verdict?)null, Bayes: (BayesResult?)null);
            }
            var bytes = File.ReadAllBytes(s.Path);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var invitation = Reading.MessageReader.Read(bytes, engine.Options.Reading, new ScanContext { Source = s.Path });
            var verdict = engine.Judge(invitation);
            if (classifier is null)
            {
                return (Sample: s, Result: new ScanResult(invitation, verdict, System.Diagnostics.Stopwatch.GetElapsedTime(started)), Without: null, Bayes: null);
            }
            // The same message judged with the classifier's hit, to show what it moves.
            var classified = classifier.ClassifyAsync(invitation, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            var with = classified is { } c ? engine.Judge(invitation, classifier.Facts(c.Result, c.Totals)) : verdict;
            return (Sample: s, Result: new ScanResult(invitation, with, System.Diagnostics.Stopwatch.GetElapsedTime(started)), Without: verdict, Bayes: classified?.Result);
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
        if (classifier is not null)
        {
            await WriteClassifierAsync(stdout, store!, scanned.Select(r => (r.Sample, r.Result!, r.Without!, r.Bayes)).ToList());
        }
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
            foreach (var (sample, result, _, _) in scanned.Where(r => r.Sample.Spam ? r.Result!.Verdict.Kind != VerdictKind.Spam : r.Result!.Verdict.Kind != VerdictKind.Clean))
            {
                var v = result!.Verdict;
                stdout.WriteLine($"{(sample.Spam ? "MISSED" : "FALSE ")} {v.Name,-10} {v.Score,6:0.0} {sample.Category,-24} {sample.Path}");
                stdout.WriteLine($"       {string.Join(" ", v.Hits.Take(8).Select(h => $"{h.Name}({h.Score:0.##})"))}");
            }
        }
        return missing > 0 ? 1 : 0;
    }

    /// <summary>What the classifier says about each label and category, and what it moves: the acceptance check of the learned classifier.</summary>
    private static async Task WriteClassifierAsync(TextWriter stdout, Storage.CalguardStore store, List<(Sample Sample, ScanResult Result, Verdict Without, BayesResult? Bayes)> scanned)
    {
        var totals = await store.Classifier.TotalsAsync();
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync($"learned classifier: trained on {totals.Spam} spam and {totals.Ham} ham");
        if (scanned.All(r => r.Bayes is null))
        {
            await stdout.WriteLineAsync("  it did not speak (not enough training, or off): see calguard train");
            return;
        }
        static bool Hit(ScanResult r, string name) => r.Verdict.Hits.Any(h => h.Name == name);
        await stdout.WriteLineAsync($"{"label",-5} {"category",-28} {"n",5} {"mean p",7} {"BAYES_SPAM",10} {"BAYES_HAM",10} {"score +/-",9}");
        foreach (var group in scanned.GroupBy(r => (r.Sample.Spam, r.Sample.Category)).OrderBy(g => g.Key.Spam).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
            .Concat(scanned.GroupBy(r => (r.Sample.Spam, Category: "(all)")).OrderBy(g => g.Key.Spam)))
        {
            var n = group.Count();
            var mean = group.Average(r => r.Bayes?.Probability ?? 0.5);
            var shift = group.Average(r => r.Result.Verdict.Score - r.Without.Score);
            await stdout.WriteLineAsync($"{(group.Key.Spam ? "spam" : "ham"),-5} {group.Key.Category,-28} {n,5} {mean,7:0.000} {Pct(group.Count(r => Hit(r.Result, "BAYES_SPAM")), n),10} " +
                $"{Pct(group.Count(r => Hit(r.Result, "BAYES_HAM")), n),10} {shift,9:+0.00;-0.00;0.00}");
        }
        var spam = scanned.Where(r => r.Sample.Spam).Select(r => r.Bayes?.Probability ?? 0.5).ToArray();
        var ham = scanned.Where(r => !r.Sample.Spam).Select(r => r.Bayes?.Probability ?? 0.5).ToArray();
        // AUC: the chance that a random spam gets a higher probability than a random ham (0.5 = no signal, below = inverted).
        var wins = 0.0;
        foreach (var s in spam)
        {
            foreach (var h in ham)
            {
                wins += s > h ? 1 : s == h ? 0.5 : 0;
            }
        }
        var auc = spam.Length * ham.Length == 0 ? double.NaN : wins / (spam.Length * ham.Length);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"AUC of the classifier's probability (spam above ham): {auc:0.000}"));
        int Count(bool spamLabel, Func<Verdict, bool> test, bool with) => scanned.Count(r => r.Sample.Spam == spamLabel && test(with ? r.Result.Verdict : r.Without));
        var spamTotal = spam.Length;
        var hamTotal = ham.Length;
        await stdout.WriteLineAsync($"without the classifier: spam judged spam {Pct(Count(true, v => v.Kind == VerdictKind.Spam, false), spamTotal)}, ham judged spam {Pct(Count(false, v => v.Kind == VerdictKind.Spam, false), hamTotal)}, ham judged clean {Pct(Count(false, v => v.Kind == VerdictKind.Clean, false), hamTotal)}");
        await stdout.WriteLineAsync($"with the classifier:    spam judged spam {Pct(Count(true, v => v.Kind == VerdictKind.Spam, true), spamTotal)}, ham judged spam {Pct(Count(false, v => v.Kind == VerdictKind.Spam, true), hamTotal)}, ham judged clean {Pct(Count(false, v => v.Kind == VerdictKind.Clean, true), hamTotal)}");
        await stdout.WriteLineAsync();
    }

    private static string Pct(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static IEnumerable<Sample> ReadLabels(string file)
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

    internal static IEnumerable<Sample> FromFolders(string root)
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
