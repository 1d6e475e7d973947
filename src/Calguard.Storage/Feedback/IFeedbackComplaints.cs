namespace Calguard.Storage.Feedback;

/// <summary>Stored incoming ARF complaints about the service's own accounts.</summary>
public interface IFeedbackComplaints
{
    /// <summary>Stores a complaint; a report whose Message-ID is already stored is not stored again.</summary>
    /// <returns>The id, and true when it was already stored.</returns>
    Task<(long Id, bool Duplicate)> AddAsync(FeedbackComplaint complaint, CancellationToken cancellationToken = default);

    /// <summary>Complaints about <paramref name="account"/> received at or after <paramref name="since"/>; <c>not-spam</c> reports (RFC 6430) are not complaints.</summary>
    Task<int> CountAsync(string account, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Deletes complaints received before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
