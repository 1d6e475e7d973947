using System.Data.Common;
using System.Globalization;
using System.Text;
using Calguard.Storage.Database;

namespace Calguard.Storage.Feedback;

/// <summary>The outbox in the <c>feedback_outbox</c> table, its rate slots in <c>feedback_rate</c>; the same SQL on SQLite and PostgreSQL.</summary>
public sealed class SqlFeedbackOutbox(CalguardDatabase database) : IFeedbackOutbox
{
    private const string Columns = "id, report_id, kind, dedupe_key, recipient, target, detail, payload, status, attempts, created_at, next_attempt_at, finished_at, last_error";

    /// <inheritdoc />
    public Task<FeedbackEnqueueResult> EnqueueAsync(FeedbackItem item, FeedbackRateLimit? limit = null, CancellationToken cancellationToken = default)
    {
        // The rate window runs from the enqueue time the caller gives (its clock), not this machine's.
        var now = item.CreatedAt;
        return database.Writer.WriteAsync((connection, transaction) =>
        {
            long id;
            using (var insert = connection.Command("""
                INSERT INTO feedback_outbox (report_id, kind, dedupe_key, recipient, tenant, target, detail, payload, status, attempts, created_at, next_attempt_at)
                VALUES (@report, @kind, @key, @recipient, @tenant, @target, @detail, @payload, 'pending', 0, @created, @created)
                ON CONFLICT (dedupe_key) DO NOTHING
                RETURNING id
                """, transaction)
                .With("@report", item.ReportId).With("@kind", item.Kind).With("@key", item.DedupeKey).With("@recipient", item.Recipient)
                .With("@tenant", item.Tenant).With("@target", item.Target).With("@detail", item.Detail).With("@payload", item.Payload)
                .With("@created", item.CreatedAt.ToUnixMs()))
            {
                var inserted = insert.ExecuteScalar();
                if (inserted is null or DBNull)
                {
                    using var existing = connection.Command("SELECT id FROM feedback_outbox WHERE dedupe_key = @key", transaction).With("@key", item.DedupeKey);
                    return new FeedbackEnqueueResult(FeedbackEnqueueOutcome.Duplicate, Convert.ToInt64(existing.ExecuteScalar(), CultureInfo.InvariantCulture));
                }
                id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
            }
            if (limit is null)
            {
                return new FeedbackEnqueueResult(FeedbackEnqueueOutcome.Queued, id);
            }
            // The upsert takes the slot only when it is free or expired; one statement, so two nodes cannot both win.
            using (var slot = connection.Command("""
                INSERT INTO feedback_rate (rate_key, outbox_id, until_at) VALUES (@key, @id, @until)
                ON CONFLICT (rate_key) DO UPDATE SET outbox_id = excluded.outbox_id, until_at = excluded.until_at
                WHERE feedback_rate.until_at <= @now
                RETURNING outbox_id
                """, transaction).With("@key", limit.Key).With("@id", id).With("@until", (now + limit.Window).ToUnixMs()).With("@now", now.ToUnixMs()))
            {
                if (slot.ExecuteScalar() is not (null or DBNull))
                {
                    return new FeedbackEnqueueResult(FeedbackEnqueueOutcome.Queued, id);
                }
            }
            long holder;
            long until;
            using (var read = connection.Command("SELECT outbox_id, until_at FROM feedback_rate WHERE rate_key = @key", transaction).With("@key", limit.Key))
            using (var reader = read.ExecuteReader())
            {
                reader.Read();
                holder = reader.GetInt64(0);
                until = reader.GetInt64(1);
            }
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"rate limit: item {holder} already reports '{limit.Key}' until {DbExtensions.FromUnixMs(until):O} (one per window of {limit.Window})");
            using (var suppress = connection.Command("UPDATE feedback_outbox SET status = 'suppressed', finished_at = @now, last_error = @reason WHERE id = @id", transaction)
                .With("@now", now.ToUnixMs()).With("@reason", reason).With("@id", id))
            {
                suppress.ExecuteNonQuery();
            }
            return new FeedbackEnqueueResult(FeedbackEnqueueOutcome.Suppressed, id, reason);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FeedbackItem>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync<IReadOnlyList<FeedbackItem>>((connection, transaction) =>
        {
            // The outer conditions are checked again on the row PostgreSQL locks, so a row another node claimed meanwhile is skipped.
            using var command = connection.Command($"""
                UPDATE feedback_outbox SET attempts = attempts + 1, next_attempt_at = @lease
                WHERE status = 'pending' AND next_attempt_at <= @now AND id IN (
                    SELECT id FROM feedback_outbox WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT {Math.Clamp(max, 1, 1000)})
                RETURNING {Columns}
                """, transaction).With("@lease", leaseUntil.ToUnixMs()).With("@now", now.ToUnixMs());
            using var reader = command.ExecuteReader();
            var items = new List<FeedbackItem>();
            while (reader.Read())
            {
                items.Add(Read(reader));
            }
            return items;
        }, cancellationToken);

    /// <inheritdoc />
    public Task CompleteAsync(long id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecAsync("UPDATE feedback_outbox SET status = 'sent', finished_at = @now, last_error = NULL WHERE id = @id", cancellationToken, ("@now", now.ToUnixMs()), ("@id", id));

    /// <inheritdoc />
    public Task RetryAsync(long id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default) =>
        ExecAsync("UPDATE feedback_outbox SET next_attempt_at = @next, last_error = @error WHERE id = @id AND status = 'pending'", cancellationToken,
            ("@next", nextAttempt.ToUnixMs()), ("@error", Truncate(error)), ("@id", id));

    /// <inheritdoc />
    public Task FailAsync(long id, DateTimeOffset now, string reason, CancellationToken cancellationToken = default) =>
        ExecAsync("UPDATE feedback_outbox SET status = 'failed', finished_at = @now, last_error = @reason WHERE id = @id", cancellationToken,
            ("@now", now.ToUnixMs()), ("@reason", Truncate(reason)), ("@id", id));

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeedbackItem>> ListAsync(long? reportId = null, string? status = null, IReadOnlyList<string>? tenants = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("1 = 1");
        if (reportId is { } r)
        {
            where.Append(" AND report_id = @report");
            command.With("@report", r);
        }
        if (status is not null)
        {
            where.Append(" AND status = @status");
            command.With("@status", status);
        }
        command.AndTenantIn(where, tenants);
        command.CommandText = $"SELECT {Columns} FROM feedback_outbox WHERE {where} ORDER BY id DESC LIMIT {Math.Clamp(limit, 1, 10_000)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<FeedbackItem>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(Read(reader));
        }
        return items;
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT MIN(next_attempt_at) FROM feedback_outbox WHERE status = 'pending'");
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : DbExtensions.FromUnixMs(Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            using (var slots = connection.Command("DELETE FROM feedback_rate WHERE until_at < @now", transaction).With("@now", now.ToUnixMs()))
            {
                slots.ExecuteNonQuery();
            }
            using var items = connection.Command("DELETE FROM feedback_outbox WHERE status <> 'pending' AND finished_at < @cutoff", transaction).With("@cutoff", cutoff.ToUnixMs());
            return items.ExecuteNonQuery();
        }, cancellationToken);

    private Task ExecAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command(sql, transaction);
            foreach (var (name, value) in parameters)
            {
                command.With(name, value);
            }
            command.ExecuteNonQuery();
        }, cancellationToken);

    private static FeedbackItem Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ReportId = reader.GetInt64(1),
        Kind = reader.GetString(2),
        DedupeKey = reader.GetString(3),
        Recipient = reader.GetString(4),
        Target = reader.GetString(5),
        Detail = reader.GetString(6),
        Payload = reader.BytesOrNull(7),
        Status = reader.GetString(8),
        Attempts = Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture),
        CreatedAt = DbExtensions.FromUnixMs(reader.GetInt64(10)),
        NextAttemptAt = DbExtensions.FromUnixMs(reader.GetInt64(11)),
        FinishedAt = reader.Int64OrNull(12) is { } f ? DbExtensions.FromUnixMs(f) : null,
        LastError = reader.StringOrNull(13),
    };

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;
}
