namespace Calguard.Storage.Reports;

/// <summary>A filter over reports; every given field must match. Pages go backwards by id (newest first).</summary>
public sealed record ReportQuery
{
    /// <summary>The reporting recipient.</summary>
    public string? Recipient { get; init; }

    /// <summary>spam or not-spam.</summary>
    public string? Kind { get; init; }

    /// <summary>user or admin.</summary>
    public string? Source { get; init; }

    /// <summary>The campaign.</summary>
    public string? CampaignId { get; init; }

    /// <summary>The reported UID.</summary>
    public string? Uid { get; init; }

    /// <summary>Received at or after.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Received before.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only ids below this (the cursor of the next page).</summary>
    public long? Before { get; init; }

    /// <summary>Only these tenants (and subdomains); null for every tenant.</summary>
    public IReadOnlyList<string>? Tenants { get; init; }

    /// <summary>The most reports returned.</summary>
    public int Limit { get; init; } = 100;
}
