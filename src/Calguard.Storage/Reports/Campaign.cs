namespace Calguard.Storage.Reports;

/// <summary>
/// A campaign that users reported: named by the fingerprint (<c>cf1-…</c>) of its first reported copy, matched by
/// that fingerprint or a SimHash within distance 3 ("report once, clean everywhere").
/// </summary>
/// <param name="Id">The id: the campaign fingerprint of the first reported copy.</param>
/// <param name="SimHash">The SimHash of the first reported copy.</param>
/// <param name="LinkDomains">The organisational domains it links to.</param>
/// <param name="CreatedAt">When it was first reported.</param>
/// <param name="ConfirmedAt">When an operator confirmed it as spam, or null.</param>
/// <param name="ConfirmedBy">Who confirmed it (the API key's id), or null.</param>
public sealed record Campaign(string Id, ulong SimHash, IReadOnlyList<string> LinkDomains, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, string? ConfirmedBy)
{
    /// <summary>The most differing SimHash bits for a copy to belong to the campaign (the band index guarantees up to 3).</summary>
    public const int MaxDistance = 3;

    /// <summary>True when an operator confirmed it.</summary>
    public bool Confirmed => ConfirmedAt is not null;
}
