namespace Calguard.Storage.Database;

/// <summary>Which database holds Calguard's state.</summary>
public enum StorageBackend
{
    /// <summary>An embedded SQLite file (the default: <c>./data/calguard.db</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several nodes.</summary>
    Postgres,
}
