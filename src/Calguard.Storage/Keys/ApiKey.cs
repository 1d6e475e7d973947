namespace Calguard.Storage.Keys;

/// <summary>An API key's identity and rights; the secret itself is never stored, only its hash.</summary>
/// <param name="Id">Public id, also embedded in the key text (<c>cg_ID_SECRET</c>), for listing and revoking.</param>
/// <param name="Name">A label for people.</param>
/// <param name="Scopes">What it may do.</param>
/// <param name="Tenants">The domains whose data it may read and change (subdomains included); empty for all.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
/// <param name="Source">Where it is defined: store, configuration or environment.</param>
public sealed record ApiKey(string Id, string Name, ApiScopes Scopes, IReadOnlyList<string> Tenants, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string Source = "store")
{
    /// <summary>True when the key may touch every tenant's data.</summary>
    public bool AllTenants => Tenants.Count == 0;

    /// <summary>True when the key has <paramref name="needed"/> (admin has every scope).</summary>
    public bool Has(ApiScopes needed) => Scopes.HasFlag(ApiScopes.Admin) || (Scopes & needed) == needed;

    /// <summary>True when the key may touch data of <paramref name="domain"/>.</summary>
    /// <remarks>The tenant boundary of DESIGN's invariants: a key limited to example.net sees example.net and
    /// its subdomains, nothing else, and never the global (domain-less) data.</remarks>
    public bool MayTouch(string? domain) =>
        AllTenants || (!string.IsNullOrEmpty(domain) && Tenants.Any(t => DomainNames.IsWithin(domain, t)));
}
