using System.Data.Common;
using Calguard.Decisions;
using Calguard.Reading;
using Calguard.Storage.Caching;
using Calguard.Storage.Database;

namespace Calguard.Storage.Policies;

/// <summary>
/// Domain and recipient policy overrides in the database (<c>policies</c> table, the override as <see cref="PolicyJson"/>).
/// Reads go to the database every time, so every node sees a change as soon as it is acknowledged; only while no
/// policy at all is stored do the pipeline's look-ups (<see cref="GetDomain"/>, <see cref="GetRecipient"/>) skip the
/// database, for at most <see cref="StorageOptions.CacheLifetime"/> (see <see cref="EmptinessCache"/>).
/// </summary>
public sealed class SqlPolicyStore(CalguardDatabase database) : IPolicyStore
{
    private readonly EmptinessCache _any = new(database.Options.CacheLifetime, database.Options.Time);

    /// <inheritdoc />
    public PolicyOverride? GetDomain(string domain) => MayHaveAny() ? Get(PolicyScope.Domain, domain) : null;

    /// <inheritdoc />
    public PolicyOverride? GetRecipient(string address) => MayHaveAny() ? Get(PolicyScope.Recipient, address) : null;

    /// <inheritdoc />
    public void SetDomain(string domain, PolicyOverride? policy) => SetAsync(PolicyScope.Domain, domain, policy).GetAwaiter().GetResult();

    /// <inheritdoc />
    public void SetRecipient(string address, PolicyOverride? policy) => SetAsync(PolicyScope.Recipient, address, policy).GetAwaiter().GetResult();

    /// <summary>The stored override, or null.</summary>
    /// <exception cref="FormatException">The stored JSON no longer parses (written by a newer version).</exception>
    public PolicyOverride? Get(PolicyScope scope, string name)
    {
        using var connection = database.OpenConnection();
        using var command = Select(connection, scope, name);
        return command.ExecuteScalar() is string body ? PolicyJson.Parse(body) : null;
    }

    /// <summary>The stored override, or null.</summary>
    public async Task<PolicyOverride?> GetAsync(PolicyScope scope, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Select(connection, scope, name);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string body ? PolicyJson.Parse(body) : null;
    }

    /// <summary>Stores (or with null removes) an override; returns once committed.</summary>
    public async Task SetAsync(PolicyScope scope, string name, PolicyOverride? policy, CancellationToken cancellationToken = default)
    {
        var key = Key(name);
        var tenant = scope == PolicyScope.Domain ? key : CalendarAddress.DomainOf(key) ?? string.Empty;
        var body = policy is null ? null : PolicyJson.Serialize(policy);
        var now = DateTimeOffset.UtcNow.ToUnixMs();
        await database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = body is null
                ? connection.Command("DELETE FROM policies WHERE scope = @s AND name = @n", transaction)
                : connection.Command("""
                    INSERT INTO policies (scope, name, tenant, body, updated_at) VALUES (@s, @n, @t, @b, @u)
                    ON CONFLICT (scope, name) DO UPDATE SET body = excluded.body, tenant = excluded.tenant, updated_at = excluded.updated_at
                    """, transaction).With("@t", tenant).With("@b", body).With("@u", now);
            command.With("@s", ScopeName(scope)).With("@n", key).ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
        _any.Invalidate();
    }

    private bool MayHaveAny() => _any.MayHaveRows(() => database.AnyRow("SELECT 1 FROM policies LIMIT 1"));

    private static DbCommand Select(DbConnection connection, PolicyScope scope, string name) =>
        connection.Command("SELECT body FROM policies WHERE scope = @s AND name = @n").With("@s", ScopeName(scope)).With("@n", Key(name));

    private static string ScopeName(PolicyScope scope) => scope == PolicyScope.Domain ? "domain" : "recipient";

    private static string Key(string name) => name.Trim().TrimEnd('.').ToLowerInvariant();
}
