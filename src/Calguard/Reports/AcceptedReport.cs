using Calguard.Provenance;

namespace Calguard.Host.Reports;

/// <summary>A user's or operator's report about an invitation, after it is durably stored (POST /v1/reports).</summary>
public sealed record AcceptedReport
{
    /// <summary>The report's id in the store.</summary>
    public required long Id { get; init; }

    /// <summary>The reporting recipient, lower-case.</summary>
    public required string Recipient { get; init; }

    /// <summary><c>spam</c> or <c>not-spam</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>user</c> or <c>admin</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The reported UID, when the report named one.</summary>
    public string? Uid { get; init; }

    /// <summary>The reported Message-ID, when the report named one.</summary>
    public string? MessageId { get; init; }

    /// <summary>This recipient's provenance records of the reported invitation, newest first (may be empty).</summary>
    public IReadOnlyList<ProvenanceRecord> Invitations { get; init; } = [];

    /// <summary>The campaign the invitation belongs to, when it matched one.</summary>
    public string? CampaignId { get; init; }

    /// <summary>When the report was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
