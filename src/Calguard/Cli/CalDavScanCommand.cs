using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.Host.CalDav;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard caldav scan CONNECTION [--calendar NAME]... [--all] [--full] [--state FILE] [--json]</c>: judges every
/// event of an account with the engine and lists the suspicious and spam ones. Read-only.
/// </summary>
public static class CalDavScanCommand
{
    /// <summary>Runs the subcommand.</summary>
    /// <param name="args">The arguments after <c>scan</c>.</param>
    /// <param name="stdout">The table or JSON lines.</param>
    /// <param name="stderr">Messages and progress.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, [.. CalDavConnection.Flags, "--json", "--all", "--full", "--no-state", "--quiet"],
            [.. CalDavConnection.Options, "--calendar", "--state", "--config"]);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"caldav scan takes no positional arguments ('{a.Positionals[0]}')");
        }

        var connection = CalDavConnection.From(a);
        var context = CliContext.Create(a);
        var json = a.Flag("--json");
        var all = a.Flag("--all");
        var (state, account) = LoadState(a, connection);

        var judge = new EngineEventJudge(context.Pipeline);
        using var client = new CalDavClient(connection.ClientOptions);
        var scanner = new AccountScanner(client, judge);
        var calendarCount = 0;
        scanner.CalendarsSelected += selected => calendarCount = selected.Count;
        scanner.CalendarDone += _ => Save(state, stderr);

        var progress = CalDavProgress.Create(stderr, a.Flag("--quiet"));
        var summary = json ? stderr : stdout;
        var header = !json;

        int judged = 0, spam = 0, suspicious = 0, cached = 0;
        try
        {
            await foreach (var item in scanner.ScanAsync(a.Values("--calendar"), account, full: all || a.Flag("--full"), cancellationToken))
            {
                if (item.Cached)
                {
                    cached++;
                }
                else
                {
                    judged++;
                    progress.Tick(judged, item.Calendar.Name);
                }

                spam += item.Judgement.Verdict == EventVerdict.Spam ? 1 : 0;
                suspicious += item.Judgement.Verdict == EventVerdict.Suspicious ? 1 : 0;
                if (all || item.Judgement.Verdict != EventVerdict.Clean)
                {
                    progress.Done();
                    if (header)
                    {
                        stdout.WriteLine(CalDavOutput.FindingHeader);
                        header = false;
                    }

                    CalDavOutput.WriteFinding(stdout, json, item.Calendar.Href, item.Calendar.Name, item.Href, item.ETag, item.Judgement, item.Cached);
                }
            }
        }
        finally
        {
            progress.Done();
        }

        if (account is not null)
        {
            account.LastScan = DateTimeOffset.UtcNow;
            Save(state, stderr);
        }

        var incremental = cached > 0 ? $" ({cached} unchanged since the last run, from {state!.Path})" : string.Empty;
        summary.WriteLine($"{calendarCount} calendars, {judged} objects judged{incremental}: {spam} spam, {suspicious} suspicious.");
        if (spam + suspicious > 0)
        {
            summary.WriteLine("Remove them silently with 'calguard caldav clean' (a dry run unless --yes).");
        }

        if (judge.Errors > 0)
        {
            await stderr.WriteLineAsync($"calguard caldav scan: the engine failed on {judge.Errors} objects ({EngineEventJudge.InternalErrorReason}); they count as clean and were not listed.");
            return CalDavExitCodes.Incomplete;
        }

        return CalDavExitCodes.Ok;
    }

    private static (CalDavStateFile? State, AccountState? Account) LoadState(Arguments a, CalDavConnection connection)
    {
        if (a.Flag("--no-state"))
        {
            return (null, null);
        }

        var path = a.Value("--state") ?? CalDavPaths.DefaultStateFile;
        try
        {
            var state = CalDavStateFile.Load(path);
            var account = state.For(CalDavStateFile.AccountKey(connection.Server, connection.User), JudgeFingerprint.Compute(a.Value("--config")));
            return (state, account);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--state {path}: {e.Message}");
        }
    }

    private static void Save(CalDavStateFile? state, TextWriter stderr)
    {
        if (state is null)
        {
            return;
        }

        try
        {
            state.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The scan's results are still right; only the next run will be slower.
            stderr.WriteLine($"calguard caldav scan: warning: the state file {state.Path} could not be written: {e.Message}");
        }
    }
}
