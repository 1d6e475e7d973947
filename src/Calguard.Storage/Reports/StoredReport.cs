namespace Calguard.Storage.Reports;

/// <summary>A report as stored (<c>reports</c> table).</summary>
/// <param name="Id">The report id.</param>
/// <param name="Recipient">The reporting recipient, lower-case.</param>
/// <param name="Subject">What was reported: <c>uid:UID</c>, or <c>mid:MESSAGE-ID</c> when no UID is known; with recipient and kind, the idempotency key.</param>
/// <param name="Uid">The event UID, when known.</param>
/// <param name="MessageId">The Message-ID, when given or known from provenance.</param>
/// <param name="Kind"><c>spam</c> or <c>not-spam</c>.</param>
/// <param name="Source"><c>user</c> or <c>admin</c>.</param>
/// <param name="CampaignId">The campaign the invitation belongs to, or null.</param>
/// <param name="ProvenanceId">The provenance record reported (the newest of this recipient), or null.</param>
/// <param name="Organizer">The organizer of the reported invitation, when known.</param>
/// <param name="ReceivedAt">When the report was first received.</param>
public sealed record StoredReport(
    long Id, string Recipient, string Subject, string? Uid, string? MessageId, string Kind, string Source, string? CampaignId,
    long? ProvenanceId, string? Organizer, DateTimeOffset ReceivedAt)
{
    /// <summary>The tenant: the recipient's domain.</summary>
    public string Tenant => Calguard.Reading.CalendarAddress.DomainOf(Recipient) ?? string.Empty;
}
