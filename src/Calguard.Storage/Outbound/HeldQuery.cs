namespace Calguard.Storage.Outbound;

/// <summary>Which held invitations to list.</summary>
public sealed record HeldQuery
{
    /// <summary>Only this status (default: held, the operator's queue).</summary>
    public HeldStatus? Status { get; init; } = HeldStatus.Held;

    /// <summary>Only this account.</summary>
    public string? Account { get; init; }

    /// <summary>Only ids above this one (paging, oldest first).</summary>
    public long AfterId { get; init; }

    /// <summary>Null for every tenant, else only these domains (and their subdomains).</summary>
    public IReadOnlyList<string>? Tenants { get; init; }

    /// <summary>The most to return.</summary>
    public int Limit { get; init; } = 100;
}
