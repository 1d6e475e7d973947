namespace Calguard.Storage.Statistics;

/// <summary>The tenant test shared by the statistics stores: a tenant domain covers its subdomains.</summary>
internal static class TenantFilter
{
    public static bool Matches(IReadOnlyList<string>? tenants, string tenant) =>
        tenants is null || (tenant.Length > 0 && tenants.Any(t => DomainNames.IsWithin(tenant, t)));
}
