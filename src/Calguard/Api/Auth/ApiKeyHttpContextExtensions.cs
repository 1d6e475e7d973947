using Calguard.Storage.Keys;

namespace Calguard.Host.Api.Auth;

/// <summary>Access to the request's API key.</summary>
public static class ApiKeyHttpContextExtensions
{
    internal const string ItemKey = "calguard.apikey";

    /// <summary>The authenticated key, or null.</summary>
    public static ApiKey? ApiKey(this HttpContext context) => context.Items.TryGetValue(ItemKey, out var k) ? k as ApiKey : null;
}
