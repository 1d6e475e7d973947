namespace Calguard.CalDav;

/// <summary>Settings of a <see cref="CalDavClient"/>.</summary>
public sealed record CalDavClientOptions
{
    /// <summary>The server or context URL, e.g. <c>https://dav.example.org/</c>. Required.</summary>
    /// <remarks>When the path is <c>/</c>, discovery starts at <c>/.well-known/caldav</c> (RFC 6764).</remarks>
    public required Uri ServerUri { get; init; }

    /// <summary>Credentials, or <see langword="null"/> for a server without authentication.</summary>
    public CalDavCredentials? Credentials { get; init; }

    /// <summary>Accept any TLS certificate (the CLI's <c>--insecure</c>). Off by default.</summary>
    public bool Insecure { get; init; }

    /// <summary>Time allowed for one attempt until the response headers arrive. Default 100 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries after a 5xx/429 answer or a transport error. Default 3; 0 turns retries off.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; doubles per retry, with jitter. Default 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of a single retry delay, including one asked for by <c>Retry-After</c>. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed per request (e.g. <c>/.well-known/caldav</c>). Default 5.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Largest calendar object read, in characters. Default 8 Mi.</summary>
    /// <remarks>Bounded work: a crafted 500 MB event costs at most this much memory (RFC 6638 §11.1 max-resource-size).</remarks>
    public int MaxObjectChars { get; init; } = 8 * 1024 * 1024;

    /// <summary>The User-Agent header sent with each request.</summary>
    public string UserAgent { get; init; } = "Calguard-CalDAV/1.0";
}
