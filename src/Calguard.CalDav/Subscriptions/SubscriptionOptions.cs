namespace Calguard.CalDav.Subscriptions;

/// <summary>Settings of a <see cref="SubscriptionScanner"/>.</summary>
public sealed record SubscriptionOptions
{
    /// <summary>Largest feed read, in bytes. Default 20 MiB; a bigger feed is refused, not truncated.</summary>
    public long MaxFeedBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>The scheme a <c>webcal://</c> URL is fetched with. Default <c>https</c>; <c>http</c> only for local tests.</summary>
    public string WebcalScheme { get; init; } = "https";

    /// <summary>Time allowed for the whole download. Default 60 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Accept any TLS certificate. Off by default.</summary>
    public bool Insecure { get; init; }

    /// <summary>The User-Agent header.</summary>
    public string UserAgent { get; init; } = "Calguard-Subscription/1.0";
}
