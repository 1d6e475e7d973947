namespace Calguard.Storage.Feedback;

/// <summary>A slot that at most one outbox item holds per <paramref name="Window"/>: an item enqueued while another holds it is suppressed.</summary>
/// <param name="Key">What is limited, e.g. <c>arf|campaign|reported-domain</c>.</param>
/// <param name="Window">How long the slot is held from the enqueue.</param>
public sealed record FeedbackRateLimit(string Key, TimeSpan Window);
