using System.Data.Common;
using System.Threading.Channels;

namespace Calguard.Storage.Database;

/// <summary>
/// Serialises every write through one loop that commits whatever is waiting in one transaction (group commit), and
/// completes each caller's task only after that commit returned: an acknowledged write is on disk.
/// </summary>
/// <remarks>
/// One fsync per batch instead of one per write is what lets a durable SQLite keep up with thousands of scans a second;
/// SQLite allows a single writer anyway. Each write runs inside its own savepoint, so a failing write is rolled back
/// alone (nothing half-written) and the others in the batch still commit. Disposal drains the queue first. The loop has
/// a thread of its own: a commit blocks on fsync, which would take a pool thread from the requests, and a loop on the
/// pool would queue behind the requests it is to acknowledge.
/// </remarks>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly Func<CancellationToken, ValueTask<DbConnection>> _open;
    private readonly bool _keepOpen;
    private readonly int _maxBatch;
    private readonly Channel<IWrite> _queue = Channel.CreateBounded<IWrite>(new BoundedChannelOptions(16_384)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
        // The only continuation is the loop's blocked wait: waking it inline spares a hop through the thread pool.
        AllowSynchronousContinuations = true,
    });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DbConnection? _connection;

    /// <summary>Creates the writer and starts its loop.</summary>
    /// <param name="open">Opens a connection for writing.</param>
    /// <param name="keepOpen">Keep one connection for the writer's life (SQLite) instead of one per batch (PostgreSQL's pool).</param>
    /// <param name="maxBatch">The most writes per transaction.</param>
    public GroupCommitWriter(Func<CancellationToken, ValueTask<DbConnection>> open, bool keepOpen, int maxBatch)
    {
        _open = open;
        _keepOpen = keepOpen;
        _maxBatch = Math.Max(1, maxBatch);
        new Thread(Run) { IsBackground = true, Name = "calguard-group-commit" }.Start();
    }

    /// <summary>Transactions committed so far (for tests and metrics).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    private long _commits;

    /// <summary>Runs <paramref name="work"/> in the next transaction and returns its result once committed.</summary>
    /// <exception cref="ObjectDisposedException">The writer is shutting down.</exception>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work, CancellationToken cancellationToken = default)
    {
        var item = new Write<T>(work);
        if (!_queue.Writer.TryWrite(item))
        {
            try
            {
                await _queue.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException)
            {
                throw new ObjectDisposedException(nameof(GroupCommitWriter));
            }
        }
        // Once queued the write is not cancelled: the caller may go away, the data still commits or fails whole.
        return await item.Task.ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in the next transaction.</summary>
    public Task WriteAsync(Action<DbConnection, DbTransaction> work, CancellationToken cancellationToken = default) =>
        WriteAsync((c, t) =>
        {
            work(c, t);
            return true;
        }, cancellationToken);

    private void Run()
    {
        try
        {
            Loop();
            _stopped.TrySetResult();
        }
        catch (Exception e)
        {
            _stopped.TrySetException(e);
        }
    }

    private void Loop()
    {
        var batch = new List<IWrite>(_maxBatch);
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            if (batch.Count == 0)
            {
                continue;
            }
            try
            {
                Commit(batch);
            }
            catch (Exception e)
            {
                foreach (var item in batch)
                {
                    item.Fail(e);
                }
                DropConnection();
            }
        }
        DropConnection();
    }

    private void Commit(List<IWrite> batch)
    {
        var connection = _connection ?? _open(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        if (_keepOpen)
        {
            _connection = connection;
        }
        try
        {
            using var transaction = connection.BeginTransaction();
            var savepoints = batch.Count > 1;
            var failed = new Exception?[batch.Count];
            // Prepared once per batch and run around every write (two statements per write otherwise parsed anew).
            using var savepoint = savepoints ? connection.Command("SAVEPOINT w", transaction) : null;
            using var release = savepoints ? connection.Command("RELEASE SAVEPOINT w", transaction) : null;
            for (var i = 0; i < batch.Count; i++)
            {
                savepoint?.ExecuteNonQuery();
                try
                {
                    batch[i].Run(connection, transaction);
                    release?.ExecuteNonQuery();
                }
                catch (Exception e) when (savepoints)
                {
                    failed[i] = e;
                    Exec(connection, transaction, "ROLLBACK TO SAVEPOINT w");
                    release!.ExecuteNonQuery();
                }
            }
            transaction.Commit();
            Interlocked.Increment(ref _commits);
            for (var i = 0; i < batch.Count; i++)
            {
                if (failed[i] is { } e)
                {
                    batch[i].Fail(e);
                }
                else
                {
                    batch[i].Complete();
                }
            }
        }
        finally
        {
            if (!_keepOpen)
            {
                connection.Dispose();
            }
        }
    }

    private static void Exec(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    private void DropConnection()
    {
        if (_connection is { } c)
        {
            _connection = null;
            c.Dispose();
        }
    }

    /// <summary>Stops accepting writes, commits what is queued, and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopped.Task.ConfigureAwait(false);
    }

    private interface IWrite
    {
        void Run(DbConnection connection, DbTransaction transaction);

        void Complete();

        void Fail(Exception e);
    }

    private sealed class Write<T>(Func<DbConnection, DbTransaction, T> work) : IWrite
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public void Run(DbConnection connection, DbTransaction transaction) => _result = work(connection, transaction);

        public void Complete() => _done.TrySetResult(_result);

        public void Fail(Exception e) => _done.TrySetException(e);
    }
}
