using Calguard.Host.Api.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api;

/// <summary>The tenant boundary, checked by every endpoint that names a recipient or domain.</summary>
public static class Tenancy
{
    /// <summary>Null when the request's key may touch <paramref name="domain"/>, else the 403 to return.</summary>
    public static ProblemHttpResult? Check(HttpContext context, string? domain)
    {
        var key = context.ApiKey();
        return key is not null && key.MayTouch(domain) ? null : Problems.OtherTenant(string.IsNullOrEmpty(domain) ? "(no domain)" : domain);
    }

    /// <summary>The tenants a query is limited to: null for an all-tenant key, else the key's tenant domains.</summary>
    public static IReadOnlyList<string>? Scope(HttpContext context) => context.ApiKey() is { AllTenants: false } key ? key.Tenants : null;

    /// <summary>Normalises a recipient address from the path or query, or returns the 400.</summary>
    public static (string? Address, ProblemHttpResult? Problem) Recipient(string? value)
    {
        var address = Reading.CalendarAddress.Normalise(value is null ? null : Uri.UnescapeDataString(value));
        return address is null
            ? (null, Problems.BadRequest($"'{value}' is not a mail address", "invalid-recipient"))
            : (address, null);
    }

    /// <summary>Normalises a recipient address and checks the key may touch its domain, or returns the 400 or 403.</summary>
    public static (string? Address, ProblemHttpResult? Problem) OwnRecipient(HttpContext context, string? value)
    {
        var (address, problem) = Recipient(value);
        if (problem is not null)
        {
            return (null, problem);
        }
        return Check(context, Reading.CalendarAddress.DomainOf(address)) is { } forbidden ? (null, forbidden) : (address, null);
    }

    /// <summary>Normalises a domain from the path or query, or returns the 400.</summary>
    public static (string? Domain, ProblemHttpResult? Problem) Domain(string? value)
    {
        var d = value?.Trim().TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(d) || d.Length > 253 || !d.Contains('.') || d.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            return (null, Problems.BadRequest($"'{value}' is not a domain name", "invalid-domain"));
        }
        return (d, null);
    }
}
