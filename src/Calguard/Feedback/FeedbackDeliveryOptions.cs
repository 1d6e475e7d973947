namespace Calguard.Host.Feedback;

/// <summary>How the outbox is delivered (<c>Calguard:Feedback:Delivery</c>).</summary>
public sealed record FeedbackDeliveryOptions
{
    /// <summary>How often the outbox is looked at when nothing wakes the deliverer (other nodes' items, retries).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>An item still failing this long after it was enqueued is given up, with the last error as the reason.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(2);

    /// <summary>How long one attempt (connect, authenticate, send) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Items attempted per round.</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>How long sent, failed and suppressed items are kept for inspection.</summary>
    public TimeSpan KeepFinished { get; init; } = TimeSpan.FromDays(30);
}
