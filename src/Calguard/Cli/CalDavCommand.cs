using Calguard.CalDav;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard caldav scan|clean|restore|subscription …</c>: finds calendar spam in a CalDAV account and removes it
/// silently (DELETE with <c>Schedule-Reply: F</c> and <c>If-Match</c>, never a DECLINE or EXDATE), with an undo log.
/// </summary>
/// <remarks>
/// A thin surface: the objects are judged by the one pipeline (<see cref="CliContext"/> through
/// <see cref="CalDav.EngineEventJudge"/>) and changed by <c>Calguard.CalDav</c>'s <c>CalendarCleaner</c>; this class
/// parses options, maps errors to exit codes (<see cref="CalDavExitCodes"/>) and prints.
/// </remarks>
public static class CalDavCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard caldav scan  CONNECTION [--calendar NAME]... [--all] [--full] [--state FILE] [--json] [--config FILE]
               calguard caldav clean CONNECTION [--calendar NAME]... [--min-verdict spam|suspicious] [--organizer ADDR]...
                                    [--campaign FINGERPRINT]... [--quarantine CALENDAR | --strip-alarms] [--undo-log FILE]
                                    [--yes] [--json] [--config FILE]
               calguard caldav restore --undo-log FILE [CONNECTION] [--uid UID]... [--yes] [--json]
               calguard caldav subscription URL [--all] [--json] [--insecure] [--timeout SECONDS] [--config FILE]
               calguard caldav delete-calendar NAME CONNECTION [--undo-log FILE] [--yes] [--json]
          CONNECTION      --url URL [--user USER --password-file FILE | --token-file FILE] [--insecure]
                          [--timeout SECONDS] [--retries N]; a secret file holds the password (or bearer token) on its
                          first line, - reads it from stdin
          scan            judge every event; list the suspicious and spam ones with their reasons (--all: every one).
                          Sync tokens and findings are kept in --state (default ./data/caldav-state.json), so a re-run
                          reads only what changed; --full reads everything again
          clean           dry run by default: prints what would be removed; --yes removes it with DELETE +
                          Schedule-Reply: F + If-Match (no reply ever reaches the organizer). Selects objects judged at
                          least --min-verdict (default spam), and every object of an --organizer or --campaign (then
                          --min-verdict applies only when given). --quarantine moves them into a calendar instead,
                          --strip-alarms only removes their alarms. Every change is logged first in --undo-log
                          (default ./data/caldav-undo/TIME-HOST-USER.jsonl)
          restore         puts back what an undo log recorded (dry run without --yes); never overwrites an event that
                          changed on the server since; --url defaults to the server in the log
          subscription    reads a webcal:// or https:// feed and reports its spam (read-only)
          delete-calendar deletes a whole calendar (e.g. the reviewed quarantine) with Schedule-Reply: F, every member
                          in the undo log first (dry run without --yes)
          --calendar      a calendar's display name, last path segment or href (repeatable; default: all)
          --json          one JSON object per line on stdout; the summary goes to stderr
          --quiet         no progress line
        exit codes: 0 done; 1 done, but something was skipped (changed on the server, 412), refused or not judged;
                    2 usage error; 3 credentials refused; 4 server unreachable, failing or unreadable (run stopped);
                    130 interrupted
        """;

    /// <summary>Runs a subcommand and returns its exit code (see <see cref="CalDavExitCodes"/>).</summary>
    /// <param name="args">The arguments after <c>caldav</c>.</param>
    /// <param name="stdout">Results.</param>
    /// <param name="stderr">Messages, summary in JSON mode, progress.</param>
    /// <param name="cancellationToken">Stops the run between two changes.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler? handler = null;
        if (ReferenceEquals(stderr, Console.Error))
        {
            // Ctrl+C stops between two changes instead of killing the process mid-request; a second one kills.
            handler = (_, e) =>
            {
                e.Cancel = !interrupt.IsCancellationRequested;
                interrupt.Cancel();
            };
            Console.CancelKeyPress += handler;
        }

        var subcommand = args.Count > 0 ? args[0] : string.Empty;
        try
        {
            var rest = args.Skip(1).ToArray();
            return subcommand switch
            {
                "scan" => await CalDavScanCommand.RunAsync(rest, stdout, stderr, interrupt.Token),
                "clean" => await CalDavCleanCommand.RunAsync(rest, stdout, stderr, interrupt.Token),
                "restore" => await CalDavRestoreCommand.RunAsync(rest, stdout, stderr, interrupt.Token),
                "subscription" => await CalDavSubscriptionCommand.RunAsync(rest, stdout, stderr, interrupt.Token),
                "delete-calendar" => await CalDavDeleteCalendarCommand.RunAsync(rest, stdout, stderr, interrupt.Token),
                "" => throw new UsageException("caldav needs a subcommand: scan, clean, restore, subscription or delete-calendar"),
                _ => throw new UsageException($"unknown caldav subcommand '{subcommand}'; use scan, clean, restore, subscription or delete-calendar"),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"calguard caldav: {e.Message}");
            await stderr.WriteLineAsync("run 'calguard caldav --help' for the options");
            return CalDavExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            // The library's way of saying "no such calendar" or "unsupported feed scheme": found before any change.
            await stderr.WriteLineAsync($"calguard caldav {subcommand}: {e.Message}");
            return CalDavExitCodes.Usage;
        }
        catch (CalDavAuthenticationException e)
        {
            await stderr.WriteLineAsync($"calguard caldav {subcommand}: authentication failed: {e.Message}");
            return CalDavExitCodes.AuthenticationFailed;
        }
        catch (CalDavException e)
        {
            await stderr.WriteLineAsync($"calguard caldav {subcommand}: stopped: {e.Message}");
            return CalDavExitCodes.ServerFailed;
        }
        catch (IOException e)
        {
            // Mostly a connection that broke while an answer was read; local files are opened before the run starts.
            await stderr.WriteLineAsync($"calguard caldav {subcommand}: stopped by an I/O error (connection or local file): {e.Message}");
            return CalDavExitCodes.ServerFailed;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await stderr.WriteLineAsync($"calguard caldav {subcommand}: interrupted");
            return CalDavExitCodes.Interrupted;
        }
        finally
        {
            if (handler is not null)
            {
                Console.CancelKeyPress -= handler;
            }
        }
    }
}
