using System.Text;
using Calguard.CalDav.Ics;

namespace Calguard.CalDav.Cleaning;

/// <summary>The state of one <see cref="CalendarCleaner.CleanAsync"/> run and the change for one object.</summary>
internal sealed class Run(CalDavClient client, UndoLog? undo, CalDavAccount account, CleanOptions options)
{
    /// <summary>The quarantine calendar, once found or created (or planned, in a dry run).</summary>
    public CalendarCollection? Quarantine { get; set; }

    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return sb.ToString().Trim('-') is { Length: > 0 } slug ? slug : "quarantine";
    }

    public static string QuarantineTarget(CalendarCollection quarantine, string href) =>
        quarantine.Href.TrimEnd('/') + "/" + href.TrimEnd('/').Split('/')[^1];

    public async Task<CleanStep> EnsureQuarantineCalendarAsync(CancellationToken cancellationToken)
    {
        var href = account.CalendarHomeHref.TrimEnd('/') + "/" + Slug(options.QuarantineCalendar) + "/";
        if (!options.Apply)
        {
            Quarantine = new CalendarCollection(href, options.QuarantineCalendar, null, null, null, [], [DavNames.CalendarResourceType]);
            return new CleanStep(CleanAction.CreateQuarantineCalendar, CleanStatus.Planned, href, href, null, null);
        }

        try
        {
            await client.MakeCalendarAsync(href, options.QuarantineCalendar, cancellationToken).ConfigureAwait(false);
        }
        catch (CalDavServerException e) when (e.StatusCode is >= 500)
        {
            // MKCALENDAR is not retried blindly (its outcome is unknown after a 5xx): look first, then try once more.
            if (await client.GetCollectionAsync(href, cancellationToken).ConfigureAwait(false) is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
                await client.MakeCalendarAsync(href, options.QuarantineCalendar, cancellationToken).ConfigureAwait(false);
            }
        }

        Quarantine = await client.GetCollectionAsync(href, cancellationToken).ConfigureAwait(false)
            ?? new CalendarCollection(href, options.QuarantineCalendar, null, null, null, [], [DavNames.CalendarResourceType]);
        return new CleanStep(CleanAction.CreateQuarantineCalendar, CleanStatus.Done, href, href, null, null);
    }

    public async Task<CleanStep> ApplyAsync(CalendarCollection calendar, CalendarObjectResource target, EventJudgement judgement, bool useAudit, CancellationToken cancellationToken)
    {
        var action = CalendarCleaner.ActionFor(options.Mode, useAudit);
        CleanStep Step(CleanStatus status, string? detail = null, string? targetHref = null) =>
            new(action, status, calendar.Href, target.Href, target.ETag, judgement, detail) { TargetHref = targetHref };

        // Re-read the exact bytes for the undo log; a different ETag means someone changed it after the judgement.
        var exact = await client.GetAsync(target.Href, cancellationToken).ConfigureAwait(false);
        if (exact is null)
        {
            return Step(CleanStatus.SkippedGone, "The object was already gone.");
        }

        if (exact.ETag is not null && !CalDavClient.SameETag(exact.ETag, target.ETag))
        {
            return Step(CleanStatus.SkippedChanged, $"The object changed since it was judged (ETag {target.ETag} → {exact.ETag}); left untouched.");
        }

        if (exact.IsTruncated)
        {
            return Step(CleanStatus.Failed, $"The object is larger than {client.Options.MaxObjectChars} characters and cannot be logged for undo; left untouched.");
        }

        exact = exact with { ETag = target.ETag };
        try
        {
            switch (options.Mode)
            {
                case CleanMode.StripAlarms:
                    return await StripAlarmsAsync(calendar, exact, Step, cancellationToken).ConfigureAwait(false);
                case CleanMode.Quarantine:
                    return await QuarantineAsync(calendar, exact, Step, cancellationToken).ConfigureAwait(false);
                default:
                    undo!.Append(CalendarCleaner.NewEntry(account, calendar.Href, exact, useAudit ? UndoEntry.Actions.AuditFailure : UndoEntry.Actions.Delete));
                    if (useAudit)
                    {
                        await client.ReportAuditFailureAsync(exact.Href, target.ETag!, "junk", cancellationToken).ConfigureAwait(false);
                        return Step(CleanStatus.Done);
                    }

                    return await client.DeleteAsync(exact.Href, target.ETag!, cancellationToken).ConfigureAwait(false)
                        ? Step(CleanStatus.Done)
                        : Step(CleanStatus.SkippedGone, "The object was already gone.");
            }
        }
        catch (CalDavPreconditionFailedException ex)
        {
            return Step(CleanStatus.SkippedChanged, ex.Message);
        }
        catch (CalDavServerException ex) when (ex.StatusCode is >= 400 and < 500)
        {
            return Step(CleanStatus.Failed, ex.Message);
        }
    }

    private async Task<CleanStep> StripAlarmsAsync(CalendarCollection calendar, CalendarObjectResource exact, Func<CleanStatus, string?, string?, CleanStep> step, CancellationToken cancellationToken)
    {
        var (stripped, removed) = AlarmStripper.Strip(exact.CalendarData);
        if (removed == 0)
        {
            return step(CleanStatus.NothingToDo, "No VALARM to remove.", null);
        }

        undo!.Append(CalendarCleaner.NewEntry(account, calendar.Href, exact, UndoEntry.Actions.StripAlarms));
        await client.PutAsync(exact.Href, stripped, exact.ETag, cancellationToken).ConfigureAwait(false);
        return step(CleanStatus.Done, $"{removed} VALARM removed.", null);
    }

    private async Task<CleanStep> QuarantineAsync(CalendarCollection calendar, CalendarObjectResource exact, Func<CleanStatus, string?, string?, CleanStep> step, CancellationToken cancellationToken)
    {
        var copyHref = QuarantineTarget(Quarantine!, exact.Href);
        if (await client.GetAsync(copyHref, cancellationToken).ConfigureAwait(false) is { } existing && existing.CalendarData != exact.CalendarData)
        {
            // A different object already has that name in quarantine: keep both.
            copyHref = copyHref[..copyHref.LastIndexOf('/')] + "/" + Guid.NewGuid().ToString("N") + ".ics";
        }

        undo!.Append(CalendarCleaner.NewEntry(account, calendar.Href, exact, UndoEntry.Actions.Quarantine, copyHref));
        string? copyTag;
        try
        {
            copyTag = await client.PutAsync(copyHref, exact.CalendarData, null, cancellationToken).ConfigureAwait(false);
        }
        catch (CalDavPreconditionFailedException)
        {
            // Already copied by an earlier, interrupted run: the copy is identical (checked above).
            copyTag = (await client.GetAsync(copyHref, cancellationToken).ConfigureAwait(false))?.ETag;
        }
        catch (CalDavServerException ex) when (ex.StatusCode is >= 400 and < 500)
        {
            return step(CleanStatus.Failed, $"The quarantine copy was refused, so the original was kept: {ex.Message}", copyHref);
        }

        try
        {
            return await client.DeleteAsync(exact.Href, exact.ETag!, cancellationToken).ConfigureAwait(false)
                ? step(CleanStatus.Done, null, copyHref)
                : step(CleanStatus.SkippedGone, "The original was already gone; the copy stays in quarantine.", copyHref);
        }
        catch (CalDavPreconditionFailedException ex)
        {
            // The original changed: it stays, so the copy of the old version must go (silently, too).
            copyTag ??= (await client.GetAsync(copyHref, cancellationToken).ConfigureAwait(false))?.ETag;
            if (copyTag is not null)
            {
                await client.DeleteAsync(copyHref, copyTag, cancellationToken).ConfigureAwait(false);
            }

            return step(CleanStatus.SkippedChanged, ex.Message, null);
        }
    }

    public async Task<CleanStep> DeleteInboxCopyAsync(string inboxHref, CalendarObjectResource copy, EventJudgement judgement, CancellationToken cancellationToken)
    {
        CleanStep Step(CleanStatus status, string? detail = null) =>
            new(CleanAction.DeleteInboxCopy, status, inboxHref, copy.Href, copy.ETag, judgement, detail);

        var exact = await client.GetAsync(copy.Href, cancellationToken).ConfigureAwait(false);
        if (exact is null)
        {
            return Step(CleanStatus.SkippedGone, "The Inbox copy was already gone.");
        }

        if (exact.ETag is not null && !CalDavClient.SameETag(exact.ETag, copy.ETag))
        {
            return Step(CleanStatus.SkippedChanged, "The Inbox copy changed since it was listed; left untouched.");
        }

        undo!.Append(CalendarCleaner.NewEntry(account, inboxHref, exact with { ETag = copy.ETag }, UndoEntry.Actions.DeleteInboxCopy));
        try
        {
            return await client.DeleteAsync(copy.Href, copy.ETag!, cancellationToken).ConfigureAwait(false)
                ? Step(CleanStatus.Done)
                : Step(CleanStatus.SkippedGone, "The Inbox copy was already gone.");
        }
        catch (CalDavPreconditionFailedException ex)
        {
            return Step(CleanStatus.SkippedChanged, ex.Message);
        }
        catch (CalDavServerException ex) when (ex.StatusCode is >= 400 and < 500)
        {
            return Step(CleanStatus.Failed, ex.Message);
        }
    }
}
