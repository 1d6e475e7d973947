using Calguard.Storage.Database;

namespace Calguard.Integration.Tests.Reputation;

/// <summary>The reputation store suite on SQLite files in a temporary directory.</summary>
public sealed class SqliteReputationStoreTests : ReputationStoreSuite, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "calguard-rep-" + Guid.NewGuid().ToString("N"));

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
