using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Calguard.CalDav.Protocol;
using Polly;
using Polly.Timeout;

namespace Calguard.CalDav;

/// <summary>
/// A CalDAV client (RFC 4791, 6578, 6638) over <see cref="HttpClient"/>: discovery, listing, streaming queries,
/// sync, and the writes the cleaner needs. Every DELETE carries <c>If-Match</c> and <c>Schedule-Reply: F</c>.
/// </summary>
/// <remarks>
/// Large answers are parsed with <see cref="System.Xml.XmlReader"/> straight off the response stream; nothing buffers
/// a whole multistatus. Redirects are followed by the client itself so that the method and body survive and the
/// credentials are sent only to the configured server. Thread-safe for concurrent calls.
/// </remarks>
public sealed class CalDavClient : IDisposable
{
    private const string XmlContentType = "application/xml";
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private Uri _baseUri;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">Server, credentials, limits.</param>
    public CalDavClient(CalDavClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>Creates a client over a given handler (which must not follow redirects itself).</summary>
    /// <param name="options">Server, credentials, limits.</param>
    /// <param name="handler">The handler to use, or <see langword="null"/> for a new <see cref="SocketsHttpHandler"/>.</param>
    public CalDavClient(CalDavClientOptions options, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _baseUri = options.ServerUri;
        handler ??= CreateHandler(options);
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = RetryPipelineFactory.Create(options);
    }

    /// <summary>The options the client was created with.</summary>
    public CalDavClientOptions Options { get; }

    /// <summary>The URL hrefs are resolved against: the server URL, or where discovery ended after redirects.</summary>
    public Uri BaseUri => Volatile.Read(ref _baseUri);

    /// <summary>Turns a server href (usually an absolute path) into a full URL.</summary>
    /// <param name="href">An href as the server returned it.</param>
    public Uri Resolve(string href) => new(BaseUri, href);

    /// <summary>
    /// Finds the principal, calendar home and scheduling Inbox: <c>/.well-known/caldav</c> (RFC 6764, following
    /// redirects) and the configured URL, then <c>current-user-principal</c> and <c>calendar-home-set</c>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused (401/403).</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    /// <exception cref="CalDavProtocolException">No principal or calendar home could be found.</exception>
    public async Task<CalDavAccount> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        var server = Options.ServerUri;
        var wellKnown = new Uri(server, "/.well-known/caldav");
        Uri[] candidates = server.AbsolutePath is "/" or "" ? [wellKnown, server] : [server, wellKnown];
        string? principal = null;
        Uri? endedOn = null;
        foreach (var candidate in candidates)
        {
            try
            {
                (principal, endedOn) = await FindPrincipalAsync(candidate, cancellationToken).ConfigureAwait(false);
            }
            catch (CalDavServerException ex) when (ex.StatusCode is 400 or 404 or 405 or 501)
            {
                continue;
            }

            if (principal is not null)
            {
                break;
            }
        }

        if (principal is null || endedOn is null)
        {
            throw new CalDavProtocolException(
                $"No current-user-principal found at {wellKnown} or {server}; give the principal or calendar home URL directly.", server);
        }

        Volatile.Write(ref _baseUri, new Uri(endedOn.GetLeftPart(UriPartial.Authority) + "/"));
        DavResponse? home = null;
        await foreach (var response in PropfindAsync(principal, 0, DavRequestBodies.HomeProps, login: true, cancellationToken).ConfigureAwait(false))
        {
            home ??= response;
        }

        var homeHref = home?.Get(DavNames.Name(DavNames.CalDav, "calendar-home-set"))?.Hrefs.FirstOrDefault();
        if (homeHref is null)
        {
            throw new CalDavProtocolException($"The principal {principal} has no calendar-home-set; is this a CalDAV server?", Resolve(principal));
        }

        var inbox = home!.Get(DavNames.Name(DavNames.CalDav, "schedule-inbox-URL"))?.Hrefs.FirstOrDefault();
        var addresses = home.Get(DavNames.Name(DavNames.CalDav, "calendar-user-address-set"))?.Hrefs ?? [];
        return new CalDavAccount(BaseUri, principal, homeHref, inbox, addresses);
    }

    private async Task<(string? Principal, Uri? EndedOn)> FindPrincipalAsync(Uri start, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new DavRequest("PROPFIND", start, RequestKind.Read)
        {
            Depth = "0",
            Body = DavRequestBodies.PrincipalProps,
            Login = true,
        }, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, start.ToString(), login: true, cancellationToken).ConfigureAwait(false);
        var endedOn = response.RequestMessage?.RequestUri ?? start;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var reader = new MultistatusReader(stream, 64 * 1024, endedOn);
        while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } r)
        {
            if (r.Get(DavNames.Name(DavNames.Dav, "current-user-principal"))?.Hrefs.FirstOrDefault() is { } href)
            {
                return (href, endedOn);
            }
        }

        return (null, endedOn);
    }

    /// <summary>Sends OPTIONS and reads the <c>DAV:</c> header (calendar-access, calendar-auto-schedule, calendar-audit).</summary>
    /// <param name="href">The resource to ask about; the calendar home is where the audit draft advertises. <see langword="null"/> for the server root.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    public async Task<CalDavCapabilities> GetCapabilitiesAsync(string? href = null, CancellationToken cancellationToken = default)
    {
        var uri = href is null ? BaseUri : Resolve(href);
        using var response = await SendAsync(new DavRequest("OPTIONS", uri, RequestKind.Read), cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, href ?? uri.ToString(), login: false, cancellationToken).ConfigureAwait(false);
        return CalDavCapabilities.Parse(response.Headers.TryGetValues("DAV", out var values) ? values : []);
    }

    /// <summary>Lists the collections directly below the calendar home (PROPFIND Depth 1).</summary>
    /// <param name="homeHref">The calendar home from <see cref="DiscoverAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Every child collection (calendars, the scheduling Inbox/Outbox, others); filter with <see cref="CalendarCollection.IsCalendar"/>.</returns>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    /// <exception cref="CalDavProtocolException">The answer could not be read.</exception>
    public async Task<IReadOnlyList<CalendarCollection>> ListCalendarsAsync(string homeHref, CancellationToken cancellationToken = default)
    {
        var result = new List<CalendarCollection>();
        var home = NormalizePath(homeHref);
        await foreach (var response in PropfindAsync(homeHref, 1, DavRequestBodies.CollectionProps, login: false, cancellationToken).ConfigureAwait(false))
        {
            if (NormalizePath(response.Href) == home)
            {
                continue;
            }

            var collection = ToCollection(response);
            if (collection.ResourceTypes.Contains(DavNames.CollectionResourceType))
            {
                result.Add(collection);
            }
        }

        return result;
    }

    /// <summary>Reads one collection's properties (PROPFIND Depth 0), or <see langword="null"/> when it does not exist.</summary>
    /// <param name="href">The collection href.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    /// <exception cref="CalDavProtocolException">The answer could not be read.</exception>
    public async Task<CalendarCollection?> GetCollectionAsync(string href, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var response in PropfindAsync(href, 0, DavRequestBodies.CollectionProps, login: false, cancellationToken).ConfigureAwait(false))
            {
                // Xandikos answers a missing collection with 207 holding a 404 response rather than a plain 404.
                return response.Status is >= 400 || response.Properties.Count == 0 ? null : ToCollection(response);
            }
        }
        catch (CalDavServerException ex) when (ex.StatusCode == 404)
        {
        }

        return null;
    }

    /// <summary>
    /// Runs a <c>calendar-query</c> REPORT (RFC 4791 §7.8) and streams the matching objects with their ETag and data.
    /// </summary>
    /// <param name="calendarHref">The calendar collection.</param>
    /// <param name="query">An optional filter (component, time range, UID); <see langword="null"/> lists everything.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Memory is bounded by the largest object; calendar-data has LF line ends (XML normalisation).</remarks>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    /// <exception cref="CalDavProtocolException">The answer could not be read.</exception>
    public async IAsyncEnumerable<CalendarObjectResource> QueryAsync(
        string calendarHref,
        CalendarQuery? query = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var response in ReportAsync(calendarHref, "1", DavRequestBodies.CalendarQuery(query), cancellationToken).ConfigureAwait(false))
        {
            if (ToResource(response) is { } resource)
            {
                yield return resource;
            }
        }
    }

    /// <summary>Fetches the given members with a <c>calendar-multiget</c> REPORT (RFC 4791 §7.9), streamed.</summary>
    /// <param name="calendarHref">The calendar collection.</param>
    /// <param name="hrefs">The members to fetch.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    /// <exception cref="CalDavProtocolException">The answer could not be read.</exception>
    public async IAsyncEnumerable<CalendarObjectResource> MultigetAsync(
        string calendarHref,
        IReadOnlyCollection<string> hrefs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (hrefs.Count == 0)
        {
            yield break;
        }

        await foreach (var response in ReportAsync(calendarHref, "1", DavRequestBodies.Multiget(hrefs), cancellationToken).ConfigureAwait(false))
        {
            if (ToResource(response) is { } resource)
            {
                yield return resource;
            }
        }
    }

    /// <summary>
    /// Prepares a <c>sync-collection</c> REPORT (RFC 6578). With no token it lists everything and returns a token;
    /// with a token it lists only what changed since. A rejected token falls back to a full listing.
    /// </summary>
    /// <param name="calendarHref">The calendar collection.</param>
    /// <param name="syncToken">The token from the previous run, or <see langword="null"/>.</param>
    /// <returns>An enumerable of changes; read <see cref="CalendarSync.NewSyncToken"/> after enumerating it.</returns>
    public CalendarSync SyncCollection(string calendarHref, string? syncToken) =>
        new(calendarHref, syncToken, RunSyncAsync);

    private async IAsyncEnumerable<SyncChange> RunSyncAsync(CalendarSync sync, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var href = sync.CalendarHref;
        var token = sync.PreviousToken;
        var self = NormalizePath(href);
        var uri = Resolve(href);
        while (true)
        {
            var response = await SendAsync(new DavRequest("REPORT", uri, RequestKind.Read)
            {
                Depth = "0",
                Body = DavRequestBodies.SyncCollection(token),
                NoRetryOnServerError = !string.IsNullOrEmpty(token),
            }, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (!string.IsNullOrEmpty(token) && status is 400 or 403 or 409 or 412 or 500)
            {
                // RFC 6578 §3.2: 403 valid-sync-token means "start over"; Xandikos 0.2.8 answers 500 instead.
                response.Dispose();
                token = null;
                sync.IsFullListing = true;
                continue;
            }

            if (string.IsNullOrEmpty(token) && status is 400 or 403 or 404 or 405 or 501)
            {
                // No sync-collection support: list everything with calendar-query; there is no token to keep.
                response.Dispose();
                sync.IsFullListing = true;
                sync.NewSyncToken = null;
                await foreach (var resource in QueryAsync(href, null, cancellationToken).ConfigureAwait(false))
                {
                    yield return new SyncChange(SyncChangeKind.Changed, resource.Href, resource);
                }

                yield break;
            }

            var truncated = false;
            var listWithQuery = false;
            using (response)
            {
                await ThrowIfFailedAsync(response, href, login: false, cancellationToken).ConfigureAwait(false);
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var reader = new MultistatusReader(stream, Options.MaxObjectChars, uri);
                while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } r)
                {
                    if (NormalizePath(r.Href) == self)
                    {
                        // §3.6: a 507 on the collection itself means "more changes; ask again with the new token".
                        truncated |= r.Status == 507;
                        continue;
                    }

                    if (r.Status == 404)
                    {
                        yield return new SyncChange(SyncChangeKind.Removed, r.Href, null);
                        continue;
                    }

                    if (listWithQuery)
                    {
                        continue;
                    }

                    if (ToResource(r) is { } resource)
                    {
                        yield return new SyncChange(SyncChangeKind.Changed, r.Href, resource);
                        continue;
                    }

                    // Xandikos 0.2.8 omits calendar-data here, and its multiget costs a collection scan per href.
                    // A full listing is then read with one streaming calendar-query once the token is known;
                    // a few incremental changes are fetched one GET at a time.
                    if (sync.IsFullListing)
                    {
                        listWithQuery = true;
                        continue;
                    }

                    if (await GetAsync(r.Href, cancellationToken).ConfigureAwait(false) is { } fetched)
                    {
                        yield return new SyncChange(SyncChangeKind.Changed, r.Href, fetched);
                    }
                }

                sync.NewSyncToken = reader.SyncToken;
                token = reader.SyncToken;
            }

            if (listWithQuery)
            {
                // The token was taken before this listing, so a change made meanwhile is seen now or next time.
                await foreach (var resource in QueryAsync(href, null, cancellationToken).ConfigureAwait(false))
                {
                    yield return new SyncChange(SyncChangeKind.Changed, resource.Href, resource);
                }
            }

            if (!truncated || string.IsNullOrEmpty(token))
            {
                yield break;
            }
        }
    }

    /// <summary>GETs one object with its exact bytes (as UTF-8 text) and ETag, or <see langword="null"/> when it does not exist.</summary>
    /// <param name="href">The object href.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    public async Task<CalendarObjectResource?> GetAsync(string href, CancellationToken cancellationToken = default)
    {
        var uri = Resolve(href);
        using var response = await SendAsync(new DavRequest("GET", uri, RequestKind.Read), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await ThrowIfFailedAsync(response, href, login: false, cancellationToken).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        var buffer = new char[8192];
        var sb = new StringBuilder();
        var truncated = false;
        int read;
        while ((read = await text.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var room = Options.MaxObjectChars - sb.Length;
            if (read > room)
            {
                sb.Append(buffer, 0, Math.Max(0, room));
                truncated = true;
                break;
            }

            sb.Append(buffer, 0, read);
        }

        return new CalendarObjectResource(href, response.Headers.ETag?.ToString(), sb.ToString()) { IsTruncated = truncated };
    }

    /// <summary>
    /// PUTs an object: with <paramref name="ifMatch"/> it replaces exactly that version (If-Match); without, it only
    /// creates (If-None-Match: *). There is no unconditional PUT.
    /// </summary>
    /// <param name="href">The object href.</param>
    /// <param name="calendarData">The iCalendar text, sent as UTF-8.</param>
    /// <param name="ifMatch">The ETag of the version to replace, or <see langword="null"/> to create.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new ETag when the server returns one.</returns>
    /// <exception cref="CalDavPreconditionFailedException">The object changed (If-Match) or already exists (If-None-Match).</exception>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or refused the object.</exception>
    public async Task<string?> PutAsync(string href, string calendarData, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calendarData);
        var uri = Resolve(href);
        using var response = await SendAsync(new DavRequest("PUT", uri, RequestKind.ConditionalChange)
        {
            Body = calendarData,
            ContentType = "text/calendar",
            IfMatch = ifMatch,
            IfNoneMatchAny = ifMatch is null,
        }, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, href, login: false, cancellationToken).ConfigureAwait(false);
        await ThrowIfWriteMultistatusAsync(response, href, cancellationToken).ConfigureAwait(false);
        return response.Headers.ETag?.ToString();
    }

    /// <summary>
    /// Deletes an object or a whole collection silently: always <c>If-Match</c> and always <c>Schedule-Reply: F</c>,
    /// so the server sends no iTIP REPLY/DECLINE to the organizer (RFC 6638 §8.1, §3.2.3.2).
    /// </summary>
    /// <param name="href">The object or collection href.</param>
    /// <param name="etag">The ETag read before; required, so nothing is deleted that was not seen.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> when deleted; <see langword="false"/> when it was already gone (404).</returns>
    /// <exception cref="ArgumentException"><paramref name="etag"/> is empty.</exception>
    /// <exception cref="CalDavPreconditionFailedException">It changed since it was read; nothing was deleted.</exception>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or failed.</exception>
    public async Task<bool> DeleteAsync(string href, string etag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        var uri = Resolve(href);
        using var response = await SendAsync(new DavRequest("DELETE", uri, RequestKind.ConditionalChange)
        {
            IfMatch = etag,
            ScheduleReplyFalse = true,
        }, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await ThrowIfFailedAsync(response, href, login: false, cancellationToken).ConfigureAwait(false);
        await ThrowIfWriteMultistatusAsync(response, href, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Reports an object as junk with <c>POST href?action=audit-failure&amp;reason=…</c> (CalDAV audit draft, CC 51016):
    /// the server deletes it and every copy with its UID without any reply, and blocks that UID.
    /// </summary>
    /// <param name="href">The object href.</param>
    /// <param name="etag">The ETag read before; sent as If-Match so a changed object is not reported.</param>
    /// <param name="reason">The reason token; the draft defines <c>junk</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Use only when <see cref="CalDavCapabilities.Audit"/> is true.</remarks>
    /// <exception cref="CalDavPreconditionFailedException">It changed since it was read.</exception>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server is unreachable or refused the report.</exception>
    public async Task ReportAuditFailureAsync(string href, string etag, string reason = "junk", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        var target = Resolve(href);
        var uri = new UriBuilder(target) { Query = "action=audit-failure&reason=" + Uri.EscapeDataString(reason) }.Uri;
        using var response = await SendAsync(new DavRequest("POST", uri, RequestKind.ConditionalChange)
        {
            IfMatch = etag,
            Body = string.Empty,
        }, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, href, login: false, cancellationToken).ConfigureAwait(false);
        await ThrowIfWriteMultistatusAsync(response, href, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a calendar collection (MKCALENDAR, RFC 4791 §5.3.1).</summary>
    /// <param name="href">The new collection href, ending in <c>/</c>.</param>
    /// <param name="displayName">An optional display name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Not retried when the outcome is unknown (a timeout), since it carries no precondition.</remarks>
    /// <exception cref="CalDavAuthenticationException">The credentials were refused.</exception>
    /// <exception cref="CalDavServerException">The server refused (e.g. 405 when it exists) or failed.</exception>
    public async Task MakeCalendarAsync(string href, string? displayName = null, CancellationToken cancellationToken = default)
    {
        var uri = Resolve(href);
        var body = DavRequestBodies.MakeCalendar(displayName);
        using var response = await SendAsync(new DavRequest("MKCALENDAR", uri, RequestKind.UnconditionalChange)
        {
            Body = body.Length == 0 ? null : body,
        }, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, href, login: false, cancellationToken).ConfigureAwait(false);
        await ThrowIfWriteMultistatusAsync(response, href, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the connection pool.</summary>
    public void Dispose() => _http.Dispose();

    /// <summary>Weak comparison of two entity tags (RFC 9110 §8.8.3.2): equal opaque tags, W/ ignored.</summary>
    /// <param name="a">One ETag.</param>
    /// <param name="b">The other.</param>
    public static bool SameETag(string? a, string? b) =>
        a is not null && b is not null && string.Equals(StripWeak(a), StripWeak(b), StringComparison.Ordinal);

    private static string StripWeak(string etag) => etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;

    internal static string NormalizePath(string href)
    {
        var path = Uri.TryCreate(href, UriKind.Absolute, out var abs) ? abs.AbsolutePath : href;
        path = Uri.UnescapeDataString(path);
        return path.EndsWith('/') ? path : path + "/";
    }

    private static CalendarCollection ToCollection(DavResponse r) => new(
        r.Href,
        r.Text(DavNames.Name(DavNames.Dav, "displayname")) is { Length: > 0 } name ? name : null,
        NullIfEmpty(r.Text(DavNames.Name(DavNames.CalendarServer, "getctag"))),
        NullIfEmpty(r.Text(DavNames.Name(DavNames.Dav, "sync-token"))?.Trim()),
        NullIfEmpty(r.Text(DavNames.Name(DavNames.Dav, "getetag"))?.Trim()),
        r.Get(DavNames.Name(DavNames.CalDav, "supported-calendar-component-set"))?.ComponentNames ?? [],
        r.Get(DavNames.Name(DavNames.Dav, "resourcetype"))?.Children ?? []);

    private static CalendarObjectResource? ToResource(DavResponse r)
    {
        var data = r.Get(DavNames.Name(DavNames.CalDav, "calendar-data"));
        if (data?.Text is not { Length: > 0 } text)
        {
            return null;
        }

        return new CalendarObjectResource(r.Href, NullIfEmpty(r.Text(DavNames.Name(DavNames.Dav, "getetag"))?.Trim()), text)
        {
            IsTruncated = data.Truncated,
        };
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private async IAsyncEnumerable<DavResponse> PropfindAsync(string href, int depth, string body, bool login, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var uri = Resolve(href);
        using var response = await SendAsync(new DavRequest("PROPFIND", uri, RequestKind.Read)
        {
            Depth = depth.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Body = body,
            Login = login,
        }, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, href, login, cancellationToken).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var reader = new MultistatusReader(stream, 64 * 1024, uri);
        while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } r)
        {
            yield return r;
        }
    }

    private async IAsyncEnumerable<DavResponse> ReportAsync(string href, string depth, string body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var uri = Resolve(href);
        using var response = await SendAsync(new DavRequest("REPORT", uri, RequestKind.Read) { Depth = depth, Body = body }, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, href, login: false, cancellationToken).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var reader = new MultistatusReader(stream, Options.MaxObjectChars, uri);
        while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } r)
        {
            yield return r;
        }
    }

    /// <summary>
    /// A write answered with 207 reports per-resource failures (Xandikos answers a UID conflict this way); turn the
    /// first non-2xx status inside into the matching exception.
    /// </summary>
    private async Task ThrowIfWriteMultistatusAsync(HttpResponseMessage response, string href, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.MultiStatus)
        {
            return;
        }

        var request = response.RequestMessage;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var reader = new MultistatusReader(stream, 64 * 1024, request?.RequestUri);
        while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } r)
        {
            if (r.Status is { } status and not (>= 200 and < 300))
            {
                var what = $"{request?.Method} {request?.RequestUri}";
                if (status == 412)
                {
                    throw new CalDavPreconditionFailedException(
                        $"{what} failed its precondition (HTTP 412 inside 207): {href} changed, already exists, or its UID is already in use.", request?.RequestUri, href);
                }

                throw new CalDavServerException($"{what} failed with HTTP {status} (inside a 207 answer).", request?.RequestUri, status);
            }
        }
    }

    private async Task ThrowIfFailedAsync(HttpResponseMessage response, string href, bool login, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        var request = response.RequestMessage;
        var what = $"{request?.Method} {request?.RequestUri}";
        if (status == 401 || (status == 403 && login))
        {
            var who = Options.Credentials is null ? "no credentials were given" : $"check the user name and password ({Options.Credentials})";
            throw new CalDavAuthenticationException($"{what} was refused with HTTP {status}: {who}.", request?.RequestUri, status);
        }

        if (status == 412)
        {
            throw new CalDavPreconditionFailedException(
                $"{what} failed its precondition (HTTP 412): {href} changed on the server since it was read, or already exists.", request?.RequestUri, href);
        }

        string excerpt;
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            excerpt = body.Length > 300 ? body[..300] + "…" : body;
        }
        catch (HttpRequestException)
        {
            excerpt = string.Empty;
        }

        throw new CalDavServerException(
            $"{what} failed with HTTP {status} {response.ReasonPhrase}{(excerpt.Length > 0 ? ": " + excerpt.Trim() : ".")}",
            request?.RequestUri,
            status);
    }

    private async Task<HttpResponseMessage> SendAsync(DavRequest request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryPipelineFactory.KindKey, request.Kind);
        context.Properties.Set(RetryPipelineFactory.NoRetryOnServerErrorKey, request.NoRetryOnServerError);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.Client.SendFollowingRedirectsAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Client: this, Request: request)).ConfigureAwait(false);

            if (outcome.Exception is { } exception)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw exception switch
                {
                    TimeoutRejectedException => new CalDavServerException(
                        $"{request.Method} {request.Uri} timed out after {Options.RequestTimeout.TotalSeconds:0.#} s (server down or overloaded).", request.Uri, null, exception),
                    HttpRequestException http => new CalDavServerException(
                        $"{request.Method} {request.Uri} failed: could not reach the server ({http.Message}).", request.Uri, null, exception),
                    OperationCanceledException => new CalDavServerException(
                        $"{request.Method} {request.Uri} was aborted before an answer arrived.", request.Uri, null, exception),
                    _ => exception,
                };
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendFollowingRedirectsAsync(DavRequest request, CancellationToken cancellationToken)
    {
        var uri = request.Uri;
        var method = request.Method;
        var body = request.Body;
        for (var hop = 0; ; hop++)
        {
            using var message = new HttpRequestMessage(new HttpMethod(method), uri);
            message.Headers.UserAgent.ParseAdd(Options.UserAgent);
            if (Options.Credentials is { } credentials && IsOurServer(uri))
            {
                message.Headers.Authorization = credentials.ToHeader();
            }

            if (request.Depth is not null)
            {
                message.Headers.TryAddWithoutValidation("Depth", request.Depth);
            }

            if (request.IfMatch is not null)
            {
                message.Headers.TryAddWithoutValidation("If-Match", request.IfMatch);
            }

            if (request.IfNoneMatchAny)
            {
                message.Headers.TryAddWithoutValidation("If-None-Match", "*");
            }

            if (request.ScheduleReplyFalse)
            {
                // RFC 6638 §8.1: the server MUST NOT send a scheduling message for this removal.
                message.Headers.TryAddWithoutValidation("Schedule-Reply", "F");
            }

            if (body is not null)
            {
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                content.Headers.ContentType = new MediaTypeHeaderValue(request.ContentType ?? XmlContentType) { CharSet = "utf-8" };
                message.Content = content;
            }

            var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!RetryPipelineFactory.IsRedirect(response.StatusCode) || response.Headers.Location is not { } location || hop >= Options.MaxRedirects)
            {
                return response;
            }

            response.Dispose();
            uri = new Uri(uri, location);
            if (response.StatusCode == HttpStatusCode.SeeOther && method != "HEAD")
            {
                method = "GET";
                body = null;
            }
        }
    }

    private bool IsOurServer(Uri uri)
    {
        static bool Same(Uri a, Uri b) => string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
        return Same(uri, Options.ServerUri) || Same(uri, BaseUri);
    }

    private static SocketsHttpHandler CreateHandler(CalDavClientOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // No Accept-Encoding: Cyrus weakens the ETag of a compressed GET (W/"…"), and If-Match needs the strong one.
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.RequestTimeout < TimeSpan.FromSeconds(30) ? options.RequestTimeout : TimeSpan.FromSeconds(30),
        };
        if (options.Insecure)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }

        return handler;
    }

    /// <summary>One logical request; rebuilt into a fresh <see cref="HttpRequestMessage"/> per attempt and redirect.</summary>
    private sealed record DavRequest(string Method, Uri Uri, RequestKind Kind)
    {
        public string? Depth { get; init; }

        public string? Body { get; init; }

        public string? ContentType { get; init; }

        public string? IfMatch { get; init; }

        public bool IfNoneMatchAny { get; init; }

        public bool ScheduleReplyFalse { get; init; }

        public bool Login { get; init; }

        public bool NoRetryOnServerError { get; init; }
    }
}
