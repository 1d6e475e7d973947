namespace Calguard.Storage.Feedback;

/// <summary>The outcome of <see cref="IFeedbackOutbox.EnqueueAsync"/>.</summary>
public enum FeedbackEnqueueOutcome
{
    /// <summary>Stored as pending.</summary>
    Queued,

    /// <summary>An item with the same dedupe key exists; nothing changed.</summary>
    Duplicate,

    /// <summary>Stored as suppressed: another item holds the rate slot.</summary>
    Suppressed,
}
