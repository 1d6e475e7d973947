using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Ics;

namespace Calguard.CalDav.Subscriptions;

/// <summary>
/// Fetches a subscribed calendar feed (<c>webcal://</c> or <c>https://…ics</c>), splits it into one item per UID and
/// judges each with the same <see cref="IEventJudge"/> as the CalDAV cleaner. Read-only: it reports, never changes.
/// </summary>
/// <remarks>
/// R29/R30: a manipulated public feed reaches every subscriber, and clients often cannot delete single events from
/// a read-only subscription, so the operator needs to know which items are bad. The size limit bounds the work.
/// </remarks>
public sealed class SubscriptionScanner : IDisposable
{
    private readonly IEventJudge _judge;
    private readonly SubscriptionOptions _options;
    private readonly HttpClient _http;

    /// <summary>Creates a scanner.</summary>
    /// <param name="judge">The judge.</param>
    /// <param name="options">Limits; <see langword="null"/> for defaults.</param>
    /// <param name="handler">An optional handler; <see langword="null"/> creates one that follows redirects.</param>
    public SubscriptionScanner(IEventJudge judge, SubscriptionOptions? options = null, HttpMessageHandler? handler = null)
    {
        _judge = judge ?? throw new ArgumentNullException(nameof(judge));
        _options = options ?? new SubscriptionOptions();
        if (handler is null)
        {
            var sockets = new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5, AutomaticDecompression = DecompressionMethods.All };
            if (_options.Insecure)
            {
                sockets.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
            }

            handler = sockets;
        }

        _http = new HttpClient(handler) { Timeout = _options.Timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    /// <summary>Maps <c>webcal://</c> to <see cref="SubscriptionOptions.WebcalScheme"/>; leaves http(s) as is.</summary>
    /// <param name="feed">The subscription URL.</param>
    /// <param name="webcalScheme">The scheme to use for webcal.</param>
    /// <exception cref="ArgumentException">The scheme is neither webcal, webcals, http nor https.</exception>
    public static Uri NormalizeFeedUri(Uri feed, string webcalScheme = "https")
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.Scheme.ToLowerInvariant() switch
        {
            "webcal" or "webcals" => new UriBuilder(feed) { Scheme = feed.Scheme == "webcals" ? "https" : webcalScheme, Port = feed.IsDefaultPort ? -1 : feed.Port }.Uri,
            "http" or "https" => feed,
            _ => throw new ArgumentException($"Unsupported feed scheme '{feed.Scheme}'; use webcal, http or https.", nameof(feed)),
        };
    }

    /// <summary>Fetches the feed and yields one judged item per UID.</summary>
    /// <param name="feed">The feed URL.</param>
    /// <param name="cancellationToken">Cancels the download and the judging.</param>
    /// <exception cref="ArgumentException">Unsupported scheme.</exception>
    /// <exception cref="CalDavServerException">The feed could not be fetched.</exception>
    /// <exception cref="CalDavProtocolException">The feed is larger than the limit or is not iCalendar.</exception>
    public async IAsyncEnumerable<SubscriptionItemResult> ScanAsync(Uri feed, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var uri = NormalizeFeedUri(feed, _options.WebcalScheme);
        var fetchedAt = DateTimeOffset.UtcNow;
        var (text, etag) = await FetchAsync(uri, cancellationToken).ConfigureAwait(false);
        if (!text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            throw new CalDavProtocolException($"The feed {uri} is not an iCalendar file (it does not start with BEGIN:VCALENDAR).", uri);
        }

        foreach (var item in CalendarSplitter.Split(text))
        {
            var href = uri + "#" + Uri.EscapeDataString(item.Uid);
            var resource = new CalendarObjectResource(href, etag, item.CalendarData);
            var judgement = await _judge.JudgeAsync(resource, cancellationToken).ConfigureAwait(false);
            yield return new SubscriptionItemResult(uri, fetchedAt, item.Uid, item.ComponentCount, resource, judgement);
        }
    }

    private async Task<(string Text, string? ETag)> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CalDavServerException($"GET {uri} failed: could not reach the feed ({ex.Message}).", uri, null, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CalDavServerException($"GET {uri} timed out after {_options.Timeout.TotalSeconds:0.#} s.", uri, null, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new CalDavServerException($"GET {uri} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}.", uri, (int)response.StatusCode);
            }

            if (response.Content.Headers.ContentLength > _options.MaxFeedBytes)
            {
                throw new CalDavProtocolException($"The feed {uri} is {response.Content.Headers.ContentLength} bytes, over the {_options.MaxFeedBytes}-byte limit.", uri);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxFeedBytes)
                {
                    throw new CalDavProtocolException($"The feed {uri} exceeds the {_options.MaxFeedBytes}-byte limit.", uri);
                }

                buffer.Write(chunk, 0, read);
            }

            return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), response.Headers.ETag?.ToString());
        }
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _http.Dispose();
}
