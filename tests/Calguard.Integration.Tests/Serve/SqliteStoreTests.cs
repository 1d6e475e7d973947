using Calguard.Storage.Database;

namespace Calguard.Integration.Tests.Serve;

/// <summary>The store suite on SQLite files in a temporary directory.</summary>
public sealed class SqliteStoreTests : StoreSuite, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "calguard-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override Task<StorageOptions> FreshDatabaseAsync() =>
        Task.FromResult(StorageOptions.ForSqliteFile(Path.Combine(_directory, Guid.NewGuid().ToString("N"), "calguard.db")));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
