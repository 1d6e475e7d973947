namespace Calguard.CalDav;

/// <summary>
/// A pending <c>sync-collection</c> (RFC 6578) over one calendar. Enumerate it once; afterwards
/// <see cref="NewSyncToken"/> holds the token to pass next time.
/// </summary>
/// <remarks>
/// When the server rejects the old token (403 <c>valid-sync-token</c>, or the 500 that Xandikos 0.2.8 answers), the
/// sync restarts as a full listing and <see cref="IsFullListing"/> becomes true: the caller must then treat every
/// member it knew and did not see again as removed. Objects stream in one by one; memory stays bounded by the
/// largest object, not by the collection.
/// </remarks>
public sealed class CalendarSync : IAsyncEnumerable<SyncChange>
{
    private readonly Func<CalendarSync, CancellationToken, IAsyncEnumerable<SyncChange>> _run;
    private int _started;

    internal CalendarSync(string calendarHref, string? previousToken, Func<CalendarSync, CancellationToken, IAsyncEnumerable<SyncChange>> run)
    {
        CalendarHref = calendarHref;
        PreviousToken = previousToken;
        IsFullListing = string.IsNullOrEmpty(previousToken);
        _run = run;
    }

    /// <summary>The calendar being synchronised.</summary>
    public string CalendarHref { get; }

    /// <summary>The token the sync started from, or <see langword="null"/> for an initial sync.</summary>
    public string? PreviousToken { get; }

    /// <summary>The token to store for the next run; set once enumeration has finished. <see langword="null"/> when the server has no sync support.</summary>
    public string? NewSyncToken { get; internal set; }

    /// <summary>True when every member was listed (initial sync, or a rejected token), not only the changes.</summary>
    public bool IsFullListing { get; internal set; }

    /// <summary>Starts the REPORT and streams its entries.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="InvalidOperationException">The sync was already enumerated.</exception>
    public IAsyncEnumerator<SyncChange> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("A CalendarSync can be enumerated only once; start a new one with the new token.");
        }

        return _run(this, cancellationToken).GetAsyncEnumerator(cancellationToken);
    }
}
