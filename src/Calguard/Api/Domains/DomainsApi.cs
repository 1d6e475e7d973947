using System.Text.Json;
using Calguard.Host.Api.Auth;
using Calguard.Host.Hosting;
using Calguard.Storage;
using Calguard.Storage.Policies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Domains;

/// <summary><c>/v1/domains/{domain}/policy</c>: the domain-level default every recipient of the domain inherits.</summary>
public static class DomainsApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapDomains(this RouteGroupBuilder v1)
    {
        var domains = v1.MapGroup("/domains/{domain}").WithTags("Domains").RequireScope(ScopePolicies.Admin);
        domains.MapGet("/policy", GetAsync).WithSummary("The domain's policy override and the policy its recipients start from")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        domains.MapPut("/policy", PutAsync).WithSummary("Set the domain's policy override")
            .Accepts<JsonElement>("application/json").Produces(200, contentType: "application/json").ProducesProblem(400).ProducesProblem(415);
        domains.MapDelete("/policy", DeleteAsync).WithSummary("Remove the domain's policy override").Produces(204).ProducesProblem(400);
        return v1;
    }

    private static (string? Domain, ProblemHttpResult? Problem) Resolve(HttpContext http, string value)
    {
        var (domain, problem) = Tenancy.Domain(value);
        if (problem is not null)
        {
            return (null, problem);
        }
        return Tenancy.Check(http, domain) is { } forbidden ? (null, forbidden) : (domain, null);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(HttpContext http, string domain, CalguardStore store, Pipeline pipeline, CancellationToken cancellationToken)
    {
        var (d, problem) = Resolve(http, domain);
        if (problem is not null)
        {
            return problem;
        }
        var stored = await store.Policies.GetAsync(PolicyScope.Domain, d!, cancellationToken).ConfigureAwait(false);
        return PolicyResponse.Render("domain", d!, stored, pipeline.Policies.Global.With(stored));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PutAsync(HttpContext http, string domain, CalguardStore store, Pipeline pipeline, HostSettings host, CancellationToken cancellationToken)
    {
        var (d, problem) = Resolve(http, domain);
        if (problem is not null)
        {
            return problem;
        }
        var (policy, bodyProblem) = await PolicyResponse.ReadAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }
        await store.Policies.SetAsync(PolicyScope.Domain, d!, policy, cancellationToken).ConfigureAwait(false);
        return PolicyResponse.Render("domain", d!, policy, pipeline.Policies.Global.With(policy));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(HttpContext http, string domain, CalguardStore store, CancellationToken cancellationToken)
    {
        var (d, problem) = Resolve(http, domain);
        if (problem is not null)
        {
            return problem;
        }
        await store.Policies.SetAsync(PolicyScope.Domain, d!, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }
}
