using System.Data.Common;
using Calguard.Storage.Database;

namespace Calguard.Storage.Migrations;

/// <summary>
/// Brings a database up to the newest <see cref="Schema"/> version at start. Each migration runs in its own transaction
/// together with its <c>schema_migrations</c> row, so a crash leaves the schema at a whole version. Nodes starting
/// together against one PostgreSQL take an advisory lock; SQLite's write lock does the same.
/// </summary>
public static class Migrator
{
    private const long AdvisoryLockKey = 0x43616c6775617264; // "Calguard"

    /// <summary>Applies the missing migrations and returns the versions it applied.</summary>
    /// <exception cref="InvalidOperationException">The database has a newer schema than this build knows.</exception>
    public static async Task<IReadOnlyList<int>> MigrateAsync(DbConnection connection, SqlDialect dialect, IReadOnlyList<Migration>? migrations = null, CancellationToken cancellationToken = default)
    {
        migrations ??= Schema.All;
        var applied = new List<int>();
        if (dialect.Backend == StorageBackend.Postgres)
        {
            await ExecAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await ExecAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at BIGINT NOT NULL)
                """, cancellationToken).ConfigureAwait(false);
            var current = await CurrentVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
            var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
            if (current > newest)
            {
                throw new InvalidOperationException($"the database schema is at version {current}, newer than this Calguard knows ({newest}); upgrade Calguard");
            }
            // Every version not yet applied, not only those above the newest: versions are handed out to parallel
            // branches (2, 3, 4, 5), so a database may already hold 4 when 2 arrives with a later build.
            var done = await AppliedVersionsAsync(connection, null, cancellationToken).ConfigureAwait(false);
            foreach (var migration in migrations.Where(m => !done.Contains(m.Version)).OrderBy(m => m.Version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                // Re-check inside the transaction: another SQLite process may have migrated meanwhile.
                if ((await AppliedVersionsAsync(connection, transaction, cancellationToken).ConfigureAwait(false)).Contains(migration.Version))
                {
                    continue;
                }
                foreach (var statement in migration.Statements)
                {
                    await ExecAsync(connection, transaction, dialect.Render(statement), cancellationToken).ConfigureAwait(false);
                }
                await using (var insert = connection.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", transaction)
                    .With("@v", migration.Version).With("@n", migration.Name).With("@t", DateTimeOffset.UtcNow.ToUnixMs()))
                {
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                applied.Add(migration.Version);
            }
        }
        finally
        {
            if (dialect.Backend == StorageBackend.Postgres)
            {
                await ExecAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None).ConfigureAwait(false);
            }
        }
        return applied;
    }

    /// <summary>The newest applied version, 0 for an empty database.</summary>
    public static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        await using var command = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT version FROM schema_migrations", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        return versions;
    }

    private static async Task ExecAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
