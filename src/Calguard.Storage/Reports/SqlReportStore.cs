using System.Data.Common;
using System.Globalization;
using System.Text;
using Calguard.Provenance;
using Calguard.Storage.Caching;
using Calguard.Storage.Database;
using Calguard.Storage.Learning;

namespace Calguard.Storage.Reports;

/// <summary>
/// Reports, the silent blocks they make, the campaigns they name, and the features of scanned invitations (for
/// training on a report weeks later), in the database. Every write goes through the group-commit writer; a report
/// and all it changes commit in one transaction. While no silent block or no confirmed campaign is stored at all, the
/// per-scan look-ups (<see cref="BlocksForAsync"/>, <see cref="MayHaveConfirmedCampaignsAsync"/>) skip the database
/// for at most <see cref="StorageOptions.CacheLifetime"/> (see <see cref="EmptinessCache"/>).
/// </summary>
public sealed class SqlReportStore(CalguardDatabase database)
{
    private const string ReportColumns = "id, recipient, subject, uid, message_id, kind, source, campaign_id, provenance_id, organizer, received_at";
    private readonly EmptinessCache _anyBlock = new(database.Options.CacheLifetime, database.Options.Time);
    private readonly EmptinessCache _anyConfirmed = new(database.Options.CacheLifetime, database.Options.Time);

    /// <summary>Rows deleted per purge transaction.</summary>
    public int PurgeChunk { get; init; } = 2000;

    /// <summary>
    /// Stores a report with everything it changes, in one transaction. A report already stored for the same
    /// (recipient, subject, kind) keeps its id and time, and its blocks and training are applied again (idempotent).
    /// </summary>
    public async Task<ReportWriteResult> SaveAsync(ReportWrite write, CancellationToken cancellationToken = default)
    {
        var now = write.Report.ReceivedAt;
        var result = await database.Writer.WriteAsync((connection, transaction) =>
        {
            var r = write.Report;
            if (write.NewCampaign is { } c)
            {
                var bands = CampaignFingerprint.Bands(c.SimHash);
                using var campaign = connection.Command("""
                    INSERT INTO campaigns (id, simhash, band0, band1, band2, band3, link_domains, created_at, confirmed_at, confirmed_by)
                    VALUES (@id, @sim, @b0, @b1, @b2, @b3, @links, @at, NULL, NULL) ON CONFLICT (id) DO NOTHING
                    """, transaction).With("@id", c.Id).With("@sim", unchecked((long)c.SimHash)).With("@b0", (int)bands[0]).With("@b1", (int)bands[1])
                    .With("@b2", (int)bands[2]).With("@b3", (int)bands[3]).With("@links", string.Join(' ', c.LinkDomains)).With("@at", c.CreatedAt.ToUnixMs());
                campaign.ExecuteNonQuery();
            }
            bool repeated;
            using (var insert = connection.Command("""
                INSERT INTO reports (recipient, tenant, subject, uid, message_id, kind, source, campaign_id, provenance_id, organizer, received_at)
                VALUES (@recipient, @tenant, @subject, @uid, @mid, @kind, @source, @campaign, @provenance, @organizer, @at)
                ON CONFLICT (recipient, subject, kind) DO NOTHING
                """, transaction).With("@recipient", r.Recipient).With("@tenant", r.Tenant).With("@subject", r.Subject).With("@uid", r.Uid)
                .With("@mid", r.MessageId).With("@kind", r.Kind).With("@source", r.Source).With("@campaign", r.CampaignId)
                .With("@provenance", r.ProvenanceId).With("@organizer", r.Organizer).With("@at", r.ReceivedAt.ToUnixMs()))
            {
                repeated = insert.ExecuteNonQuery() == 0;
            }
            StoredReport stored;
            using (var select = connection.Command($"SELECT {ReportColumns} FROM reports WHERE recipient = @recipient AND subject = @subject AND kind = @kind", transaction)
                .With("@recipient", r.Recipient).With("@subject", r.Subject).With("@kind", r.Kind))
            using (var reader = select.ExecuteReader())
            {
                reader.Read();
                stored = ReadReport(reader);
            }
            foreach (var (kind, value) in write.RemoveBlocks)
            {
                using var delete = connection.Command("DELETE FROM report_blocks WHERE recipient = @recipient AND kind = @kind AND value = @value", transaction)
                    .With("@recipient", r.Recipient).With("@kind", kind).With("@value", value);
                delete.ExecuteNonQuery();
            }
            foreach (var (kind, value) in write.AddBlocks)
            {
                using var upsert = connection.Command("""
                    INSERT INTO report_blocks (recipient, kind, value, tenant, report_id, created_at) VALUES (@recipient, @kind, @value, @tenant, @report, @at)
                    ON CONFLICT (recipient, kind, value) DO UPDATE SET report_id = excluded.report_id
                    """, transaction).With("@recipient", r.Recipient).With("@kind", kind).With("@value", value).With("@tenant", r.Tenant)
                    .With("@report", stored.Id).With("@at", now.ToUnixMs());
                upsert.ExecuteNonQuery();
            }
            var training = write.Training is { } item ? SqlClassifierStore.Apply(connection, transaction, item, now) : TrainOutcome.None;
            return new ReportWriteResult(stored, repeated, training);
        }, cancellationToken).ConfigureAwait(false);
        if (write.AddBlocks.Count > 0)
        {
            _anyBlock.Invalidate();
        }
        if (write.Training is not null)
        {
            SqlClassifierStore.TotalsChanged();
        }
        return result;
    }

    /// <summary>One report by id, or null.</summary>
    public async Task<StoredReport?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var found = await ListAsync(new ReportQuery { Before = id + 1, Limit = 1 }, cancellationToken).ConfigureAwait(false);
        return found.Count == 1 && found[0].Id == id ? found[0] : null;
    }

    /// <summary>Reports matching a query, newest (highest id) first.</summary>
    public async Task<IReadOnlyList<StoredReport>> ListAsync(ReportQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("1 = 1");
        void Equal(string column, string parameter, object? value)
        {
            if (value is not null)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND {column} = {parameter}");
                command.With(parameter, value);
            }
        }
        Equal("recipient", "@recipient", query.Recipient?.Trim().ToLowerInvariant());
        Equal("kind", "@kind", query.Kind);
        Equal("source", "@source", query.Source);
        Equal("campaign_id", "@campaign", query.CampaignId);
        Equal("uid", "@uid", query.Uid);
        if (query.From is { } from)
        {
            where.Append(" AND received_at >= @from");
            command.With("@from", from.ToUnixMs());
        }
        if (query.To is { } to)
        {
            where.Append(" AND received_at < @to");
            command.With("@to", to.ToUnixMs());
        }
        if (query.Before is { } before)
        {
            where.Append(" AND id < @before");
            command.With("@before", before);
        }
        command.AndTenantIn(where, query.Tenants);
        command.CommandText = $"SELECT {ReportColumns} FROM reports WHERE {where} ORDER BY id DESC LIMIT {Math.Clamp(query.Limit, 1, 10_000)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<StoredReport>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(ReadReport(reader));
        }
        return list;
    }

    /// <summary>Spam and not-spam reports of a campaign (within the tenants, null for all).</summary>
    public async Task<(long Spam, long NotSpam)> CountAsync(string campaignId, IReadOnlyList<string>? tenants, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("campaign_id = @campaign");
        command.With("@campaign", campaignId);
        command.AndTenantIn(where, tenants);
        command.CommandText = $"SELECT kind, COUNT(*) FROM reports WHERE {where} GROUP BY kind";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long spam = 0, notSpam = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var n = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            if (reader.GetString(0) == ReportKinds.Spam)
            {
                spam = n;
            }
            else
            {
                notSpam = n;
            }
        }
        return (spam, notSpam);
    }

    /// <summary>The blocks that hit an invitation: those of these recipients for any of these UIDs or organizers.</summary>
    public async Task<IReadOnlyList<ReportBlock>> BlocksForAsync(IReadOnlyCollection<string> recipients, IReadOnlyCollection<string> uids, IReadOnlyCollection<string> organizers, CancellationToken cancellationToken = default)
    {
        if (recipients.Count == 0 || uids.Count + organizers.Count == 0 ||
            !await _anyBlock.MayHaveRowsAsync(c => database.AnyRowAsync("SELECT 1 FROM report_blocks LIMIT 1", c), cancellationToken).ConfigureAwait(false))
        {
            return [];
        }
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var r = In(command, "r", recipients.Take(1000).Select(x => x.ToLowerInvariant()));
        var values = new List<string>();
        if (uids.Count > 0)
        {
            values.Add($"(kind = 'uid' AND value IN ({In(command, "u", uids.Take(100))}))");
        }
        if (organizers.Count > 0)
        {
            values.Add($"(kind = 'organizer' AND value IN ({In(command, "o", organizers.Take(100).Select(x => x.ToLowerInvariant()))}))");
        }
        command.CommandText = $"SELECT recipient, kind, value, report_id, created_at FROM report_blocks WHERE recipient IN ({r}) AND ({string.Join(" OR ", values)})";
        return await ReadBlocksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every block of one recipient, newest first.</summary>
    public async Task<IReadOnlyList<ReportBlock>> BlocksOfAsync(string recipient, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT recipient, kind, value, report_id, created_at FROM report_blocks WHERE recipient = @r ORDER BY created_at DESC, value")
            .With("@r", recipient.Trim().ToLowerInvariant());
        return await ReadBlocksAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A campaign by id, or null.</summary>
    public async Task<Campaign?> GetCampaignAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT id, simhash, link_domains, created_at, confirmed_at, confirmed_by FROM campaigns WHERE id = @id").With("@id", id);
        var found = await ReadCampaignsAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// The campaign a copy belongs to: the one named by its fingerprint, else the nearest whose SimHash is within
    /// <see cref="Campaign.MaxDistance"/> bits; with <paramref name="confirmedOnly"/>, only confirmed campaigns.
    /// </summary>
    public async Task<Campaign?> FindCampaignAsync(string fingerprint, ulong simHash, bool confirmedOnly = false, CancellationToken cancellationToken = default)
    {
        if (confirmedOnly && !await MayHaveConfirmedCampaignsAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var bands = CampaignFingerprint.Bands(simHash);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT id, simhash, link_domains, created_at, confirmed_at, confirmed_by FROM campaigns " +
            $"WHERE (id = @id OR band0 = @b0 OR band1 = @b1 OR band2 = @b2 OR band3 = @b3){(confirmedOnly ? " AND confirmed_at IS NOT NULL" : string.Empty)} LIMIT 1000")
            .With("@id", fingerprint).With("@b0", (int)bands[0]).With("@b1", (int)bands[1]).With("@b2", (int)bands[2]).With("@b3", (int)bands[3]);
        var candidates = await ReadCampaignsAsync(command, cancellationToken).ConfigureAwait(false);
        return candidates.FirstOrDefault(c => c.Id == fingerprint)
            ?? candidates.Where(c => CampaignFingerprint.Distance(c.SimHash, simHash) <= Campaign.MaxDistance)
                .OrderBy(c => CampaignFingerprint.Distance(c.SimHash, simHash)).ThenBy(c => c.CreatedAt).FirstOrDefault();
    }

    /// <summary>False when no campaign is confirmed (as far as this node knew within the cache lifetime): nothing to look up.</summary>
    public ValueTask<bool> MayHaveConfirmedCampaignsAsync(CancellationToken cancellationToken = default) =>
        _anyConfirmed.MayHaveRowsAsync(c => database.AnyRowAsync("SELECT 1 FROM campaigns WHERE confirmed_at IS NOT NULL LIMIT 1", c), cancellationToken);

    /// <summary>Confirms a campaign as spam (or with <paramref name="confirm"/> false withdraws the confirmation); null when it does not exist.</summary>
    public async Task<Campaign?> ConfirmAsync(string id, bool confirm, string? by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var changed = await database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = confirm
                ? connection.Command("UPDATE campaigns SET confirmed_at = COALESCE(confirmed_at, @at), confirmed_by = COALESCE(confirmed_by, @by) WHERE id = @id", transaction)
                    .With("@at", at.ToUnixMs()).With("@by", by)
                : connection.Command("UPDATE campaigns SET confirmed_at = NULL, confirmed_by = NULL WHERE id = @id", transaction);
            command.With("@id", id);
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
        _anyConfirmed.Invalidate();
        return changed == 0 ? null : await GetCampaignAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps the features of a scanned campaign copy (the first copy of a fingerprint wins).</summary>
    public Task AddFeaturesAsync(string fingerprint, IReadOnlyList<string> features, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command("""
                INSERT INTO invitation_features (fingerprint, features, recorded_at) VALUES (@fp, @features, @at)
                ON CONFLICT (fingerprint) DO UPDATE SET recorded_at = excluded.recorded_at
                """, transaction).With("@fp", fingerprint).With("@features", string.Join(' ', features.Select(f => f.Replace(' ', '_')))).With("@at", at.ToUnixMs());
            command.ExecuteNonQuery();
        }, cancellationToken);

    /// <summary>The features kept for a fingerprint, or null.</summary>
    public async Task<IReadOnlyList<string>?> FeaturesAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT features FROM invitation_features WHERE fingerprint = @fp").With("@fp", fingerprint);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string s ? s.Split(' ', StringSplitOptions.RemoveEmptyEntries) : null;
    }

    /// <summary>Deletes kept features last seen before <paramref name="cutoff"/> (they follow the provenance retention); returns how many.</summary>
    public Task<int> PurgeFeaturesAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.DeleteInChunksAsync(
            $"DELETE FROM invitation_features WHERE fingerprint IN (SELECT fingerprint FROM invitation_features WHERE recorded_at < @cutoff LIMIT {PurgeChunk})",
            cutoff, PurgeChunk, cancellationToken);

    private static string In(DbCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var v in values.Distinct(StringComparer.Ordinal))
        {
            var name = "@" + prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            command.With(name, v);
            names.Add(name);
        }
        return names.Count == 0 ? "NULL" : string.Join(", ", names);
    }


    private static StoredReport ReadReport(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.StringOrNull(3), reader.StringOrNull(4), reader.GetString(5), reader.GetString(6),
        reader.StringOrNull(7), reader.Int64OrNull(8), reader.StringOrNull(9), DbExtensions.FromUnixMs(reader.GetInt64(10)));

    private static async Task<IReadOnlyList<ReportBlock>> ReadBlocksAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ReportBlock>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ReportBlock(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), DbExtensions.FromUnixMs(reader.GetInt64(4))));
        }
        return list;
    }

    private static async Task<IReadOnlyList<Campaign>> ReadCampaignsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Campaign>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Campaign(reader.GetString(0), unchecked((ulong)reader.GetInt64(1)), reader.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                DbExtensions.FromUnixMs(reader.GetInt64(3)), reader.IsDBNull(4) ? null : DbExtensions.FromUnixMs(reader.GetInt64(4)), reader.StringOrNull(5)));
        }
        return list;
    }
}
