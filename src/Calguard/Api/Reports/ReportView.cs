using Calguard.Storage.Reports;

namespace Calguard.Host.Api.Reports;

/// <summary>A stored report as the API shows it.</summary>
public sealed record ReportView(
    long Id, string Recipient, string Kind, string Source, string? Uid, string? MessageId, string? CampaignId, long? ProvenanceId, string? Organizer,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The view of a stored report.</summary>
    public static ReportView Of(StoredReport r) => new(r.Id, r.Recipient, r.Kind, r.Source, r.Uid, r.MessageId, r.CampaignId, r.ProvenanceId, r.Organizer, r.ReceivedAt);
}

/// <summary>A silent block: <c>uid</c> or <c>organizer</c>, and its value.</summary>
public sealed record BlockView(string Kind, string Value);

/// <summary>The answer of <c>GET /v1/reports</c>: a page, newest first, and the cursor of the next (<c>before</c>), null at the end.</summary>
public sealed record ReportList(IReadOnlyList<ReportView> Reports, long? Next);

/// <summary>The answer of <c>GET /v1/recipients/{address}/blocks</c>.</summary>
public sealed record BlockList(string Recipient, IReadOnlyList<StoredBlockView> Blocks);

/// <summary>A stored block with the report that made it.</summary>
public sealed record StoredBlockView(string Kind, string Value, long ReportId, DateTimeOffset CreatedAt);
