using Calguard.Host.Reports;

namespace Calguard.Host.Api.Reports;

/// <summary>The 202 answer of <c>POST /v1/reports</c>.</summary>
/// <param name="Id">The report id (the same for a repeated report).</param>
/// <param name="Recipient">The reporting recipient.</param>
/// <param name="Kind">spam or not-spam.</param>
/// <param name="Source">user or admin.</param>
/// <param name="Uid">The reported UID, when known.</param>
/// <param name="MessageId">The reported Message-ID, when known.</param>
/// <param name="CampaignId">The campaign of the reported invitation, or null.</param>
/// <param name="ProvenanceId">The provenance record reported, or null when the invitation was never scanned.</param>
/// <param name="ReceivedAt">When the report was first received.</param>
/// <param name="Repeated">True when this (recipient, UID, kind) had been reported before.</param>
/// <param name="Blocked">Silent blocks made for the recipient.</param>
/// <param name="Unblocked">Silent blocks lifted for the recipient.</param>
/// <param name="Trained">What the classifier did: learned, relearned, unchanged or none.</param>
/// <param name="Matches">Every other recipient of the same campaign, with the UIDs to remove.</param>
public sealed record ReportAccepted(
    long Id, string Recipient, string Kind, string Source, string? Uid, string? MessageId, string? CampaignId, long? ProvenanceId, DateTimeOffset ReceivedAt,
    bool Repeated, IReadOnlyList<BlockView> Blocked, IReadOnlyList<BlockView> Unblocked, string Trained, IReadOnlyList<CampaignCopy> Matches);
