using System.Data.Common;
using Calguard.Storage.Caching;
using Calguard.Storage.Database;

namespace Calguard.Storage.Keys;

/// <summary>API keys in the <c>api_keys</c> table (hash, scopes, tenant domains).</summary>
/// <remarks>
/// A key found by its hash is kept for <see cref="StorageOptions.CacheLifetime"/>, so a busy client costs no read per
/// request: a key revoked through this store stops at once, one revoked through another node or the CLI within that
/// lifetime. Unknown hashes are not kept, so a new key works at once everywhere.
/// </remarks>
public sealed class SqlApiKeyStore(CalguardDatabase database) : IApiKeyStore
{
    private const string Columns = "id, name, scopes, tenants, created_at, revoked_at";
    private readonly ExpiringCache<string, ApiKey> _found = new(10_000, database.Options.Time);
    private long _revocations;

    /// <inheritdoc />
    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, ApiScopes scopes, IReadOnlyList<string> tenants, CancellationToken cancellationToken = default)
    {
        if (scopes == ApiScopes.None)
        {
            throw new ArgumentException("a key needs at least one scope", nameof(scopes));
        }
        var normalised = NormaliseTenants(tenants);
        var (id, secret) = ApiKeySecret.Generate();
        var key = new ApiKey(id, string.IsNullOrWhiteSpace(name) ? id : name.Trim(), scopes, normalised, DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixMs()), null);
        var hash = ApiKeySecret.Hash(secret);
        await database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command($"INSERT INTO api_keys ({Columns}, hash) VALUES (@i, @n, @s, @t, @c, NULL, @h)", transaction)
                .With("@i", key.Id).With("@n", key.Name).With("@s", scopes.ToNames()).With("@t", string.Join(' ', normalised))
                .With("@c", key.CreatedAt.ToUnixMs()).With("@h", hash);
            command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
        return (key, secret);
    }

    /// <inheritdoc />
    public async Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        if (_found.TryGet(hash, out var cached))
        {
            return cached;
        }
        var revocations = Interlocked.Read(ref _revocations);
        var key = await ReadByHashAsync(hash, cancellationToken).ConfigureAwait(false);
        if (key is not null)
        {
            _found.Set(hash, key, database.Options.CacheLifetime);
            // A revocation while reading may be this key's, and its clearing may have run before the Set: undo it.
            if (revocations != Interlocked.Read(ref _revocations))
            {
                _found.Remove(hash);
            }
        }
        return key;
    }

    private async Task<ApiKey?> ReadByHashAsync(string hash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM api_keys WHERE hash = @h AND revoked_at IS NULL").With("@h", hash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM api_keys ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<ApiKey>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(Read(reader));
        }
        return keys;
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var revoked = await database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command("UPDATE api_keys SET revoked_at = @r WHERE id = @i AND revoked_at IS NULL", transaction)
                .With("@r", DateTimeOffset.UtcNow.ToUnixMs()).With("@i", id.Trim().ToLowerInvariant());
            return command.ExecuteNonQuery() > 0;
        }, cancellationToken).ConfigureAwait(false);
        // The cache is keyed by hash, which a revocation does not name; revocations are rare, so forget every key.
        Interlocked.Increment(ref _revocations);
        _found.Clear();
        return revoked;
    }

    /// <summary>Lower-cases and checks tenant domains.</summary>
    /// <exception cref="ArgumentException">A tenant is not a domain name.</exception>
    public static IReadOnlyList<string> NormaliseTenants(IEnumerable<string> tenants)
    {
        var list = new List<string>();
        foreach (var t in tenants)
        {
            var d = t.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();
            if (d.Length == 0 || d.Length > 253 || d.Contains('@') || d.Any(c => char.IsWhiteSpace(c) || c == '/' || c == ',') || !d.Contains('.') && d != "localhost")
            {
                throw new ArgumentException($"'{t}' is not a domain name");
            }
            if (!list.Contains(d))
            {
                list.Add(d);
            }
        }
        return list;
    }

    private static ApiKey Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        ApiScopeNames.Parse(reader.GetString(2)),
        reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        DbExtensions.FromUnixMs(reader.GetInt64(4)),
        reader.Int64OrNull(5) is { } r ? DbExtensions.FromUnixMs(r) : null);
}
