using System.Data.Common;
using Calguard.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Calguard.Storage.Database;

/// <summary>
/// The database behind every store: opens connections for reads, owns the one <see cref="GroupCommitWriter"/> for
/// writes, and runs the migrations when opened.
/// </summary>
public sealed class CalguardDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _connectionString;
    private WalCheckpointer? _checkpointer;

    private CalguardDatabase(StorageOptions options, NpgsqlDataSource? postgres)
    {
        Options = options;
        Dialect = SqlDialect.For(options.Backend);
        _postgres = postgres;
        _connectionString = options.ConnectionString;
        Writer = new GroupCommitWriter(OpenWriterAsync, keepOpen: options.Backend == StorageBackend.Sqlite, options.MaxBatch);
    }

    /// <summary>The options it was opened with.</summary>
    public StorageOptions Options { get; }

    /// <summary>The SQL dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The backend.</summary>
    public StorageBackend Backend => Options.Backend;

    // Decided before the writer can open its connection, which then turns SQLite's own checkpoints off.
    private bool Checkpointing => Options.Backend == StorageBackend.Sqlite && Options.CheckpointInterval > TimeSpan.Zero;

    /// <summary>Every write goes through here.</summary>
    public GroupCommitWriter Writer { get; }

    /// <summary>Opens the database, creating the SQLite file and its directory if needed, and migrates it.</summary>
    /// <exception cref="DbException">The database cannot be reached or migrated.</exception>
    public static async Task<CalguardDatabase> OpenAsync(StorageOptions options, CancellationToken cancellationToken = default)
    {
        NpgsqlDataSource? postgres = null;
        if (options.Backend == StorageBackend.Postgres)
        {
            postgres = NpgsqlDataSource.Create(options.ConnectionString);
        }
        else
        {
            var path = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(path) && path != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }
        }
        var database = new CalguardDatabase(options, postgres);
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (options.Backend == StorageBackend.Sqlite)
            {
                // WAL is a property of the file: readers never wait for the writer, and a commit is one append.
                await using var wal = connection.Command("PRAGMA journal_mode=WAL");
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await Migrator.MigrateAsync(connection, database.Dialect, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (database.Checkpointing)
            {
                database._checkpointer = new WalCheckpointer(options.ConnectionString, options.CheckpointInterval);
            }
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return database;
    }

    /// <summary>Opens a connection for reading (pooled).</summary>
    public DbConnection OpenConnection()
    {
        if (_postgres is not null)
        {
            return _postgres.OpenConnection();
        }
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Opens a connection for reading (pooled).</summary>
    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>True when <paramref name="sql"/> (<c>SELECT 1 FROM … LIMIT 1</c>) returns a row.</summary>
    public bool AnyRow(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.Command(sql);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>True when <paramref name="sql"/> (<c>SELECT 1 FROM … LIMIT 1</c>) returns a row.</summary>
    public async Task<bool> AnyRowAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(sql);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>True when a trivial query answers (readiness).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.Command("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or IOException)
        {
            return false;
        }
    }

    private async ValueTask<DbConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (Backend == StorageBackend.Sqlite)
        {
            await using var pragma = connection.Command(Options.SynchronousCommit ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            // The group commit runs each write in a savepoint; SQLite keeps a savepoint's undo pages in a statement
            // journal that spills to a temp file (open, write, unlink) past 64 KB, about every third batch of eight
            // scans under load. In memory it is the same undo log without the syscalls; it never held anything durable
            // (the WAL does, and its fsync at COMMIT is unchanged).
            await using var temp = connection.Command("PRAGMA temp_store=MEMORY");
            await temp.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (Checkpointing)
            {
                // The checkpointer copies the log back; a commit no longer does it on the way.
                await using var manual = connection.Command("PRAGMA wal_autocheckpoint=0");
                await manual.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return connection;
    }

    /// <summary>Commits what is queued and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync().ConfigureAwait(false);
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync().ConfigureAwait(false);
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }
    }
}
