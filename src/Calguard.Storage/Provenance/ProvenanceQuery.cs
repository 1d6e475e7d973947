namespace Calguard.Storage.Provenance;

/// <summary>What to look up in provenance; every given field must match.</summary>
public sealed record ProvenanceQuery
{
    /// <summary>The recipient address.</summary>
    public string? Recipient { get; init; }

    /// <summary>The event UID.</summary>
    public string? Uid { get; init; }

    /// <summary>The Message-ID (without angle brackets).</summary>
    public string? MessageId { get; init; }

    /// <summary>The exact campaign fingerprint (<c>cf1-…</c>).</summary>
    public string? Fingerprint { get; init; }

    /// <summary>Only records of these tenant domains (and their subdomains); null for every tenant.</summary>
    public IReadOnlyList<string>? Tenants { get; init; }

    /// <summary>Only records recorded at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The most records returned, newest first.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Also load the raw messages (when they were retained).</summary>
    public bool IncludeRaw { get; init; }
}
