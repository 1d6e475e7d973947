namespace Calguard.Host.Api.Auth;

/// <summary>The authorization policies: one per scope (admin includes the others), and one for host-wide views.</summary>
public static class ScopePolicies
{
    /// <summary>Any valid key.</summary>
    public const string AnyKey = "any-key";

    /// <summary>Scan scope.</summary>
    public const string Scan = "scan";

    /// <summary>Report scope.</summary>
    public const string Report = "report";

    /// <summary>Admin scope.</summary>
    public const string Admin = "admin";

    /// <summary>Report or admin scope without a tenant limit: host-wide figures (<c>/metrics</c>) mix every tenant.</summary>
    public const string AllTenantsReport = "all-tenants-report";

    /// <summary>Adds API key authentication and the policies.</summary>
    public static IServiceCollection AddApiKeyAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AnyKey, p => p.RequireAuthenticatedUser())
            .AddPolicy(Scan, p => p.RequireClaim("scope", "scan", "admin"))
            .AddPolicy(Report, p => p.RequireClaim("scope", "report", "admin"))
            .AddPolicy(Admin, p => p.RequireClaim("scope", "admin"))
            .AddPolicy(AllTenantsReport, p => p.RequireClaim("scope", "report", "admin").RequireAssertion(c => !c.User.HasClaim(x => x.Type == "tenant")));
        return services;
    }

    /// <summary>Requires a scope on an endpoint or group.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(scope).WithMetadata(new RequiredScope(scope));
}
