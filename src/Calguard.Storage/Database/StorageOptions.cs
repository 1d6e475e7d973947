namespace Calguard.Storage.Database;

/// <summary>Where and how the store keeps its data.</summary>
public sealed record StorageOptions
{
    /// <summary>The backend.</summary>
    public StorageBackend Backend { get; init; } = StorageBackend.Sqlite;

    /// <summary>The ADO.NET connection string: for SQLite at least <c>Data Source=PATH</c>; for PostgreSQL an Npgsql string.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// SQLite only: fsync the write-ahead log at every commit (<c>PRAGMA synchronous=FULL</c>). True by default here, so an
    /// acknowledged write survives a power cut as well as <c>kill -9</c>; false (NORMAL) still survives a killed process.
    /// <c>calguard serve</c> and the CLI default to false with a checkpoint thread (docs/decisions/0003-sqlite-durability.md).
    /// </summary>
    public bool SynchronousCommit { get; init; } = true;

    /// <summary>
    /// SQLite only: how often a thread of its own copies the write-ahead log back into the database file (a passive
    /// checkpoint), instead of the commit that crosses 1,000 pages doing it while every waiting write waits too. Zero
    /// (the default) leaves it to SQLite's automatic checkpoint.
    /// </summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.Zero;

    /// <summary>The most writes committed together in one transaction (group commit).</summary>
    public int MaxBatch { get; init; } = 256;

    /// <summary>
    /// How long a node trusts what it read for the per-scan look-ups it caches: an API key found by its hash, and the
    /// fact that no policy, contact, silent block or confirmed campaign is stored. A change through this node counts at
    /// once; a change through another node or process (the CLI) within this lifetime. Zero reads every time.
    /// </summary>
    public TimeSpan CacheLifetime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The clock the caches use (tests move it by hand).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Options for a SQLite file.</summary>
    public static StorageOptions ForSqliteFile(string path) => new()
    {
        Backend = StorageBackend.Sqlite,
        ConnectionString = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate,
            Cache = Microsoft.Data.Sqlite.SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString(),
    };
}
