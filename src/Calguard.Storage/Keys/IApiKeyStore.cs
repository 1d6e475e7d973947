namespace Calguard.Storage.Keys;

/// <summary>API keys kept in the store (<c>calguard keys …</c>).</summary>
public interface IApiKeyStore
{
    /// <summary>Creates a key; the returned text is shown once and never stored.</summary>
    /// <exception cref="ArgumentException">No scope, or a tenant that is not a domain.</exception>
    Task<(ApiKey Key, string Secret)> CreateAsync(string name, ApiScopes scopes, IReadOnlyList<string> tenants, CancellationToken cancellationToken = default);

    /// <summary>The active (not revoked) key with this hash, or null.</summary>
    Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>Every key, revoked ones included, oldest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes a key; false when no active key has this id.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default);
}
