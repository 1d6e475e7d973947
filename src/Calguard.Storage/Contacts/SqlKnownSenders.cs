using Calguard.Decisions;
using Calguard.Reading;
using Calguard.Storage.Caching;
using Calguard.Storage.Database;

namespace Calguard.Storage.Contacts;

/// <summary>
/// Contacts and correspondents in the database (<c>known_senders</c>), shared by every node. Like
/// <see cref="IKnownSenders"/> says, only what the recipient did feeds it: imported contacts and addresses written to.
/// While none is stored at all, <see cref="Lookup"/> skips the database for at most
/// <see cref="StorageOptions.CacheLifetime"/> (see <see cref="EmptinessCache"/>).
/// </summary>
public sealed class SqlKnownSenders(CalguardDatabase database) : IKnownSenders
{
    private const int ContactKind = 1;
    private const int CorrespondentKind = 2;
    private readonly EmptinessCache _any = new(database.Options.CacheLifetime, database.Options.Time);

    /// <inheritdoc />
    public RelationshipKind Lookup(string recipient, string address)
    {
        if (CalendarAddress.Normalise(recipient) is not { } r || CalendarAddress.Normalise(address) is not { } a || !MayHaveAny())
        {
            return RelationshipKind.Unknown;
        }
        using var connection = database.OpenConnection();
        using var command = connection.Command("SELECT MIN(kind) FROM known_senders WHERE recipient = @r AND address = @a").With("@r", r).With("@a", a);
        return command.ExecuteScalar() switch
        {
            long k when k == ContactKind => RelationshipKind.Contact,
            int k when k == ContactKind => RelationshipKind.Contact,
            long k when k == CorrespondentKind => RelationshipKind.Correspondent,
            int k when k == CorrespondentKind => RelationshipKind.Correspondent,
            _ => RelationshipKind.Unknown,
        };
    }

    /// <inheritdoc />
    public void SetContacts(string recipient, IEnumerable<string> addresses) => SetContactsAsync(recipient, addresses).GetAwaiter().GetResult();

    /// <inheritdoc />
    public void AddCorrespondents(string recipient, IEnumerable<string> addresses, DateTimeOffset when) =>
        AddCorrespondentsAsync(recipient, addresses, when).GetAwaiter().GetResult();

    /// <summary>Replaces the recipient's contacts in one transaction; returns how many distinct addresses were stored.</summary>
    /// <exception cref="ArgumentException">The recipient is not an address.</exception>
    public async Task<int> SetContactsAsync(string recipient, IEnumerable<string> addresses, CancellationToken cancellationToken = default)
    {
        var r = CalendarAddress.Normalise(recipient) ?? throw new ArgumentException($"'{recipient}' is not an address", nameof(recipient));
        var list = addresses.Select(CalendarAddress.Normalise).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var tenant = CalendarAddress.DomainOf(r) ?? string.Empty;
        var now = DateTimeOffset.UtcNow.ToUnixMs();
        var stored = await database.Writer.WriteAsync((connection, transaction) =>
        {
            using (var delete = connection.Command("DELETE FROM known_senders WHERE recipient = @r AND kind = @k", transaction).With("@r", r).With("@k", ContactKind))
            {
                delete.ExecuteNonQuery();
            }
            Insert(connection, transaction, r, tenant, ContactKind, list, now);
            return list.Length;
        }, cancellationToken).ConfigureAwait(false);
        _any.Invalidate();
        return stored;
    }

    /// <summary>Adds correspondents (or refreshes their time); returns how many distinct addresses were given.</summary>
    /// <exception cref="ArgumentException">The recipient is not an address.</exception>
    public async Task<int> AddCorrespondentsAsync(string recipient, IEnumerable<string> addresses, DateTimeOffset when, CancellationToken cancellationToken = default)
    {
        var r = CalendarAddress.Normalise(recipient) ?? throw new ArgumentException($"'{recipient}' is not an address", nameof(recipient));
        var list = addresses.Select(CalendarAddress.Normalise).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var tenant = CalendarAddress.DomainOf(r) ?? string.Empty;
        var stored = await database.Writer.WriteAsync((connection, transaction) =>
        {
            Insert(connection, transaction, r, tenant, CorrespondentKind, list, when.ToUnixMs());
            return list.Length;
        }, cancellationToken).ConfigureAwait(false);
        _any.Invalidate();
        return stored;
    }

    /// <summary>The recipient's contacts, sorted.</summary>
    public Task<IReadOnlyList<string>> ContactsAsync(string recipient, CancellationToken cancellationToken = default) => ListAsync(recipient, ContactKind, cancellationToken);

    /// <summary>The recipient's correspondents, sorted.</summary>
    public Task<IReadOnlyList<string>> CorrespondentsAsync(string recipient, CancellationToken cancellationToken = default) => ListAsync(recipient, CorrespondentKind, cancellationToken);

    private bool MayHaveAny() => _any.MayHaveRows(() => database.AnyRow("SELECT 1 FROM known_senders LIMIT 1"));

    private async Task<IReadOnlyList<string>> ListAsync(string recipient, int kind, CancellationToken cancellationToken)
    {
        var r = CalendarAddress.Normalise(recipient) ?? string.Empty;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT address FROM known_senders WHERE recipient = @r AND kind = @k ORDER BY address").With("@r", r).With("@k", kind);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(reader.GetString(0));
        }
        return list;
    }

    private static void Insert(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string recipient, string tenant, int kind, string[] addresses, long now)
    {
        if (addresses.Length == 0)
        {
            return;
        }
        using var insert = connection.Command("""
            INSERT INTO known_senders (recipient, kind, address, tenant, updated_at) VALUES (@r, @k, @a, @t, @u)
            ON CONFLICT (recipient, kind, address) DO UPDATE SET updated_at = excluded.updated_at
            """, transaction).With("@r", recipient).With("@k", kind).With("@t", tenant).With("@u", now);
        var address = insert.Parameter("@a", string.Empty);
        insert.Prepare();
        foreach (var a in addresses)
        {
            address.Value = a;
            insert.ExecuteNonQuery();
        }
    }
}
