using System.Runtime.CompilerServices;
using Calguard.CalDav.Ics;

namespace Calguard.CalDav.Cleaning;

/// <summary>
/// Walks a CalDAV account, judges every object with an <see cref="IEventJudge"/>, and removes, quarantines or
/// silences the selected ones, never sending a REPLY to the organizer (R24, practices §4.7).
/// </summary>
/// <remarks>
/// <para>Safety rules, in order of importance:</para>
/// <list type="bullet">
/// <item>Every removal is <c>DELETE</c> + <c>Schedule-Reply: F</c> + <c>If-Match</c> (or the audit-failure POST when
/// advertised). Instances are never removed by EXDATE or PARTSTAT, both of which send a REPLY (RFC 6638 §3.2.2.3);
/// a series and its overrides are one resource and go together.</item>
/// <item>Before a change, the object is read again with GET; if its ETag differs from the judged one, or the server
/// answers 412, the object is skipped and reported, untouched.</item>
/// <item>The undo line (with the full original) is on disk before the change is sent; a quarantine copy is written
/// before the original is deleted, and rolled back if the delete is refused.</item>
/// <item>A dry run (the default) sends only PROPFIND, REPORT, GET and OPTIONS.</item>
/// <item>Authentication failures and an unreachable or failing server (5xx) stop the run with the exception;
/// a 4xx on one object is reported as <see cref="CleanStatus.Failed"/> and the run goes on.</item>
/// </list>
/// </remarks>
public sealed class CalendarCleaner
{
    private readonly CalDavClient _client;
    private readonly IEventJudge _judge;
    private CalDavAccount? _account;

    /// <summary>Creates a cleaner over a client and a judge.</summary>
    /// <param name="client">The CalDAV client, logged in to one account.</param>
    /// <param name="judge">The judge; the CLI passes the Calguard.Core pipeline.</param>
    public CalendarCleaner(CalDavClient client, IEventJudge judge)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _judge = judge ?? throw new ArgumentNullException(nameof(judge));
    }

    /// <summary>Discovers the account once and caches it.</summary>
    /// <param name="cancellationToken">Cancels discovery.</param>
    /// <exception cref="CalDavException">Discovery failed.</exception>
    public async Task<CalDavAccount> GetAccountAsync(CancellationToken cancellationToken = default) =>
        _account ??= await _client.DiscoverAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Judges every object of the chosen calendars and yields the results as they come. Read-only.</summary>
    /// <param name="options">Which calendars, an optional time range, optional sync tokens.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <exception cref="ArgumentException">A requested calendar does not exist.</exception>
    /// <exception cref="CalDavException">The server refused, failed, or answered unreadably.</exception>
    public async IAsyncEnumerable<ScanResult> ScanAsync(ScanOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ScanOptions();
        var account = await GetAccountAsync(cancellationToken).ConfigureAwait(false);
        var all = await _client.ListCalendarsAsync(account.CalendarHomeHref, cancellationToken).ConfigureAwait(false);
        foreach (var calendar in SelectCalendars(all, options.Calendars, exclude: null))
        {
            if (options.SyncTokens is { } store)
            {
                var sync = _client.SyncCollection(calendar.Href, store.Get(calendar.Href));
                await foreach (var change in sync.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (change.Resource is { } resource)
                    {
                        yield return new ScanResult(calendar, resource, await _judge.JudgeAsync(resource, cancellationToken).ConfigureAwait(false));
                    }
                }

                store.Set(calendar.Href, sync.NewSyncToken);
                continue;
            }

            await foreach (var resource in _client.QueryAsync(calendar.Href, ToQuery(options.TimeRange), cancellationToken).ConfigureAwait(false))
            {
                yield return new ScanResult(calendar, resource, await _judge.JudgeAsync(resource, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    /// <summary>
    /// Selects objects by verdict, organizer or campaign and returns the plan (dry run) or carries it out
    /// (<see cref="CleanOptions.Apply"/>), one step per change.
    /// </summary>
    /// <param name="options">Selection, mode, undo log.</param>
    /// <param name="cancellationToken">Cancels the run between steps.</param>
    /// <exception cref="ArgumentException">The options select everything, nothing, or lack an undo log for Apply.</exception>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused; the run stopped.</exception>
    /// <exception cref="CalDavServerException">The server is down or failing; the run stopped after the last reported step.</exception>
    /// <exception cref="CalDavProtocolException">The server answered unreadably; the run stopped.</exception>
    public async IAsyncEnumerable<CleanStep> CleanAsync(CleanOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Validate(options);
        var account = await GetAccountAsync(cancellationToken).ConfigureAwait(false);
        var capabilities = await _client.GetCapabilitiesAsync(account.CalendarHomeHref, cancellationToken).ConfigureAwait(false);
        var useAudit = options.Mode == CleanMode.Delete && options.UseAuditWhenAvailable && capabilities.Audit;
        var all = await _client.ListCalendarsAsync(account.CalendarHomeHref, cancellationToken).ConfigureAwait(false);
        var calendars = SelectCalendars(all, options.Calendars, options.Mode == CleanMode.Quarantine ? options.QuarantineCalendar : null);
        var removeInboxCopies = options.RemoveInboxCopies && !useAudit && options.Mode != CleanMode.StripAlarms && account.ScheduleInboxHref is not null;
        Dictionary<string, List<CalendarObjectResource>>? inbox = null;

        using var undo = options.Apply ? new UndoLog(options.UndoLogPath!) : null;
        var run = new Run(_client, undo, account, options)
        {
            Quarantine = options.Mode == CleanMode.Quarantine ? FindCalendar(all, options.QuarantineCalendar) : null,
        };

        foreach (var calendar in calendars)
        {
            // First pass: judge while streaming, keep only the selected few (href, ETag, UID, judgement).
            var targets = new List<(CalendarObjectResource Resource, string? Uid, EventJudgement Judgement)>();
            await foreach (var resource in _client.QueryAsync(calendar.Href, ToQuery(options.TimeRange), cancellationToken).ConfigureAwait(false))
            {
                var judgement = await _judge.JudgeAsync(resource, cancellationToken).ConfigureAwait(false);
                if (IsSelected(judgement, resource, options))
                {
                    var uid = judgement.Uid ?? CalendarObjectInfo.Read(resource.CalendarData).Uid;
                    targets.Add((resource with { CalendarData = string.Empty }, uid, judgement));
                }
            }

            foreach (var (target, uid, judgement) in targets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var action = ActionFor(options.Mode, useAudit);
                if (target.ETag is null)
                {
                    yield return new CleanStep(action, CleanStatus.Failed, calendar.Href, target.Href, null, judgement,
                        "The server gave no ETag, so the change could not be made conditional; left untouched.");
                    continue;
                }

                if (options.Mode == CleanMode.Quarantine && run.Quarantine is null)
                {
                    yield return await run.EnsureQuarantineCalendarAsync(cancellationToken).ConfigureAwait(false);
                }

                var step = options.Apply
                    ? await run.ApplyAsync(calendar, target, judgement, useAudit, cancellationToken).ConfigureAwait(false)
                    : new CleanStep(action, CleanStatus.Planned, calendar.Href, target.Href, target.ETag, judgement)
                    {
                        TargetHref = run.Quarantine is { } q ? Run.QuarantineTarget(q, target.Href) : null,
                    };
                yield return step;

                var removed = (step.Status is CleanStatus.Done or CleanStatus.Planned) && (step.Action is CleanAction.Delete or CleanAction.Quarantine);
                if (removed && removeInboxCopies && uid is not null)
                {
                    inbox ??= await LoadInboxAsync(account.ScheduleInboxHref!, cancellationToken).ConfigureAwait(false);
                    if (inbox.TryGetValue(uid, out var copies))
                    {
                        foreach (var copy in copies)
                        {
                            yield return options.Apply
                                ? await run.DeleteInboxCopyAsync(account.ScheduleInboxHref!, copy, judgement, cancellationToken).ConfigureAwait(false)
                                : new CleanStep(CleanAction.DeleteInboxCopy, CleanStatus.Planned, account.ScheduleInboxHref!, copy.Href, copy.ETag, judgement);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Deletes a whole calendar collection silently (e.g. emptying the quarantine calendar): every member goes to the
    /// undo log first, then one <c>DELETE</c> with <c>If-Match</c> and <c>Schedule-Reply: F</c> (RFC 6638 §3.2.3.2
    /// would otherwise send a DECLINE per scheduling object).
    /// </summary>
    /// <param name="calendar">The calendar's href or display name.</param>
    /// <param name="apply">False for a dry run.</param>
    /// <param name="undoLogPath">The undo log; required when <paramref name="apply"/> is true.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="ArgumentException">No such calendar, or no undo log for Apply.</exception>
    /// <exception cref="CalDavException">The server refused, failed, or answered unreadably.</exception>
    public async IAsyncEnumerable<CleanStep> DeleteCalendarAsync(string calendar, bool apply, string? undoLogPath, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (apply && string.IsNullOrEmpty(undoLogPath))
        {
            throw new ArgumentException("An undo log is required to delete a calendar.", nameof(undoLogPath));
        }

        var account = await GetAccountAsync(cancellationToken).ConfigureAwait(false);
        var all = await _client.ListCalendarsAsync(account.CalendarHomeHref, cancellationToken).ConfigureAwait(false);
        var collection = FindCalendar(all, calendar) ?? throw new ArgumentException($"No calendar '{calendar}' in {account.CalendarHomeHref}.", nameof(calendar));
        var etag = collection.ETag ?? (await _client.GetCollectionAsync(collection.Href, cancellationToken).ConfigureAwait(false))?.ETag;
        if (etag is null)
        {
            yield return new CleanStep(CleanAction.DeleteCollection, CleanStatus.Failed, collection.Href, collection.Href, null, null,
                "The server gives no ETag for the collection, so it cannot be deleted conditionally; left untouched.");
            yield break;
        }

        if (!apply)
        {
            yield return new CleanStep(CleanAction.DeleteCollection, CleanStatus.Planned, collection.Href, collection.Href, etag, null);
            yield break;
        }

        using var undo = new UndoLog(undoLogPath!);
        var members = new List<string>();
        await foreach (var member in _client.QueryAsync(collection.Href, null, cancellationToken).ConfigureAwait(false))
        {
            members.Add(member.Href);
        }

        foreach (var href in members)
        {
            if (await _client.GetAsync(href, cancellationToken).ConfigureAwait(false) is { } exact)
            {
                undo.Append(NewEntry(account, collection.Href, exact, UndoEntry.Actions.DeleteCollectionMember));
            }
        }

        CleanStatus status;
        string? detail = null;
        try
        {
            status = await _client.DeleteAsync(collection.Href, etag, cancellationToken).ConfigureAwait(false) ? CleanStatus.Done : CleanStatus.SkippedGone;
        }
        catch (CalDavPreconditionFailedException ex)
        {
            (status, detail) = (CleanStatus.SkippedChanged, ex.Message);
        }

        yield return new CleanStep(CleanAction.DeleteCollection, status, collection.Href, collection.Href, etag, null, detail);
    }

    /// <summary>
    /// Puts originals from an undo log back: <c>If-None-Match: *</c> where the object is gone, <c>If-Match</c> where it
    /// exists in modified form; removes quarantine copies and recreates a deleted collection when needed.
    /// </summary>
    /// <param name="undoLogPath">The undo log written by <see cref="CleanAsync"/> or <see cref="DeleteCalendarAsync"/>.</param>
    /// <param name="filter">Which entries to restore; <see langword="null"/> for all. For an href logged several times the earliest entry (the true original) wins.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="IOException">The log cannot be read.</exception>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is down or failing.</exception>
    public async IAsyncEnumerable<RestoreResult> RestoreAsync(string undoLogPath, Func<UndoEntry, bool>? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<UndoEntry>();
        foreach (var entry in UndoLog.Read(undoLogPath))
        {
            if ((filter is null || filter(entry)) && seen.Add(CalDavClient.NormalizePath(entry.Href)))
            {
                entries.Add(entry);
            }
        }

        var recreated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SameServer(entry.Server))
            {
                yield return new RestoreResult(entry, RestoreStatus.Failed, $"The entry belongs to {entry.Server}, not {_client.BaseUri}.");
                continue;
            }

            yield return await RestoreOneAsync(entry, recreated, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RestoreResult> RestoreOneAsync(UndoEntry entry, HashSet<string> recreated, CancellationToken cancellationToken)
    {
        RestoreResult result;
        var current = await _client.GetAsync(entry.Href, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.CalendarData == entry.CalendarData)
        {
            result = new RestoreResult(entry, RestoreStatus.AlreadyPresent);
        }
        else if (current is not null && entry.Action != "strip-alarms")
        {
            // A removal that was skipped (412) left a newer version in place; putting the old original back would
            // silently revert someone else's edit. Only an alarm strip rewrote the object we restore.
            result = new RestoreResult(entry, RestoreStatus.Conflict, "the event exists with different content; not overwritten");
        }
        else
        {
            try
            {
                await _client.PutAsync(entry.Href, entry.CalendarData, current?.ETag, cancellationToken).ConfigureAwait(false);
                result = new RestoreResult(entry, RestoreStatus.Restored);
            }
            catch (CalDavServerException ex) when (current is null && ex.StatusCode is 404 or 409 && recreated.Add(entry.Calendar))
            {
                // The collection itself was deleted (DeleteCalendarAsync): recreate it once, then put the member back.
                await _client.MakeCalendarAsync(entry.Calendar, null, cancellationToken).ConfigureAwait(false);
                return await RestoreOneAsync(entry, recreated, cancellationToken).ConfigureAwait(false);
            }
            catch (CalDavPreconditionFailedException ex)
            {
                return new RestoreResult(entry, RestoreStatus.Conflict, ex.Message);
            }
            catch (CalDavServerException ex) when (ex.StatusCode is >= 400 and < 500)
            {
                return new RestoreResult(entry, RestoreStatus.Failed, ex.Message);
            }
        }

        if (entry.QuarantineHref is { } copyHref && await _client.GetAsync(copyHref, cancellationToken).ConfigureAwait(false) is { ETag: { } copyTag })
        {
            try
            {
                await _client.DeleteAsync(copyHref, copyTag, cancellationToken).ConfigureAwait(false);
            }
            catch (CalDavPreconditionFailedException)
            {
                // The copy was edited in quarantine; keep it rather than lose the edit.
            }
        }

        return result;
    }

    private bool SameServer(string server) =>
        Uri.TryCreate(server, UriKind.Absolute, out var uri)
        && (Authority(uri) == Authority(_client.BaseUri) || Authority(uri) == Authority(_client.Options.ServerUri));

    private static string Authority(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();

    private async Task<Dictionary<string, List<CalendarObjectResource>>> LoadInboxAsync(string inboxHref, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, List<CalendarObjectResource>>(StringComparer.Ordinal);
        try
        {
            await foreach (var item in _client.QueryAsync(inboxHref, null, cancellationToken).ConfigureAwait(false))
            {
                if (item.ETag is not null && CalendarObjectInfo.Read(item.CalendarData).Uid is { } uid)
                {
                    if (!index.TryGetValue(uid, out var list))
                    {
                        index[uid] = list = [];
                    }

                    list.Add(item with { CalendarData = string.Empty });
                }
            }
        }
        catch (CalDavServerException ex) when (ex.StatusCode is not null)
        {
            // An Inbox that cannot be queried (Xandikos answers 500) holds no copies we could remove; a server
            // that does not answer at all (no status) still stops the run.
        }

        return index;
    }

    internal static CleanAction ActionFor(CleanMode mode, bool useAudit) => mode switch
    {
        CleanMode.Quarantine => CleanAction.Quarantine,
        CleanMode.StripAlarms => CleanAction.StripAlarms,
        _ => useAudit ? CleanAction.ReportAuditFailure : CleanAction.Delete,
    };

    private static void Validate(CleanOptions options)
    {
        if (options.MinVerdict == EventVerdict.Clean)
        {
            throw new ArgumentException("MinVerdict Clean would select every event; use Suspicious or Spam.", nameof(options));
        }

        if (options.MinVerdict is null && (options.Organizers?.Count ?? 0) == 0 && (options.CampaignFingerprints?.Count ?? 0) == 0)
        {
            throw new ArgumentException("Nothing is selected: give MinVerdict, Organizers or CampaignFingerprints.", nameof(options));
        }

        if (options.Apply && string.IsNullOrEmpty(options.UndoLogPath))
        {
            throw new ArgumentException("Apply needs an UndoLogPath: every change is logged before it is sent.", nameof(options));
        }
    }

    private static bool IsSelected(EventJudgement judgement, CalendarObjectResource resource, CleanOptions options)
    {
        if (options.MinVerdict is { } min && judgement.Verdict >= min)
        {
            return true;
        }

        if (options.Organizers is { Count: > 0 } organizers)
        {
            var organizer = judgement.Organizer ?? CalendarObjectInfo.Read(resource.CalendarData).Organizer;
            if (organizer is not null && organizers.Any(o => CalendarObjectInfo.NormalizeAddress(o) == CalendarObjectInfo.NormalizeAddress(organizer)))
            {
                return true;
            }
        }

        return options.CampaignFingerprints is { Count: > 0 } fingerprints
            && judgement.CampaignFingerprint is { } fingerprint
            && fingerprints.Contains(fingerprint, StringComparer.Ordinal);
    }

    private static CalendarQuery? ToQuery(TimeRange? range) => range is null ? null : new CalendarQuery { TimeRange = range };

    internal static CalendarCollection? FindCalendar(IEnumerable<CalendarCollection> all, string nameOrHref) =>
        all.Where(c => c.IsCalendar).FirstOrDefault(c => Matches(c, nameOrHref));

    private static bool Matches(CalendarCollection c, string nameOrHref) =>
        CalDavClient.NormalizePath(c.Href) == CalDavClient.NormalizePath(nameOrHref)
        || string.Equals(c.Name, nameOrHref, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Uri.UnescapeDataString(c.Href.TrimEnd('/').Split('/')[^1]), nameOrHref, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Uri.UnescapeDataString(c.Href.TrimEnd('/').Split('/')[^1]), Run.Slug(nameOrHref), StringComparison.OrdinalIgnoreCase);

    private static List<CalendarCollection> SelectCalendars(IReadOnlyList<CalendarCollection> all, IReadOnlyCollection<string>? wanted, string? exclude)
    {
        var calendars = all.Where(c => c.IsCalendar && !c.IsScheduleInbox && (exclude is null || !Matches(c, exclude))).ToList();
        if (wanted is null || wanted.Count == 0)
        {
            return calendars;
        }

        var result = new List<CalendarCollection>();
        foreach (var name in wanted)
        {
            result.Add(calendars.FirstOrDefault(c => Matches(c, name))
                ?? throw new ArgumentException($"No calendar '{name}'; known: {string.Join(", ", calendars.Select(c => c.Name))}."));
        }

        return result;
    }

    internal static UndoEntry NewEntry(CalDavAccount account, string calendarHref, CalendarObjectResource exact, string action, string? quarantineHref = null) =>
        new(DateTimeOffset.UtcNow, account.ServerUri.ToString(), calendarHref, exact.Href, exact.ETag, action, exact.CalendarData)
        {
            Uid = CalendarObjectInfo.Read(exact.CalendarData).Uid,
            QuarantineHref = quarantineHref,
        };
}
