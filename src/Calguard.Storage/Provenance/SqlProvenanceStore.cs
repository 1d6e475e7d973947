using System.Data.Common;
using System.Globalization;
using System.Text;
using Calguard.Provenance;
using Calguard.Storage.Database;

namespace Calguard.Storage.Provenance;

/// <summary>Provenance in the <c>provenance</c> table; list fields are stored space-separated (domains and signal names hold no spaces).</summary>
public sealed class SqlProvenanceStore(CalguardDatabase database) : IProvenanceStore
{
    private const string Columns = "id, recipient, channel, uid, seq, method, summary, message_id, envelope_sender, from_address, source_ip, " +
                                   "dkim_domains, organizer_authenticated, organizer, verdict, score, action, symbols, arrival_time, recorded_at, " +
                                   "fingerprint, simhash, link_domains, links";

    /// <summary>Rows deleted per purge transaction, so a large purge never holds the write lock for long.</summary>
    public int PurgeChunk { get; init; } = 2000;

    /// <inheritdoc />
    public Task<IReadOnlyList<long>> AddAsync(IReadOnlyList<ProvenanceRecord> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<long>>([]);
        }
        return database.Writer.WriteAsync<IReadOnlyList<long>>((connection, transaction) => Insert(connection, transaction, records), cancellationToken);
    }

    /// <summary>Inserts records inside a caller's transaction (see <see cref="CalguardStore.RecordAsync"/>).</summary>
    internal static long[] Insert(DbConnection connection, DbTransaction transaction, IReadOnlyList<ProvenanceRecord> records)
    {
        var ids = new long[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var bands = CampaignFingerprint.Bands(r.SimHash);
            // Prepared once per connection (the writer's), not per scan; the values in the order of InsertParameters.
            var command = connection.Prepared(InsertSql, transaction, InsertParameters);
            object?[] values =
            [
                r.Recipient, r.Tenant, r.Channel, r.Uid, r.Sequence, r.Method, r.Summary, r.MessageId, r.EnvelopeSender, r.From,
                r.SourceIp, Join(r.DkimDomains), r.OrganizerAuthenticated ? 1 : 0, r.Organizer, r.Verdict, r.Score, r.Action,
                Join(r.Symbols), r.ArrivalTime.ToUnixMs(), r.RecordedAt.ToUnixMs(), r.Fingerprint, unchecked((long)r.SimHash),
                (int)bands[0], (int)bands[1], (int)bands[2], (int)bands[3], Join(r.LinkDomains), Join(r.Links), r.RawMessage,
            ];
            for (var p = 0; p < values.Length; p++)
            {
                command.Bind(p, values[p]);
            }
            ids[i] = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        return ids;
    }

    private const string InsertSql = """
        INSERT INTO provenance (recipient, tenant, channel, uid, seq, method, summary, message_id, envelope_sender, from_address,
            source_ip, dkim_domains, organizer_authenticated, organizer, verdict, score, action, symbols, arrival_time, recorded_at,
            fingerprint, simhash, band0, band1, band2, band3, link_domains, links, raw_message)
        VALUES (@recipient, @tenant, @channel, @uid, @seq, @method, @summary, @mid, @envfrom, @from, @ip, @dkim, @auth, @org,
            @verdict, @score, @action, @symbols, @arrival, @recorded, @fp, @sim, @b0, @b1, @b2, @b3, @links, @urls, @raw)
        RETURNING id
        """;

    private static readonly string[] InsertParameters =
    [
        "@recipient", "@tenant", "@channel", "@uid", "@seq", "@method", "@summary", "@mid", "@envfrom", "@from", "@ip", "@dkim", "@auth",
        "@org", "@verdict", "@score", "@action", "@symbols", "@arrival", "@recorded", "@fp", "@sim", "@b0", "@b1", "@b2", "@b3", "@links",
        "@urls", "@raw",
    ];

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProvenanceRecord>> FindAsync(ProvenanceQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Recipient is null && query.Uid is null && query.MessageId is null && query.Fingerprint is null)
        {
            throw new ArgumentException("a provenance query needs a recipient, UID, Message-ID or fingerprint", nameof(query));
        }
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("1 = 1");
        if (query.Recipient is { } recipient)
        {
            where.Append(" AND recipient = @recipient");
            command.With("@recipient", recipient.Trim().ToLowerInvariant());
        }
        if (query.Uid is { } uid)
        {
            where.Append(" AND uid = @uid");
            command.With("@uid", uid);
        }
        if (query.MessageId is { } mid)
        {
            where.Append(" AND message_id = @mid");
            command.With("@mid", mid.Trim().Trim('<', '>'));
        }
        if (query.Fingerprint is { } fp)
        {
            where.Append(" AND fingerprint = @fp");
            command.With("@fp", fp);
        }
        Scope(command, where, query);
        command.CommandText = $"SELECT {Columns}{(query.IncludeRaw ? ", raw_message" : string.Empty)} FROM provenance WHERE {where} ORDER BY recorded_at DESC, id DESC LIMIT {Math.Clamp(query.Limit, 1, 10_000)}";
        return await ReadAllAsync(command, query.IncludeRaw, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The most SimHash matches read before the rows (newest ids kept): bounds the work for a hot campaign.</summary>
    private const int MaxSimilarCandidates = 50_000;

    /// <summary>Ids per statement when the matching rows are read.</summary>
    private const int IdChunk = 500;

    /// <summary>SimHash ranges per statement of the index probe.</summary>
    private const int RangeChunk = 100;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProvenanceRecord>> FindSimilarAsync(ulong simHash, int maxDistance, ProvenanceQuery? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, 3);
        scope ??= new ProvenanceQuery();
        var limit = Math.Clamp(scope.Limit, 1, 10_000);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One index on simhash (schema version 6) instead of one per 16-bit band: two hashes within distance d differ
        // in at most d of their top 16 bits, so every match lies in one of the ranges whose top 16 bits are within d of
        // ours (697 for d = 3). The probe reads only the index (simhash, id); the exact distance is checked here.
        var matches = new List<long>();
        var ranges = SimilarRanges(simHash, maxDistance);
        for (var start = 0; start < ranges.Count; start += RangeChunk)
        {
            await using var probe = connection.CreateCommand();
            var sql = new StringBuilder("SELECT id, simhash FROM provenance WHERE ");
            for (var i = start; i < Math.Min(start + RangeChunk, ranges.Count); i++)
            {
                sql.Append(i == start ? string.Empty : " OR ").Append(CultureInfo.InvariantCulture, $"simhash BETWEEN @l{i} AND @h{i}");
                probe.With($"@l{i}", ranges[i].Low).With($"@h{i}", ranges[i].High);
            }
            probe.CommandText = sql.ToString();
            await using var reader = await probe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (CampaignFingerprint.Distance(unchecked((ulong)reader.GetInt64(1)), simHash) <= maxDistance)
                {
                    matches.Add(reader.GetInt64(0));
                }
            }
        }
        if (matches.Count > MaxSimilarCandidates)
        {
            matches.Sort();
            matches.RemoveRange(0, matches.Count - MaxSimilarCandidates);
        }

        // The rows of the matches within the scope, newest first: the newest `limit` of each chunk, then of all chunks.
        var found = new List<ProvenanceRecord>();
        for (var start = 0; start < matches.Count; start += IdChunk)
        {
            await using var command = connection.CreateCommand();
            var where = new StringBuilder("id IN (");
            for (var i = start; i < Math.Min(start + IdChunk, matches.Count); i++)
            {
                where.Append(i == start ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"@i{i - start}");
                command.With($"@i{i - start}", matches[i]);
            }
            where.Append(')');
            Scope(command, where, scope);
            command.CommandText = $"SELECT {Columns} FROM provenance WHERE {where} ORDER BY recorded_at DESC, id DESC LIMIT {limit}";
            found.AddRange(await ReadAllAsync(command, false, cancellationToken).ConfigureAwait(false));
        }
        return found.OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).Take(limit).ToArray();
    }

    /// <summary>
    /// The signed simhash ranges (as stored) that hold every hash within <paramref name="maxDistance"/> bits of
    /// <paramref name="simHash"/>: one per 16-bit top value within that distance of its top 16 bits, ascending.
    /// </summary>
    internal static IReadOnlyList<(long Low, long High)> SimilarRanges(ulong simHash, int maxDistance)
    {
        var top = simHash >> 48;
        var ranges = new List<(long Low, long High)>();
        for (ulong mask = 0; mask <= 0xFFFF; mask++)
        {
            if (System.Numerics.BitOperations.PopCount(mask) <= maxDistance)
            {
                var low = (top ^ mask) << 48;
                ranges.Add((unchecked((long)low), unchecked((long)(low | 0x0000_FFFF_FFFF_FFFF))));
            }
        }
        ranges.Sort();
        return ranges;
    }

    /// <inheritdoc />
    public async Task<ProvenanceRecord?> GetAsync(long id, bool includeRaw = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns}{(includeRaw ? ", raw_message" : string.Empty)} FROM provenance WHERE id = @id").With("@id", id);
        var found = await ReadAllAsync(command, includeRaw, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.DeleteInChunksAsync(
            $"DELETE FROM provenance WHERE id IN (SELECT id FROM provenance WHERE recorded_at < @cutoff ORDER BY recorded_at LIMIT {PurgeChunk})",
            cutoff, PurgeChunk, cancellationToken);

    private static void Scope(DbCommand command, StringBuilder where, ProvenanceQuery query)
    {
        command.AndTenantIn(where, query.Tenants);
        if (query.Since is { } since)
        {
            where.Append(" AND recorded_at >= @since");
            command.With("@since", since.ToUnixMs());
        }
    }

    private static async Task<IReadOnlyList<ProvenanceRecord>> ReadAllAsync(DbCommand command, bool includeRaw, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ProvenanceRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ProvenanceRecord
            {
                Id = reader.GetInt64(0),
                Recipient = reader.GetString(1),
                Channel = reader.GetString(2),
                Uid = reader.StringOrNull(3),
                Sequence = reader.IsDBNull(4) ? null : Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
                Method = reader.StringOrNull(5),
                Summary = reader.StringOrNull(6),
                MessageId = reader.StringOrNull(7),
                EnvelopeSender = reader.StringOrNull(8),
                From = reader.StringOrNull(9),
                SourceIp = reader.StringOrNull(10),
                DkimDomains = Split(reader.GetString(11)),
                OrganizerAuthenticated = Convert.ToInt64(reader.GetValue(12), CultureInfo.InvariantCulture) != 0,
                Organizer = reader.StringOrNull(13),
                Verdict = reader.GetString(14),
                Score = reader.GetDouble(15),
                Action = reader.GetString(16),
                Symbols = Split(reader.GetString(17)),
                ArrivalTime = DbExtensions.FromUnixMs(reader.GetInt64(18)),
                RecordedAt = DbExtensions.FromUnixMs(reader.GetInt64(19)),
                Fingerprint = reader.GetString(20),
                SimHash = unchecked((ulong)reader.GetInt64(21)),
                LinkDomains = Split(reader.GetString(22)),
                Links = reader.IsDBNull(23) ? [] : Split(reader.GetString(23)),
                RawMessage = includeRaw ? reader.BytesOrNull(24) : null,
            });
        }
        return list;
    }

    private static string Join(IReadOnlyList<string> values) => string.Join(' ', values.Where(v => v.Length > 0).Select(v => v.Replace(' ', '_')));

    private static string[] Split(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
