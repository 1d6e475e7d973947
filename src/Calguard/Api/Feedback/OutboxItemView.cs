using Calguard.Storage.Feedback;

namespace Calguard.Host.Api.Feedback;

/// <summary>One outbox item without its payload.</summary>
public sealed record OutboxItemView(long Id, long ReportId, string Kind, string Recipient, string Target, string Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt, DateTimeOffset? FinishedAt, string? LastError)
{
    /// <summary>The view of an item.</summary>
    public static OutboxItemView Of(FeedbackItem i) =>
        new(i.Id, i.ReportId, i.Kind, i.Recipient, i.Target, i.Status, i.Attempts, i.CreatedAt, i.NextAttemptAt, i.FinishedAt, i.LastError);
}
