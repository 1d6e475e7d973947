namespace Calguard.Storage.Feedback;

/// <summary>The states of an outbox item.</summary>
public static class FeedbackStatus
{
    /// <summary>Waiting for its (next) attempt.</summary>
    public const string Pending = "pending";

    /// <summary>Delivered.</summary>
    public const string Sent = "sent";

    /// <summary>Given up: a permanent error, or still failing past the maximum age; <see cref="FeedbackItem.LastError"/> says why.</summary>
    public const string Failed = "failed";

    /// <summary>Never sent: the per-campaign limit already holds a report; <see cref="FeedbackItem.LastError"/> names it.</summary>
    public const string Suppressed = "suppressed";
}
