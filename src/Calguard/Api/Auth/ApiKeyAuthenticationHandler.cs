using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Calguard.Storage.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Calguard.Host.Api.Auth;

/// <summary>
/// <c>Authorization: Bearer KEY</c>: resolves the key and puts it on the request (<see cref="ApiKeyHttpContextExtensions.ApiKey"/>).
/// A missing or unknown key gets 401 and a wrong scope 403, both as problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyResolver resolver)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("the Authorization header must be 'Bearer KEY'");
        }
        var key = await resolver.ResolveAsync(header[7..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticateResult.Fail("unknown or revoked API key");
        }
        Context.Items[ApiKeyHttpContextExtensions.ItemKey] = key;
        return AuthenticateResult.Success(new AuthenticationTicket(Principals.GetValue(key, CreatePrincipal), SchemeName));
    }

    // One principal per key record, not per request. The resolver returns the same record for a key while the store
    // caches it (Calguard:Storage:CacheLifetime) and a new record once it is read again, so a changed key gets a new
    // principal and a revoked one is not found at all: the principal lives exactly as long as the cached record.
    // Nothing changes a principal after authentication (no claims transformation).
    private static readonly ConditionalWeakTable<ApiKey, ClaimsPrincipal> Principals = new();

    private static ClaimsPrincipal CreatePrincipal(ApiKey key)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, key.Id), new(ClaimTypes.Name, key.Name) };
        claims.AddRange(key.Scopes.Names().Select(s => new Claim("scope", s)));
        claims.AddRange(key.Tenants.Select(t => new Claim("tenant", t)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var failure = Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure?.Message;
        await Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized",
            failure ?? "this endpoint needs an API key: 'Authorization: Bearer KEY'", "unauthorized").ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var key = Context.ApiKey();
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredScope>()?.Scope;
        await Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden",
            needed is { } s ? $"this key ({key?.Scopes.ToNames() ?? "no scopes"}) lacks the '{s}' scope" : "this key may not use this endpoint", "insufficient-scope").ConfigureAwait(false);
    }
}
