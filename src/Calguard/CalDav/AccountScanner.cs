using System.Runtime.CompilerServices;
using Calguard.CalDav;
using Calguard.CalDav.Cleaning;

namespace Calguard.Host.CalDav;

/// <summary>
/// Reads every calendar of an account with <c>sync-collection</c> (RFC 6578) and judges what changed since the
/// stored sync token; unchanged findings come from the state. Read-only: it sends PROPFIND and REPORT (and GET on
/// servers that leave calendar data out of sync answers).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="CalendarCleaner.ScanAsync"/> keeps tokens too, but it does not pass on removals or a server's
/// rejection of an old token, both of which the remembered findings need: a removed object must drop out, and
/// after a full listing every finding that was not listed again is gone. Hence this host-side loop over
/// <see cref="CalDavClient.SyncCollection"/>.
/// </para>
/// <para>Memory: one object at a time plus the non-clean findings; clean objects are never kept.</para>
/// </remarks>
public sealed class AccountScanner
{
    private readonly CalDavClient _client;
    private readonly IEventJudge _judge;

    /// <summary>Creates a scanner.</summary>
    /// <param name="client">A client logged in to the account.</param>
    /// <param name="judge">The judge (the Calguard engine).</param>
    public AccountScanner(CalDavClient client, IEventJudge judge)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _judge = judge ?? throw new ArgumentNullException(nameof(judge));
    }

    /// <summary>Raised after each calendar was read completely and its state updated (the CLI saves the state file then).</summary>
    public event Action<CalendarCollection>? CalendarDone;

    /// <summary>Raised once the calendars are known, before any is read.</summary>
    public event Action<IReadOnlyList<CalendarCollection>>? CalendarsSelected;

    /// <summary>Scans the account.</summary>
    /// <param name="calendars">Calendar names or hrefs; empty for all.</param>
    /// <param name="state">The account's stored state, updated in place; <see langword="null"/> to keep none.</param>
    /// <param name="full">Ignore stored tokens and read everything (needed to list clean objects too).</param>
    /// <param name="cancellationToken">Cancels the scan; the state of calendars not finished is left as it was.</param>
    /// <returns>Every judged object (fresh) and every stored finding that did not change (cached).</returns>
    /// <exception cref="ArgumentException">A requested calendar does not exist.</exception>
    /// <exception cref="CalDavException">The server refused, failed or answered unreadably.</exception>
    public async IAsyncEnumerable<ScannedObject> ScanAsync(
        IReadOnlyCollection<string> calendars,
        AccountState? state,
        bool full,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var account = await _client.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var all = await _client.ListCalendarsAsync(account.CalendarHomeHref, cancellationToken).ConfigureAwait(false);
        var selected = CalendarSelection.Select(all, calendars);
        CalendarsSelected?.Invoke(selected);
        if (state is not null && calendars.Count == 0)
        {
            // Forget calendars that no longer exist.
            var present = all.Select(c => c.Href).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in state.Calendars.Keys.Where(k => !present.Contains(k)).ToList())
            {
                state.Calendars.Remove(gone);
            }
        }

        foreach (var calendar in selected)
        {
            CalendarState? stored = null;
            if (state is not null && !state.Calendars.TryGetValue(calendar.Href, out stored))
            {
                stored = new CalendarState();
            }

            var sync = _client.SyncCollection(calendar.Href, full ? null : stored?.SyncToken);
            var fresh = new Dictionary<string, StoredFinding>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var change in sync.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var key = CalendarSelection.Key(change.Href);
                seen.Add(key);
                if (change.Resource is not { } resource)
                {
                    continue;
                }

                var judgement = await _judge.JudgeAsync(resource, cancellationToken).ConfigureAwait(false);
                if (judgement.Verdict != EventVerdict.Clean)
                {
                    fresh[key] = new StoredFinding(resource.Href, resource.ETag, judgement);
                }

                yield return new ScannedObject(calendar, resource.Href, resource.ETag, judgement, Cached: false);
            }

            if (stored is null)
            {
                continue;
            }

            // After a full listing (first run, --full, or a token the server refused) nothing unseen survives.
            var kept = sync.IsFullListing
                ? []
                : stored.Findings.Where(f => !seen.Contains(CalendarSelection.Key(f.Href))).ToList();
            foreach (var finding in kept)
            {
                yield return new ScannedObject(calendar, finding.Href, finding.ETag, finding.Judgement, Cached: true);
            }

            stored.Findings = [.. kept, .. fresh.Values];
            stored.SyncToken = sync.NewSyncToken;
            state!.Calendars[calendar.Href] = stored;
            CalendarDone?.Invoke(calendar);
        }
    }
}
