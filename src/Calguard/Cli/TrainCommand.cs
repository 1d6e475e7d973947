using System.Security.Cryptography;
using Calguard.Host.Learning;
using Calguard.Learning;
using Calguard.Storage.Learning;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard train --spam DIR --ham DIR</c>: teaches the learned classifier from labelled messages, into the store
/// that <c>serve</c> uses (so every node shares it). Each file is learned once, by its SHA-256: training twice changes
/// nothing, and a file moved from spam to ham is moved over.
/// </summary>
public static class TrainCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard train [--spam DIR]... [--ham DIR]... [--labels FILE]... [--config FILE] [--data DIR | --seed-out FILE] [--authserv-id ID]...
          --spam, --ham  directories (walked recursively) of .eml or .ics files of that kind
          --labels       a TSV as for eval (path, spam|ham, category); paths relative to the file or the repository
          --seed-out     write a seed model file (the format shipped as src/Calguard.Core/Learning/seed-model.tsv.gz)
                         instead of training the store
          --config       the configuration serve uses (ConnectionStrings:Postgres trains the shared database)
          --data         the SQLite data directory (default ./data, as for serve)
          Files without a calendar part are skipped. The classifier speaks once it has learned
          Calguard:Classifier:MinimumMessages (default 50) of each kind.
        exit codes: 0 trained, 1 some file could not be read or the store failed, 2 usage error
        """;

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, [], ["--spam", "--ham", "--labels", "--config", "--data", "--authserv-id", "--seed-out"]);
        if (a.Value("--seed-out") is not null && a.Value("--data") is not null)
        {
            throw new UsageException("train writes either the store (--data) or a seed model file (--seed-out), not both");
        }
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"train takes no positional arguments ('{a.Positionals[0]}'); use --spam DIR and --ham DIR");
        }
        var samples = new List<(string Path, bool Spam)>();
        foreach (var (option, spam) in new[] { ("--spam", true), ("--ham", false) })
        {
            foreach (var directory in a.Values(option))
            {
                if (!Directory.Exists(directory))
                {
                    throw new UsageException($"{option}: not a directory: {directory}");
                }
                samples.AddRange(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => (f, spam)));
            }
        }
        foreach (var labels in a.Values("--labels"))
        {
            samples.AddRange(EvalCommand.ReadLabels(labels).Select(s => (s.Path, s.Spam)));
        }
        if (samples.Count == 0)
        {
            throw new UsageException("train needs --spam DIR, --ham DIR or --labels FILE");
        }
        var context = CliContext.Create(a);
        var engine = context.Settings.Engine;

        var unreadable = 0;
        var skipped = 0;
        var items = new List<TrainingItem>();
        foreach (var (path, spam) in samples)
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"calguard: {path}: {e.Message}");
                unreadable++;
                continue;
            }
            var invitation = Reading.MessageReader.Read(bytes, engine.Reading, new ScanContext { Source = path });
            if (!invitation.HasCalendar)
            {
                skipped++;
                continue;
            }
            items.Add(new TrainingItem("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), spam, ClassifierFeatures.Extract(invitation, engine.Analysis)));
        }

        if (a.Value("--seed-out") is { } seedOut)
        {
            return await WriteSeedAsync(items, seedOut, skipped, unreadable, stdout, stderr);
        }
        try
        {
            var (store, configuration) = await CliStore.OpenAsync(a.Value("--config"), a.Value("--data"));
            await using (store)
            {
                var outcomes = new List<TrainOutcome>();
                // One transaction per chunk: a large corpus neither holds the write lock for long nor costs one fsync per file.
                foreach (var chunk in items.Chunk(200))
                {
                    outcomes.AddRange(await store.Classifier.TrainAsync(chunk));
                }
                var totals = await store.Classifier.TotalsAsync();
                var minimum = ClassifierSettings.From(configuration).MinimumMessages;
                var learned = items.Zip(outcomes).Where(p => p.Second is TrainOutcome.Learned or TrainOutcome.Relearned).ToArray();
                await stdout.WriteLineAsync($"learned {learned.Count(p => p.First.Spam)} spam and {learned.Count(p => !p.First.Spam)} ham " +
                    $"({outcomes.Count(o => o == TrainOutcome.Relearned)} moved to the other kind, {outcomes.Count(o => o == TrainOutcome.Unchanged)} already learned, {skipped} without a calendar skipped)");
                await stdout.WriteLineAsync($"the classifier holds {totals.Spam} spam and {totals.Ham} ham; it speaks from {minimum} of each" +
                    (totals.Spam >= minimum && totals.Ham >= minimum ? " (ready)" : " (not yet)"));
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            await stderr.WriteLineAsync($"calguard: the store failed: {e.Message}");
            return 1;
        }
        return unreadable > 0 ? 1 : 0;
    }

    // The seed learns each distinct message once, as the store does (by content hash), and is written atomically.
    private static async Task<int> WriteSeedAsync(List<TrainingItem> items, string path, int skipped, int unreadable, TextWriter stdout, TextWriter stderr)
    {
        var model = new BayesModel();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => seen.Add(i.Item)))
        {
            model.Train(item.Features, item.Spam);
        }
        var temporary = path + ".tmp";
        try
        {
            await using (var file = File.Create(temporary))
            {
                SeedModel.Write(model, file);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            await stderr.WriteLineAsync($"calguard: {path}: {e.Message}");
            return 1;
        }
        await stdout.WriteLineAsync($"wrote a seed model of {model.SpamMessages} spam and {model.HamMessages} ham ({model.TokenCount} features, {skipped} without a calendar skipped) to {path}");
        return unreadable > 0 ? 1 : 0;
    }
}
