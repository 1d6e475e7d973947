using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.Host.CalDav;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard caldav restore --undo-log FILE [CONNECTION] [--uid UID]... [--yes]</c>: puts back what a clean run
/// removed or rewrote. A dry run unless <c>--yes</c>.
/// </summary>
/// <remarks>
/// An object that was removed but exists again in another form (the organizer sent an update after the removal, or
/// the removal was skipped because the object changed, HTTP 412) is reported as a conflict and left alone:
/// restoring must never overwrite a newer version with an older one. Objects whose alarms were stripped are put back
/// over the stripped version, which Calguard itself wrote.
/// </remarks>
public static class CalDavRestoreCommand
{
    /// <summary>Runs the subcommand.</summary>
    /// <param name="args">The arguments after <c>restore</c>.</param>
    /// <param name="stdout">The plan or the results.</param>
    /// <param name="stderr">Messages.</param>
    /// <param name="cancellationToken">Stops between two objects.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, [.. CalDavConnection.Flags, "--json", "--yes", "--quiet"], [.. CalDavConnection.Options, "--undo-log", "--uid"]);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"caldav restore takes no positional arguments ('{a.Positionals[0]}')");
        }

        var path = a.Value("--undo-log") ?? throw new UsageException("restore needs --undo-log FILE (printed by 'calguard caldav clean --yes')");
        List<UndoEntry> entries;
        try
        {
            entries = [.. UndoLog.Read(path)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--undo-log {path}: {e.Message}");
        }

        var uids = a.Values("--uid").ToHashSet(StringComparer.Ordinal);
        var json = a.Flag("--json");
        var summary = json ? stderr : stdout;
        var connection = CalDavConnection.From(a, entries.FirstOrDefault()?.Server);

        // The earliest entry per object holds the true original (RestoreAsync picks it the same way).
        var originals = entries
            .Where(e => uids.Count == 0 || (e.Uid is not null && uids.Contains(e.Uid)))
            .GroupBy(e => CalendarSelection.Key(e.Href), StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        if (originals.Count == 0)
        {
            summary.WriteLine(entries.Count == 0 ? $"{path} holds nothing to restore." : "no entry of the undo log matches --uid.");
            return CalDavExitCodes.Ok;
        }

        using var client = new CalDavClient(connection.ClientOptions);
        var plan = new List<(UndoEntry Entry, string Status, string? Detail)>();
        foreach (var entry in originals)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = await client.GetAsync(entry.Href, cancellationToken);
            plan.Add(Classify(entry, current));
        }

        if (!json)
        {
            stdout.WriteLine($"{"STATUS",-18} {"LOGGED ACTION",-25} HREF");
        }

        var conflicts = plan.Where(p => p.Status == "conflict").ToList();
        if (!a.Flag("--yes"))
        {
            foreach (var (entry, status, detail) in plan)
            {
                CalDavOutput.WriteRestore(stdout, json, status, entry, detail);
            }

            var toRestore = plan.Count(p => p.Status == "would-restore");
            summary.WriteLine($"dry run: {toRestore} would be restored, {plan.Count(p => p.Status == "already-present")} already present, {conflicts.Count} conflicts; nothing was changed. Run again with --yes to act.");
            return CalDavExitCodes.Ok;
        }

        foreach (var (entry, status, detail) in conflicts)
        {
            CalDavOutput.WriteRestore(stdout, json, status, entry, detail);
            await stderr.WriteLineAsync($"calguard caldav restore: conflict: {entry.Href}: {detail}");
        }

        var allowed = plan.Where(p => p.Status != "conflict").Select(p => CalendarSelection.Key(p.Entry.Href)).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<RestoreStatus, int>();
        var cleaner = new CalendarCleaner(client, CalDavNoJudge.Instance);
        await foreach (var result in cleaner.RestoreAsync(path, e => allowed.Contains(CalendarSelection.Key(e.Href)), cancellationToken))
        {
            counts[result.Status] = counts.GetValueOrDefault(result.Status) + 1;
            CalDavOutput.WriteRestore(stdout, json, CalDavOutput.Name(result.Status), result.Entry, result.Detail);
            if (result.Status is RestoreStatus.Conflict or RestoreStatus.Failed)
            {
                await stderr.WriteLineAsync($"calguard caldav restore: {CalDavOutput.Name(result.Status)}: {result.Entry.Href}: {result.Detail}");
            }
        }

        var problems = conflicts.Count + counts.GetValueOrDefault(RestoreStatus.Conflict) + counts.GetValueOrDefault(RestoreStatus.Failed);
        summary.WriteLine($"{counts.GetValueOrDefault(RestoreStatus.Restored)} restored, {counts.GetValueOrDefault(RestoreStatus.AlreadyPresent)} already present, " +
            $"{conflicts.Count + counts.GetValueOrDefault(RestoreStatus.Conflict)} conflicts, {counts.GetValueOrDefault(RestoreStatus.Failed)} failed.");
        return problems > 0 ? CalDavExitCodes.Incomplete : CalDavExitCodes.Ok;
    }

    private static (UndoEntry Entry, string Status, string? Detail) Classify(UndoEntry entry, CalendarObjectResource? current)
    {
        if (current is null)
        {
            return (entry, "would-restore", null);
        }

        if (current.CalendarData == entry.CalendarData)
        {
            return (entry, "already-present", null);
        }

        if (entry.Action == UndoEntry.Actions.StripAlarms)
        {
            return (entry, "would-restore", "replaces the version without alarms");
        }

        return (entry, "conflict",
            "the object exists in another version than the one logged (it changed on the server, e.g. the removal was skipped after a 412, " +
            "or the organizer sent an update); left as it is so that nothing newer is overwritten.");
    }
}
