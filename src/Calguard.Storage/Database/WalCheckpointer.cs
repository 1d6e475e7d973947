using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Calguard.Storage.Database;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file on a thread of its own. SQLite's default runs that
/// checkpoint inside whichever commit pushes the log past 1,000 pages; under load that is the group-commit thread
/// several times a second, and every write waiting for its commit waits for the copy and the database file's fsync
/// as well. A passive checkpoint never blocks the writer.
/// </summary>
public sealed class WalCheckpointer : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    /// <summary>Starts checkpointing the database of <paramref name="connectionString"/> every <paramref name="interval"/>.</summary>
    public WalCheckpointer(string connectionString, TimeSpan interval)
    {
        _connectionString = connectionString;
        _interval = interval;
        _thread = new Thread(Run) { IsBackground = true, Name = "calguard-wal-checkpoint" };
        _thread.Start();
    }

    private void Run()
    {
        using var connection = new SqliteConnection(_connectionString);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (connection.State != System.Data.ConnectionState.Open)
                {
                    connection.Open();
                }
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                command.ExecuteNonQuery();
            }
            catch (DbException)
            {
                // The next round retries.
            }
            _stop.Token.WaitHandle.WaitOne(_interval);
        }
    }

    /// <summary>Stops the thread after its current checkpoint.</summary>
    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
