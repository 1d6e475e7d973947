using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Calguard.Storage.Database;

namespace Calguard.Storage.Outbound;

/// <summary>
/// The outbound check's tables (migration 4): every decision with its reasons, the held invitations an operator
/// releases or drops, and the recipients each account already wrote to. Shared by every node through the database.
/// </summary>
public sealed class SqlOutboundStore(CalguardDatabase database)
{
    private const string DecisionColumns = "id, account, tenant, organizer, channel, origin, decision, reasons, uid, summary, attendees, " +
                                           "external_attendees, client_ip, user_agent, fingerprint, created_at";

    private const string HeldColumns = "id, account, tenant, organizer, origin, uid, summary, attendees, calendar, reasons, client_ip, status, " +
                                       "created_at, decided_at, decided_by";

    /// <summary>
    /// Records one decision in one transaction: the decision, the held invitation when there is one, and the recipients
    /// the invitation goes to (only when it is sent). Returns the decision's id once committed.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="held">The invitation to hold, or null.</param>
    /// <param name="sentTo">Recipients the invitation is sent to: remembered as written to.</param>
    /// <param name="countedToday">Those of <paramref name="sentTo"/> that counted as distinct recipients of the day.</param>
    /// <param name="cancellationToken">Cancels before the write is queued.</param>
    public Task<long> RecordAsync(OutboundDecisionRecord decision, HeldInvitation? held, IReadOnlyList<string> sentTo, IReadOnlySet<string> countedToday,
        CancellationToken cancellationToken = default)
    {
        return database.Writer.WriteAsync((connection, transaction) =>
        {
            long id;
            using (var insert = connection.Command($"""
                INSERT INTO outbound_decisions (account, tenant, organizer, channel, origin, decision, reasons, uid, summary, attendees,
                    external_attendees, client_ip, user_agent, fingerprint, created_at)
                VALUES (@account, @tenant, @organizer, @channel, @origin, @decision, @reasons, @uid, @summary, @attendees, @external, @ip, @ua, @fp, @at)
                RETURNING id
                """, transaction)
                .With("@account", decision.Account).With("@tenant", decision.Tenant).With("@organizer", decision.Organizer)
                .With("@channel", decision.Channel).With("@origin", decision.Origin).With("@decision", decision.Decision)
                .With("@reasons", WriteReasons(decision.Reasons)).With("@uid", decision.Uid).With("@summary", decision.Summary)
                .With("@attendees", decision.Attendees).With("@external", decision.ExternalAttendees).With("@ip", decision.ClientIp)
                .With("@ua", decision.UserAgent).With("@fp", decision.Fingerprint).With("@at", decision.CreatedAt.ToUnixMs()))
            {
                id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            if (held is not null)
            {
                using var hold = connection.Command("""
                    INSERT INTO outbound_held (id, account, tenant, organizer, origin, uid, summary, attendees, calendar, reasons, client_ip, status, created_at)
                    VALUES (@id, @account, @tenant, @organizer, @origin, @uid, @summary, @attendees, @calendar, @reasons, @ip, 'held', @at)
                    """, transaction)
                    .With("@id", id).With("@account", held.Account).With("@tenant", held.Tenant).With("@organizer", held.Organizer)
                    .With("@origin", held.Origin).With("@uid", held.Uid).With("@summary", held.Summary).With("@attendees", WriteAttendees(held.Attendees))
                    .With("@calendar", held.Calendar).With("@reasons", WriteReasons(held.Reasons)).With("@ip", held.ClientIp)
                    .With("@at", held.CreatedAt.ToUnixMs());
                hold.ExecuteNonQuery();
            }
            Remember(connection, transaction, decision.Account, sentTo, countedToday, decision.CreatedAt.ToUnixMs());
            return id;
        }, cancellationToken);
    }

    /// <summary>Remembers recipients an account wrote to outside a check (a released held invitation).</summary>
    public Task RememberAsync(string account, IReadOnlyList<string> sentTo, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) => Remember(connection, transaction, account, sentTo, new HashSet<string>(), at.ToUnixMs()), cancellationToken);

    private static void Remember(DbConnection connection, DbTransaction transaction, string account, IReadOnlyList<string> sentTo, IReadOnlySet<string> counted, long now)
    {
        if (sentTo.Count == 0)
        {
            return;
        }
        using var upsert = connection.Command("""
            INSERT INTO outbound_recipients (account, address, first_at, last_at, counted_at) VALUES (@account, @address, @now, @now, @counted)
            ON CONFLICT (account, address) DO UPDATE SET last_at = excluded.last_at,
                counted_at = CASE WHEN excluded.counted_at > outbound_recipients.counted_at THEN excluded.counted_at ELSE outbound_recipients.counted_at END
            """, transaction).With("@account", account).With("@now", now);
        var address = upsert.Parameter("@address", string.Empty);
        var countedAt = upsert.Parameter("@counted", 0L);
        upsert.Prepare();
        foreach (var a in sentTo)
        {
            address.Value = a;
            // Not counted today: keep the old mark (0 never wins over it), so the day's distinct count stays anchored.
            countedAt.Value = counted.Contains(a) ? now : 0L;
            upsert.ExecuteNonQuery();
        }
    }

    /// <summary>Which of <paramref name="addresses"/> the account already wrote to.</summary>
    public async Task<IReadOnlyDictionary<string, KnownRecipient>> KnownRecipientsAsync(string account, IReadOnlyList<string> addresses, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, KnownRecipient>(StringComparer.Ordinal);
        if (addresses.Count == 0)
        {
            return found;
        }
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in addresses.Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT address, first_at, counted_at FROM outbound_recipients WHERE account = @account AND address IN (");
            command.With("@account", account);
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "@a0" : string.Create(CultureInfo.InvariantCulture, $", @a{i}"));
                command.With(string.Create(CultureInfo.InvariantCulture, $"@a{i}"), chunk[i]);
            }
            command.CommandText = sql.Append(')').ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var a = reader.GetString(0);
                found[a] = new KnownRecipient(a, DbExtensions.FromUnixMs(reader.GetInt64(1)), DbExtensions.FromUnixMs(reader.GetInt64(2)));
            }
        }
        return found;
    }

    /// <summary>Held invitations, oldest first.</summary>
    public async Task<IReadOnlyList<HeldInvitation>> ListHeldAsync(HeldQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("id > @after");
        command.With("@after", query.AfterId);
        if (query.Status is { } status)
        {
            where.Append(" AND status = @status");
            command.With("@status", HeldStatusNames.ToName(status));
        }
        if (query.Account is { } account)
        {
            where.Append(" AND account = @account");
            command.With("@account", account);
        }
        command.AndTenantIn(where, query.Tenants);
        command.CommandText = $"SELECT {HeldColumns} FROM outbound_held WHERE {where} ORDER BY id LIMIT {Math.Clamp(query.Limit, 1, 1000)}";
        return await ReadHeldAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One held invitation, or null.</summary>
    public async Task<HeldInvitation?> GetHeldAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {HeldColumns} FROM outbound_held WHERE id = @id").With("@id", id);
        var found = await ReadHeldAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// Releases or drops a held invitation, only while it is still held (two operators cannot both act on it).
    /// Returns true when this call changed it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="status"/> is <see cref="HeldStatus.Held"/>.</exception>
    public Task<bool> DecideHeldAsync(long id, HeldStatus status, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (status == HeldStatus.Held)
        {
            throw new ArgumentException("a held invitation is released or dropped", nameof(status));
        }
        return database.Writer.WriteAsync((connection, transaction) =>
        {
            using var update = connection.Command("UPDATE outbound_held SET status = @status, decided_at = @at, decided_by = @by WHERE id = @id AND status = 'held'", transaction)
                .With("@status", HeldStatusNames.ToName(status)).With("@at", at.ToUnixMs()).With("@by", by).With("@id", id);
            return update.ExecuteNonQuery() == 1;
        }, cancellationToken);
    }

    /// <summary>Recorded decisions, newest first.</summary>
    public async Task<IReadOnlyList<OutboundDecisionRecord>> DecisionsAsync(string? account, string? decision, IReadOnlyList<string>? tenants, int limit,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("1 = 1");
        if (account is not null)
        {
            where.Append(" AND account = @account");
            command.With("@account", account);
        }
        if (decision is not null)
        {
            where.Append(" AND decision = @decision");
            command.With("@decision", decision);
        }
        command.AndTenantIn(where, tenants);
        command.CommandText = $"SELECT {DecisionColumns} FROM outbound_decisions WHERE {where} ORDER BY id DESC LIMIT {Math.Clamp(limit, 1, 1000)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<OutboundDecisionRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new OutboundDecisionRecord
            {
                Id = reader.GetInt64(0),
                Account = reader.GetString(1),
                Tenant = reader.GetString(2),
                Organizer = reader.GetString(3),
                Channel = reader.GetString(4),
                Origin = reader.GetString(5),
                Decision = reader.GetString(6),
                Reasons = ReadReasons(reader.GetString(7)),
                Uid = reader.StringOrNull(8),
                Summary = reader.StringOrNull(9),
                Attendees = Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture),
                ExternalAttendees = Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
                ClientIp = reader.StringOrNull(12),
                UserAgent = reader.StringOrNull(13),
                Fingerprint = reader.StringOrNull(14),
                CreatedAt = DbExtensions.FromUnixMs(reader.GetInt64(15)),
            });
        }
        return list;
    }

    /// <summary>
    /// Deletes decisions and held invitations older than their cutoffs, recipients not written to since theirs, and the
    /// oldest recipients of any account beyond <paramref name="maxRecipientsPerAccount"/> (the set stays bounded).
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset decisionsBefore, DateTimeOffset heldBefore, DateTimeOffset recipientsBefore, int maxRecipientsPerAccount,
        CancellationToken cancellationToken = default)
    {
        return await database.Writer.WriteAsync((connection, transaction) =>
        {
            var deleted = 0;
            deleted += Exec(connection, transaction, "DELETE FROM outbound_decisions WHERE created_at < @t", decisionsBefore.ToUnixMs());
            deleted += Exec(connection, transaction, "DELETE FROM outbound_held WHERE created_at < @t", heldBefore.ToUnixMs());
            deleted += Exec(connection, transaction, "DELETE FROM outbound_recipients WHERE last_at < @t", recipientsBefore.ToUnixMs());
            deleted += Exec(connection, transaction, """
                DELETE FROM outbound_recipients WHERE (account, address) IN (
                    SELECT account, address FROM (
                        SELECT account, address, ROW_NUMBER() OVER (PARTITION BY account ORDER BY last_at DESC, address) AS n FROM outbound_recipients) ranked
                    WHERE n > @t)
                """, maxRecipientsPerAccount);
            return deleted;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static int Exec(DbConnection connection, DbTransaction transaction, string sql, long value)
    {
        using var command = connection.Command(sql, transaction).With("@t", value);
        return command.ExecuteNonQuery();
    }


    private static async Task<IReadOnlyList<HeldInvitation>> ReadHeldAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<HeldInvitation>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new HeldInvitation
            {
                Id = reader.GetInt64(0),
                Account = reader.GetString(1),
                Tenant = reader.GetString(2),
                Organizer = reader.GetString(3),
                Origin = reader.GetString(4),
                Uid = reader.StringOrNull(5),
                Summary = reader.StringOrNull(6),
                Attendees = ReadAttendees(reader.GetString(7)),
                Calendar = reader.GetString(8),
                Reasons = ReadReasons(reader.GetString(9)),
                ClientIp = reader.StringOrNull(10),
                Status = HeldStatusNames.Parse(reader.GetString(11)) ?? HeldStatus.Held,
                CreatedAt = DbExtensions.FromUnixMs(reader.GetInt64(12)),
                DecidedAt = reader.Int64OrNull(13) is { } d ? DbExtensions.FromUnixMs(d) : null,
                DecidedBy = reader.StringOrNull(14),
            });
        }
        return list;
    }

    private static string WriteReasons(IReadOnlyList<OutboundReason> reasons) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var r in reasons)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteString("detail", r.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static string WriteAttendees(IReadOnlyList<OutboundAttendee> attendees) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var a in attendees)
        {
            w.WriteStartObject();
            w.WriteString("address", a.Address);
            w.WriteBoolean("internal", a.Internal);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static IReadOnlyList<OutboundReason> ReadReasons(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => new OutboundReason(e.GetProperty("name").GetString() ?? string.Empty, e.GetProperty("detail").GetString() ?? string.Empty)).ToArray();
    }

    private static IReadOnlyList<OutboundAttendee> ReadAttendees(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => new OutboundAttendee(e.GetProperty("address").GetString() ?? string.Empty, e.GetProperty("internal").GetBoolean())).ToArray();
    }
}
