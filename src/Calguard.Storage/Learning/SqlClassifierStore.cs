using System.Data.Common;
using System.Globalization;
using Calguard.Storage.Database;

namespace Calguard.Storage.Learning;

/// <summary>
/// The learned classifier's counts in the database (<c>classifier_totals</c>, <c>classifier_features</c>,
/// <c>classifier_trained</c>), so every node reads and trains the same model; Redis is not involved. Writes go
/// through the group-commit writer.
/// </summary>
public sealed class SqlClassifierStore(CalguardDatabase database)
{
    /// <summary>The items learned so far.</summary>
    public async Task<ClassifierTotals> TotalsAsync(CancellationToken cancellationToken = default)
    {
        // Every scan asks; the totals change only when the classifier is trained. Kept for CacheLifetime: training
        // through this process counts at once (TotalsChanged), through another node or the CLI within that lifetime.
        var lifetime = database.Options.CacheLifetime;
        if (lifetime > TimeSpan.Zero && Volatile.Read(ref _totals) is { } known && known.Generation == Volatile.Read(ref s_generation) &&
            known.Expires > database.Options.Time.GetUtcNow())
        {
            return known.Totals;
        }
        var generation = Volatile.Read(ref s_generation);
        var totals = await ReadTotalsAsync(cancellationToken).ConfigureAwait(false);
        if (lifetime > TimeSpan.Zero)
        {
            Volatile.Write(ref _totals, new CachedTotals(totals, generation, database.Options.Time.GetUtcNow() + lifetime));
        }
        return totals;
    }

    /// <summary>Forgets the totals kept by every store of this process: a training here has just committed.</summary>
    internal static void TotalsChanged() => Interlocked.Increment(ref s_generation);

    private static long s_generation;
    private CachedTotals? _totals;

    private sealed record CachedTotals(ClassifierTotals Totals, long Generation, DateTimeOffset Expires);

    private async Task<ClassifierTotals> ReadTotalsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT spam, ham FROM classifier_totals WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new ClassifierTotals(reader.GetInt64(0), reader.GetInt64(1)) : new ClassifierTotals(0, 0);
    }

    /// <summary>The counts of the given features that the classifier knows (unknown ones are absent).</summary>
    public async Task<IReadOnlyDictionary<string, (long Spam, long Ham)>> CountsAsync(IReadOnlyCollection<string> features, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (features.Count == 0)
        {
            return counts;
        }
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Chunks keep every statement well inside both backends' parameter limits.
        foreach (var chunk in features.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "@f" + i.ToString(CultureInfo.InvariantCulture);
                command.With(names[i], chunk[i]);
            }
            command.CommandText = $"SELECT feature, spam, ham FROM classifier_features WHERE feature IN ({string.Join(", ", names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }
        return counts;
    }

    /// <summary>Learns items in one transaction; returns what happened to each.</summary>
    public async Task<IReadOnlyList<TrainOutcome>> TrainAsync(IReadOnlyList<TrainingItem> items, CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        try
        {
            return await database.Writer.WriteAsync<IReadOnlyList<TrainOutcome>>((connection, transaction) => items.Select(i => Apply(connection, transaction, i, now)).ToArray(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TotalsChanged();
        }
    }

    /// <summary>
    /// Learns one item inside a caller's transaction: new items add their counts, an item learned with the other label
    /// first takes back exactly the features it was learned with, and an item learned with the same label changes nothing.
    /// </summary>
    internal static TrainOutcome Apply(DbConnection connection, DbTransaction transaction, TrainingItem item, DateTimeOffset now)
    {
        if (item.Features.Count == 0)
        {
            return TrainOutcome.None;
        }
        var label = item.Spam ? "spam" : "ham";
        string? previousLabel = null;
        string? previousFeatures = null;
        using (var find = connection.Command("SELECT label, features FROM classifier_trained WHERE item = @item", transaction).With("@item", item.Item))
        using (var reader = find.ExecuteReader())
        {
            if (reader.Read())
            {
                previousLabel = reader.GetString(0);
                previousFeatures = reader.GetString(1);
            }
        }
        if (previousLabel == label)
        {
            return TrainOutcome.Unchanged;
        }
        if (previousLabel is not null)
        {
            Count(connection, transaction, previousFeatures!.Split(' ', StringSplitOptions.RemoveEmptyEntries), previousLabel == "spam", -1);
        }
        var features = item.Features.Distinct(StringComparer.Ordinal).Where(f => f.Length > 0).Select(f => f.Replace(' ', '_')).ToArray();
        Count(connection, transaction, features, item.Spam, +1);
        using (var upsert = connection.Command("""
            INSERT INTO classifier_trained (item, label, features, trained_at) VALUES (@item, @label, @features, @at)
            ON CONFLICT (item) DO UPDATE SET label = excluded.label, features = excluded.features, trained_at = excluded.trained_at
            """, transaction).With("@item", item.Item).With("@label", label).With("@features", string.Join(' ', features)).With("@at", now.ToUnixMs()))
        {
            upsert.ExecuteNonQuery();
        }
        return previousLabel is null ? TrainOutcome.Learned : TrainOutcome.Relearned;
    }

    private static void Count(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> features, bool spam, int delta)
    {
        var (s, h) = spam ? (delta, 0) : (0, delta);
        using (var totals = connection.Command("UPDATE classifier_totals SET spam = spam + @s, ham = ham + @h WHERE id = 1", transaction).With("@s", s).With("@h", h))
        {
            totals.ExecuteNonQuery();
        }
        using var command = connection.Command("""
            INSERT INTO classifier_features (feature, spam, ham) VALUES (@f, @s, @h)
            ON CONFLICT (feature) DO UPDATE SET spam = classifier_features.spam + excluded.spam, ham = classifier_features.ham + excluded.ham
            """, transaction);
        var feature = command.Parameter("@f", string.Empty);
        command.Parameter("@s", (long)s);
        command.Parameter("@h", (long)h);
        foreach (var f in features)
        {
            feature.Value = f;
            command.ExecuteNonQuery();
        }
    }
}
