using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.Host.CalDav;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard caldav delete-calendar NAME CONNECTION [--undo-log FILE] [--yes]</c>: deletes a whole calendar, e.g. the
/// quarantine calendar once it has been reviewed. A dry run unless <c>--yes</c>.
/// </summary>
/// <remarks>
/// RFC 6638 §3.2.3.2 makes a collection DELETE remove every scheduling object in it, each with a DECLINE to its
/// organizer; the DELETE therefore carries <c>Schedule-Reply: F</c> (and <c>If-Match</c> on the collection's ETag),
/// and every member is written to the undo log first, so <c>restore</c> can recreate the calendar.
/// </remarks>
public static class CalDavDeleteCalendarCommand
{
    /// <summary>Runs the subcommand.</summary>
    /// <param name="args">The arguments after <c>delete-calendar</c>.</param>
    /// <param name="stdout">The plan or the step.</param>
    /// <param name="stderr">Messages.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, [.. CalDavConnection.Flags, "--json", "--yes", "--quiet"], [.. CalDavConnection.Options, "--undo-log"]);
        if (a.Positionals.Count != 1)
        {
            throw new UsageException("delete-calendar needs exactly one calendar (display name, last path segment or href)");
        }

        var connection = CalDavConnection.From(a);
        var apply = a.Flag("--yes");
        var json = a.Flag("--json");
        var summary = json ? stderr : stdout;
        string? undoLog = null;
        if (apply)
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
        }

        using var client = new CalDavClient(connection.ClientOptions);
        var cleaner = new CalendarCleaner(client, CalDavNoJudge.Instance);
        var result = CalDavExitCodes.Ok;
        await foreach (var step in cleaner.DeleteCalendarAsync(a.Positionals[0], apply, undoLog, cancellationToken))
        {
            CalDavOutput.WriteStep(stdout, json, step);
            if (step.Status is CleanStatus.SkippedChanged or CleanStatus.Failed)
            {
                await stderr.WriteLineAsync($"calguard caldav delete-calendar: {CalDavOutput.Name(step.Status)}: {step.Href}: {step.Detail}");
                result = CalDavExitCodes.Incomplete;
            }
            else if (step.Status == CleanStatus.Planned)
            {
                summary.WriteLine("dry run: nothing was changed. Run again with --yes to delete the calendar (silently, with an undo log).");
            }
        }

        if (undoLog is not null)
        {
            summary.WriteLine($"undo log: {undoLog}");
            summary.WriteLine($"to put it back: calguard caldav restore --undo-log {undoLog} {CalDavConnection.Describe(a)} --yes");
        }

        return result;
    }
}
