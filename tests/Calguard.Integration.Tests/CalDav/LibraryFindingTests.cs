using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Host.CalDav;
using Calguard.Host.Cli;
using Calguard.Integration.Tests.CalDav.Infrastructure;

namespace Calguard.Integration.Tests.CalDav;

/// <summary>
/// A defect found in <c>Calguard.CalDav</c> while building the CLI, kept as a test against the library itself.
/// The CLI works around it (<see cref="CalDavRestoreCommand"/> checks every object before it calls RestoreAsync).
/// </summary>
public sealed class LibraryFindingTests
{
    /// <summary>
    /// <c>CalendarCleaner</c> writes the undo line before the DELETE; when that DELETE gets 412 (the organizer's update
    /// landed meanwhile) the line stays. <c>RestoreAsync</c> then finds the object in another form and PUTs the logged
    /// original over it with If-Match on the current ETag, which silently reverts the update.
    /// Fix: in <c>RestoreOneAsync</c>, for every removal action (delete, audit-failure, quarantine, delete-inbox-copy,
    /// delete-collection-member) an object that exists with different data is a <c>Conflict</c>, not a PUT; only
    /// <c>strip-alarms</c> replaces an existing version.
    /// </summary>
    [Fact]
    public async Task RestoreAsync_does_not_overwrite_an_event_whose_removal_was_skipped_with_412()
    {
        await using var account = await DavAccount.StartAsync(ServerKind.Radicale);
        var spam = await account.SeedAsync(CorpusMix.Spam().Take(1));
        var victim = spam.Values.Single();
        var edited = account.Seeded[victim].Replace("SUMMARY:", "SUMMARY:[edited meanwhile] ", StringComparison.Ordinal);
        account.Proxy.Intercept = async (request, _) =>
        {
            if (request.Method == "DELETE" && request.PathAndQuery == victim)
            {
                await account.EditAsync(victim, edited);
            }

            return false;
        };

        using var client = new CalDavClient(new CalDavClientOptions
        {
            ServerUri = account.Proxy.BaseUri,
            Credentials = CalDavCredentials.Basic("alice", DavAccount.Password),
        });
        var cleaner = new CalendarCleaner(client, new EngineEventJudge(CliContext.Create(new Arguments([], [], [])).Pipeline));
        var undoLog = Path.Combine(account.WorkDir, "undo.jsonl");
        var steps = new List<CleanStep>();
        await foreach (var step in cleaner.CleanAsync(new CleanOptions { Apply = true, UndoLogPath = undoLog }))
        {
            steps.Add(step);
        }

        Assert.Equal(CleanStatus.SkippedChanged, Assert.Single(steps).Status);
        account.Proxy.Intercept = null;
        var results = new List<RestoreResult>();
        await foreach (var result in cleaner.RestoreAsync(undoLog))
        {
            results.Add(result);
        }

        Assert.Contains("[edited meanwhile]", (await account.SnapshotAsync([victim]))[victim].Body);
        Assert.Equal(RestoreStatus.Conflict, Assert.Single(results).Status);
    }
}
