using Calguard.Host.Hosting;
using Calguard.Storage.Keys;

namespace Calguard.Host.Api.Auth;

/// <summary>Finds the key a bearer token stands for: <c>CALGUARD_ADMIN_KEY</c>, then configured keys, then the store.</summary>
public sealed class ApiKeyResolver(HostSettings settings, IApiKeyStore store)
{
    private readonly string? _adminHash = settings.AdminKey is { } k ? ApiKeySecret.Hash(k) : null;

    /// <summary>The admin key from the environment, as a key record.</summary>
    public static ApiKey EnvironmentAdmin { get; } = new("env-admin", "CALGUARD_ADMIN_KEY", ApiScopes.Admin | ApiScopes.Scan | ApiScopes.Report, [], DateTimeOffset.UnixEpoch, null, "environment");

    /// <summary>The active key for a presented token, or null.</summary>
    public async Task<ApiKey?> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 512)
        {
            return null;
        }
        var hash = ApiKeySecret.Hash(token);
        if (_adminHash is not null && ApiKeySecret.HashEquals(hash, _adminHash))
        {
            return EnvironmentAdmin;
        }
        foreach (var (key, keyHash) in settings.ConfiguredKeys)
        {
            if (ApiKeySecret.HashEquals(hash, keyHash))
            {
                return key;
            }
        }
        return await store.FindByHashAsync(hash, cancellationToken).ConfigureAwait(false);
    }
}
