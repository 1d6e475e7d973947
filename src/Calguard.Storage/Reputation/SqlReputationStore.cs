using System.Data.Common;
using System.Text;
using Calguard.Reputation;
using Calguard.Storage.Database;

namespace Calguard.Storage.Reputation;

/// <summary>
/// Reputation evidence in the database, shared by every node: one row per entity with counts that halve every
/// half-life, one row per reporter and entity, and the ids of applied reports. Every write goes through the
/// <see cref="GroupCommitWriter"/>.
/// </summary>
/// <remarks>
/// Counts are stored as of <c>updated_at</c>. A write adds its delta in one upsert that decays the stored counts to
/// the write's time in SQL (<c>power(2, -Δt / half-life)</c>, on SQLite's math functions and PostgreSQL alike), so
/// nodes writing the same entity at once never lose an update and need no read first. A write older than the row (clock
/// skew between nodes) is decayed to the row's time instead.
/// </remarks>
public sealed class SqlReputationStore(CalguardDatabase database)
{
    private static readonly string[] Columns =
        ["deliveries", "spam_verdicts", "clean_verdicts", "spam_reports", "spam_weight", "spam_reporters", "ham_reports", "ham_weight", "ham_reporters"];

    private static readonly string Upsert = BuildUpsert();

    /// <summary>The stored evidence of <paramref name="subjects"/> as of each row's last write (decay it before judging); absent subjects have none.</summary>
    /// <exception cref="DbException">The database failed.</exception>
    public async Task<IReadOnlyDictionary<ReputationSubject, ReputationEvidence>> GetAsync(IReadOnlyCollection<ReputationSubject> subjects, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<ReputationSubject, ReputationEvidence>();
        if (subjects.Count == 0)
        {
            return result;
        }
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var sql = new StringBuilder($"SELECT kind, entity, {string.Join(", ", Columns)}, first_seen, updated_at FROM reputation WHERE ");
        await using var command = connection.Command(string.Empty);
        var i = 0;
        foreach (var subject in subjects)
        {
            sql.Append(i == 0 ? string.Empty : " OR ").Append($"(kind = @k{i} AND entity = @e{i})");
            command.With($"@k{i}", subject.Kind).With($"@e{i}", subject.Key);
            i++;
        }
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Never below zero: a retraction computed under another half-life may overshoot.
            double At(int column) => Math.Max(0.0, reader.GetDouble(column));
            var counts = new ReputationCounts(At(2), At(3), At(4), At(5), At(6), At(7), At(8), At(9), At(10));
            result[new ReputationSubject(reader.GetString(0), reader.GetString(1))] =
                new ReputationEvidence(counts, DbExtensions.FromUnixMs(reader.GetInt64(11)), DbExtensions.FromUnixMs(reader.GetInt64(12)));
        }
        return result;
    }

    /// <summary>Adds counts (from verdicts) to entities, as of <paramref name="at"/>; returns once committed.</summary>
    /// <exception cref="DbException">The database failed; nothing was added.</exception>
    public Task AddAsync(IReadOnlyList<(ReputationSubject Subject, ReputationCounts Counts)> deltas, DateTimeOffset at, TimeSpan halfLife, CancellationToken cancellationToken = default)
    {
        if (deltas.Count == 0)
        {
            return Task.CompletedTask;
        }
        return database.Writer.WriteAsync((connection, transaction) =>
        {
            using var upsert = new UpsertCommand(connection, transaction, halfLife);
            foreach (var (subject, counts) in deltas)
            {
                upsert.Run(subject, counts, at);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Applies a report to its entities: the reporter's weight on this side is topped up to the report's weight (so a
    /// reporter counts once, however often it reports), and a reporter who changed its mind has its earlier opinion
    /// withdrawn. Returns false when this report id was applied before.
    /// </summary>
    /// <exception cref="DbException">The database failed; nothing was applied.</exception>
    public Task<bool> ReportAsync(ReputationReport report, TimeSpan halfLife, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            using (var seen = connection.Command("INSERT INTO reputation_reports (report_id, applied_at) VALUES (@id, @t) ON CONFLICT (report_id) DO NOTHING", transaction)
                .With("@id", report.Id).With("@t", report.At.ToUnixMs()))
            {
                if (seen.ExecuteNonQuery() == 0)
                {
                    return false;
                }
            }
            using var upsert = new UpsertCommand(connection, transaction, halfLife);
            foreach (var subject in report.Subjects.Distinct())
            {
                var previous = ClaimReporter(connection, transaction, subject, report.Reporter);
                var delta = ReportDelta(report, previous, halfLife);
                upsert.Run(subject, delta, report.At);
                using var mark = connection.Command("UPDATE reputation_reporters SET spam = @s, weight = @w, reported_at = @t WHERE kind = @k AND entity = @e AND reporter = @r", transaction)
                    .With("@s", report.Spam ? 1 : 0).With("@w", report.Weight).With("@t", report.At.ToUnixMs())
                    .With("@k", subject.Kind).With("@e", subject.Key).With("@r", report.Reporter);
                mark.ExecuteNonQuery();
            }
            return true;
        }, cancellationToken);

    /// <summary>Deletes entities, reporter opinions and applied-report ids not touched since <paramref name="before"/>; returns the entities deleted.</summary>
    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            var cutoff = before.ToUnixMs();
            using var entities = connection.Command("DELETE FROM reputation WHERE updated_at < @c", transaction).With("@c", cutoff);
            var deleted = entities.ExecuteNonQuery();
            using var reporters = connection.Command("DELETE FROM reputation_reporters WHERE reported_at < @c", transaction).With("@c", cutoff);
            reporters.ExecuteNonQuery();
            using var reports = connection.Command("DELETE FROM reputation_reports WHERE applied_at < @c", transaction).With("@c", cutoff);
            reports.ExecuteNonQuery();
            return deleted;
        }, cancellationToken);

    /// <summary>What a report changes on one entity, given the reporter's previous opinion of it.</summary>
    public static ReputationCounts ReportDelta(ReputationReport report, (bool Spam, double Weight, DateTimeOffset At)? previous, TimeSpan halfLife)
    {
        double kept = 0, presence = 0;
        if (previous is { Weight: > 0 } p)
        {
            kept = p.Weight * ReputationCounts.Decay(report.At - p.At, halfLife);
            presence = kept / p.Weight;
        }
        var same = previous is { Weight: > 0 } q && q.Spam == report.Spam;
        var withdrawn = previous is { Weight: > 0 } && !same;
        // This side: topped up to one full report by this reporter. The other side: its earlier opinion withdrawn.
        var weight = report.Weight - (same ? kept : 0);
        var reporters = 1.0 - (same ? presence : 0);
        var otherWeight = withdrawn ? -kept : 0;
        var otherReporters = withdrawn ? -presence : 0;
        return report.Spam
            ? new ReputationCounts(SpamReports: 1, SpamWeight: weight, SpamReporters: reporters, HamWeight: otherWeight, HamReporters: otherReporters)
            : new ReputationCounts(HamReports: 1, HamWeight: weight, HamReporters: reporters, SpamWeight: otherWeight, SpamReporters: otherReporters);
    }

    private static (bool Spam, double Weight, DateTimeOffset At)? ClaimReporter(DbConnection connection, DbTransaction transaction, ReputationSubject subject, string reporter)
    {
        // Insert a neutral row if there is none, then touch it: on PostgreSQL that locks it until commit, so two nodes
        // applying reports of the same reporter at once take turns instead of both counting it.
        using (var insert = connection.Command("INSERT INTO reputation_reporters (kind, entity, reporter, spam, weight, reported_at) VALUES (@k, @e, @r, 0, 0, 0) ON CONFLICT (kind, entity, reporter) DO NOTHING", transaction)
            .With("@k", subject.Kind).With("@e", subject.Key).With("@r", reporter))
        {
            insert.ExecuteNonQuery();
        }
        using (var touch = connection.Command("UPDATE reputation_reporters SET weight = weight WHERE kind = @k AND entity = @e AND reporter = @r", transaction)
            .With("@k", subject.Kind).With("@e", subject.Key).With("@r", reporter))
        {
            touch.ExecuteNonQuery();
        }
        using var select = connection.Command("SELECT spam, weight, reported_at FROM reputation_reporters WHERE kind = @k AND entity = @e AND reporter = @r", transaction)
            .With("@k", subject.Kind).With("@e", subject.Key).With("@r", reporter);
        using var reader = select.ExecuteReader();
        if (!reader.Read() || reader.GetDouble(1) <= 0)
        {
            return null;
        }
        return (reader.GetInt32(0) != 0, reader.GetDouble(1), DbExtensions.FromUnixMs(reader.GetInt64(2)));
    }

    private static string BuildUpsert()
    {
        // Decay of the stored counts to the write's time, and of the write to the row's time when the write is older.
        const string Old = "power(@two, -(CASE WHEN excluded.updated_at > reputation.updated_at THEN excluded.updated_at - reputation.updated_at ELSE 0 END) / @h)";
        const string New = "power(@two, -(CASE WHEN reputation.updated_at > excluded.updated_at THEN reputation.updated_at - excluded.updated_at ELSE 0 END) / @h)";
        var sql = new StringBuilder();
        sql.Append($"INSERT INTO reputation (kind, entity, {string.Join(", ", Columns)}, first_seen, updated_at) VALUES (@k, @e, ");
        sql.Append(string.Join(", ", Columns.Select((_, i) => $"@c{i}"))).Append(", @t, @t) ON CONFLICT (kind, entity) DO UPDATE SET ");
        foreach (var c in Columns)
        {
            var value = $"reputation.{c} * {Old} + excluded.{c} * {New}";
            sql.Append($"{c} = CASE WHEN {value} < 0 THEN 0 ELSE {value} END, ");
        }
        sql.Append("first_seen = CASE WHEN excluded.first_seen < reputation.first_seen THEN excluded.first_seen ELSE reputation.first_seen END, ");
        sql.Append("updated_at = CASE WHEN excluded.updated_at > reputation.updated_at THEN excluded.updated_at ELSE reputation.updated_at END");
        return sql.ToString();
    }

    /// <summary>The prepared upsert, run once per entity inside one transaction.</summary>
    private sealed class UpsertCommand : IDisposable
    {
        private readonly DbCommand _command;
        private readonly DbParameter _kind;
        private readonly DbParameter _entity;
        private readonly DbParameter _at;
        private readonly DbParameter[] _counts;

        public UpsertCommand(DbConnection connection, DbTransaction transaction, TimeSpan halfLife)
        {
            _command = connection.Command(Upsert, transaction);
            _kind = _command.Parameter("@k", string.Empty);
            _entity = _command.Parameter("@e", string.Empty);
            _at = _command.Parameter("@t", 0L);
            _counts = Columns.Select((_, i) => _command.Parameter($"@c{i}", 0.0)).ToArray();
            _command.Parameter("@two", 2.0);
            _command.Parameter("@h", Math.Max(1.0, halfLife.TotalMilliseconds));
        }

        public void Run(ReputationSubject subject, ReputationCounts c, DateTimeOffset at)
        {
            _kind.Value = subject.Kind;
            _entity.Value = subject.Key;
            _at.Value = at.ToUnixMs();
            double[] values = [c.Deliveries, c.SpamVerdicts, c.CleanVerdicts, c.SpamReports, c.SpamWeight, c.SpamReporters, c.HamReports, c.HamWeight, c.HamReporters];
            for (var i = 0; i < values.Length; i++)
            {
                _counts[i].Value = values[i];
            }
            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }
}
