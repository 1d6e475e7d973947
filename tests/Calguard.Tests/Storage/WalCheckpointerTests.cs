using Calguard.Storage;
using Calguard.Storage.Database;

namespace Calguard.Tests.Storage;

/// <summary>
/// <see cref="StorageOptions.CheckpointInterval"/>: with it set, a thread of its own copies the write-ahead log into
/// the database file; a few writes (far below SQLite's automatic checkpoint at 1,000 log pages) reach the file within
/// the interval. Without it, they stay in the log until that automatic checkpoint.
/// </summary>
public sealed class WalCheckpointerTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WritesReachTheDatabaseFileOnlyWhenTheCheckpointerRuns(bool checkpointer)
    {
        var directory = Directory.CreateTempSubdirectory("calguard-checkpoint-").FullName;
        try
        {
            var file = Path.Combine(directory, "calguard.db");
            var options = StorageOptions.ForSqliteFile(file) with
            {
                CheckpointInterval = checkpointer ? TimeSpan.FromMilliseconds(50) : TimeSpan.Zero,
            };
            // SQLite also checkpoints when the last connection to a file closes; the store's migration connection
            // closing late, under a loaded machine, grew the file without any checkpointer. An idle connection held
            // open here means no connection of the store is ever the last.
            await using var bystander = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
            await using (var store = await CalguardStore.OpenAsync(options))
            {
                await bystander.OpenAsync();
                // Let the migrations' own log reach the file first, so that only the writes below can grow it.
                await Task.Delay(300);
                var before = new FileInfo(file).Length;
                for (var i = 0; i < 40; i++)
                {
                    await store.KnownSenders.AddCorrespondentsAsync($"user{i}@example.net", Enumerable.Range(0, 20).Select(j => $"friend{j}.{i}@partner.example"), DateTimeOffset.UnixEpoch);
                }
                var grew = await WaitAsync(() => new FileInfo(file).Length > before, TimeSpan.FromSeconds(3));
                Assert.Equal(checkpointer, grew);
                Assert.True(new FileInfo(file + "-wal").Length > 0);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (condition())
            {
                return true;
            }
            await Task.Delay(20);
        }
        return condition();
    }
}
