using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.Host.CalDav;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard caldav clean CONNECTION [selection] [--quarantine CALENDAR | --strip-alarms] [--undo-log FILE] [--yes]</c>:
/// removes calendar spam silently. A dry run unless <c>--yes</c>.
/// </summary>
/// <remarks>
/// Every removal is <c>DELETE</c> with <c>Schedule-Reply: F</c> and <c>If-Match</c> (RFC 6638 §8.1), so the organizer
/// learns nothing (R24); nothing is ever declined or excluded by EXDATE. The undo line is on disk before each change.
/// </remarks>
public static class CalDavCleanCommand
{
    /// <summary>Runs the subcommand.</summary>
    /// <param name="args">The arguments after <c>clean</c>.</param>
    /// <param name="stdout">The plan or the steps.</param>
    /// <param name="stderr">Messages and progress.</param>
    /// <param name="cancellationToken">Stops between two changes.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, [.. CalDavConnection.Flags, "--json", "--yes", "--strip-alarms", "--quiet"],
            [.. CalDavConnection.Options, "--calendar", "--min-verdict", "--organizer", "--campaign", "--quarantine", "--undo-log", "--config"]);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"caldav clean takes no positional arguments ('{a.Positionals[0]}')");
        }

        var connection = CalDavConnection.From(a);
        var options = Options(a);
        var context = CliContext.Create(a);
        var json = a.Flag("--json");
        var summary = json ? stderr : stdout;
        string? undoLog = null;
        if (options.Apply)
        {
            undoLog = a.Value("--undo-log") ?? CalDavPaths.NewUndoLog(connection.Server, connection.User, DateTimeOffset.UtcNow);
            try
            {
                PrivateFiles.Touch(undoLog);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--undo-log {undoLog}: {e.Message}");
            }

            undoLog = Path.GetFullPath(undoLog);
            options = options with { UndoLogPath = undoLog };
            await stderr.WriteLineAsync($"writing the undo log to {undoLog}");
        }

        var judge = new EngineEventJudge(context.Pipeline);
        using var client = new CalDavClient(connection.ClientOptions);
        var cleaner = new CalendarCleaner(client, judge);
        var counts = new Dictionary<CleanStatus, int>();
        var progress = CalDavProgress.Create(stderr, a.Flag("--quiet"));
        var header = !json;

        var finished = false;
        try
        {
            await foreach (var step in cleaner.CleanAsync(options, cancellationToken))
            {
                progress.Done();
                counts[step.Status] = counts.GetValueOrDefault(step.Status) + 1;
                if (header)
                {
                    stdout.WriteLine(CalDavOutput.StepHeader);
                    header = false;
                }

                CalDavOutput.WriteStep(stdout, json, step);
                if (step.Status is CleanStatus.SkippedChanged or CleanStatus.Failed)
                {
                    await stderr.WriteLineAsync($"calguard caldav clean: {CalDavOutput.Name(step.Status)}: {step.Href}: {step.Detail}");
                }
            }

            finished = true;
        }
        finally
        {
            progress.Done();
            summary.WriteLine(Summary(counts, options.Apply, finished));
            if (undoLog is not null)
            {
                if (new FileInfo(undoLog).Length > 0)
                {
                    summary.WriteLine($"undo log: {undoLog}");
                    summary.WriteLine($"to put everything back: calguard caldav restore --undo-log {undoLog} {CalDavConnection.Describe(a)} --yes");
                }
                else
                {
                    File.Delete(undoLog);
                    summary.WriteLine("nothing was changed, so no undo log was kept.");
                }
            }
        }

        var incomplete = counts.GetValueOrDefault(CleanStatus.SkippedChanged) + counts.GetValueOrDefault(CleanStatus.Failed);
        if (judge.Errors > 0)
        {
            await stderr.WriteLineAsync($"calguard caldav clean: the engine failed on {judge.Errors} objects ({EngineEventJudge.InternalErrorReason}); they were left alone.");
        }

        return incomplete > 0 || judge.Errors > 0 ? CalDavExitCodes.Incomplete : CalDavExitCodes.Ok;
    }

    /// <summary>Builds the cleaner's options from the command line.</summary>
    /// <param name="a">The parsed arguments.</param>
    /// <exception cref="UsageException">Conflicting or malformed options.</exception>
    public static CleanOptions Options(Arguments a)
    {
        var organizers = a.Values("--organizer");
        var campaigns = a.Values("--campaign");
        EventVerdict? minVerdict = a.Value("--min-verdict")?.ToLowerInvariant() switch
        {
            null => organizers.Count + campaigns.Count > 0 ? null : EventVerdict.Spam,
            "spam" => EventVerdict.Spam,
            "suspicious" => EventVerdict.Suspicious,
            var other => throw new UsageException($"--min-verdict takes spam or suspicious, not '{other}'"),
        };
        if (a.Value("--quarantine") is not null && a.Flag("--strip-alarms"))
        {
            throw new UsageException("--quarantine and --strip-alarms exclude each other");
        }

        if (a.Value("--quarantine") is "")
        {
            throw new UsageException("--quarantine needs a calendar name");
        }

        var mode = a.Value("--quarantine") is not null ? CleanMode.Quarantine : a.Flag("--strip-alarms") ? CleanMode.StripAlarms : CleanMode.Delete;
        var defaults = new CleanOptions();
        return defaults with
        {
            Apply = a.Flag("--yes"),
            Mode = mode,
            MinVerdict = minVerdict,
            Organizers = organizers.Count > 0 ? organizers : null,
            CampaignFingerprints = campaigns.Count > 0 ? campaigns : null,
            Calendars = a.Values("--calendar") is { Count: > 0 } calendars ? calendars : null,
            QuarantineCalendar = a.Value("--quarantine") ?? defaults.QuarantineCalendar,
        };
    }

    private static string Summary(Dictionary<CleanStatus, int> counts, bool apply, bool finished)
    {
        var parts = counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {CalDavOutput.Name(c.Key)}");
        var text = counts.Count == 0 ? "nothing selected" : string.Join(", ", parts);
        if (!finished)
        {
            return counts.Count == 0 ? "stopped before any step." : $"stopped early after: {text}.";
        }

        return apply
            ? $"{text}."
            : $"dry run: {text}; nothing was changed. Run again with --yes to act.";
    }
}
