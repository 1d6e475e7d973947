using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Subscriptions;
using Calguard.Host.CalDav;

namespace Calguard.Host.Cli;

/// <summary>
/// <c>calguard caldav subscription URL [--all] [--json]</c>: fetches a subscribed feed (<c>webcal://</c>, <c>https://</c>)
/// and reports its suspicious and spam items. Read-only: subscribers cannot delete from a feed, so the report is for
/// the operator or the publisher (R29, R30).
/// </summary>
public static class CalDavSubscriptionCommand
{
    /// <summary>Runs the subcommand.</summary>
    /// <param name="args">The arguments after <c>subscription</c>.</param>
    /// <param name="stdout">The table or JSON lines.</param>
    /// <param name="stderr">Messages.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var a = new Arguments(args, ["--json", "--all", "--insecure", "--quiet"], ["--timeout", "--config"]);
        if (a.Positionals.Count != 1)
        {
            throw new UsageException("caldav subscription needs exactly one feed URL (webcal://, http:// or https://)");
        }

        if (!Uri.TryCreate(a.Positionals[0], UriKind.Absolute, out var feed))
        {
            throw new UsageException($"not a URL: '{a.Positionals[0]}'");
        }

        var timeout = a.Int("--timeout");
        if (timeout is <= 0)
        {
            throw new UsageException("--timeout must be a positive number of seconds");
        }

        var context = CliContext.Create(a);
        var json = a.Flag("--json");
        var all = a.Flag("--all");
        var summary = json ? stderr : stdout;
        var judge = new EngineEventJudge(context.Pipeline);
        var defaults = new SubscriptionOptions();
        using var scanner = new SubscriptionScanner(judge, defaults with
        {
            Insecure = a.Flag("--insecure"),
            Timeout = timeout is { } t ? TimeSpan.FromSeconds(t) : defaults.Timeout,
        });
        var header = !json;

        int items = 0, spam = 0, suspicious = 0;
        Uri? fetched = null;
        await foreach (var item in scanner.ScanAsync(feed, cancellationToken))
        {
            items++;
            fetched = item.FeedUri;
            spam += item.Judgement.Verdict == EventVerdict.Spam ? 1 : 0;
            suspicious += item.Judgement.Verdict == EventVerdict.Suspicious ? 1 : 0;
            if (all || item.Judgement.Verdict != EventVerdict.Clean)
            {
                if (header)
                {
                    stdout.WriteLine(CalDavOutput.FindingHeader);
                    header = false;
                }

                CalDavOutput.WriteFinding(stdout, json, item.FeedUri.ToString(), item.FeedUri.Host, item.Resource.Href, item.Resource.ETag, item.Judgement, cached: null);
            }
        }

        summary.WriteLine($"{fetched ?? feed}: {items} items judged: {spam} spam, {suspicious} suspicious (read-only; report them to the feed's publisher).");
        if (judge.Errors > 0)
        {
            await stderr.WriteLineAsync($"calguard caldav subscription: the engine failed on {judge.Errors} items ({EngineEventJudge.InternalErrorReason}).");
            return CalDavExitCodes.Incomplete;
        }

        return CalDavExitCodes.Ok;
    }
}
