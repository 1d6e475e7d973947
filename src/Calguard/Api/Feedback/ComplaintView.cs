using Calguard.Storage.Feedback;

namespace Calguard.Host.Api.Feedback;

/// <summary>A stored complaint as the API shows it.</summary>
public sealed record ComplaintView(long Id, string Account, string FeedbackType, string MatchedBy, long? ProvenanceId, string? MessageId, string? Reporter,
    string? SourceIp, DateTimeOffset ReceivedAt, bool Duplicate)
{
    /// <summary>The view of a complaint.</summary>
    public static ComplaintView Of(FeedbackComplaint c, bool duplicate) =>
        new(c.Id, c.Account, c.FeedbackType, c.MatchedBy, c.ProvenanceId, c.MessageId, c.Reporter, c.SourceIp, c.ReceivedAt, duplicate);
}
