namespace Calguard.Storage.Feedback;

/// <summary>What an enqueue did.</summary>
/// <param name="Outcome">Queued, already there, or suppressed by the rate limit.</param>
/// <param name="Id">The outbox item (the earlier one for a duplicate).</param>
/// <param name="Reason">Why it was suppressed, else null.</param>
public sealed record FeedbackEnqueueResult(FeedbackEnqueueOutcome Outcome, long Id, string? Reason = null);
