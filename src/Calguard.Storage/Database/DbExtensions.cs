using System.Text;
using System.Globalization;
using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Calguard.Storage.Database;

/// <summary>Small ADO.NET helpers shared by the stores.</summary>
public static class DbExtensions
{
    /// <summary>Creates a command with the given text on a connection, in an optional transaction.</summary>
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Adds a named parameter; null becomes DBNull.</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        command.Parameter(name, value);
        return command;
    }

    /// <summary>Adds a named parameter and returns it, for a prepared command run with changing values.</summary>
    public static DbParameter Parameter(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        if (value is byte[])
        {
            p.DbType = DbType.Binary;
        }
        command.Parameters.Add(p);
        return p;
    }

    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> PreparedCommands = new();

    /// <summary>
    /// A command kept for the life of <paramref name="connection"/>, one per SQL text, with its parameters created once
    /// (values null until set with <see cref="Bind"/>): the statement is prepared on its first run and reused after.
    /// Only for a connection used by one thread at a time, such as the group-commit writer's; closing the connection
    /// disposes the commands with it.
    /// </summary>
    public static DbCommand Prepared(this DbConnection connection, string sql, DbTransaction? transaction, string[] parameterNames)
    {
        var commands = PreparedCommands.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql, transaction);
            foreach (var name in parameterNames)
            {
                command.Parameter(name, null);
            }
            commands[sql] = command;
        }
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Sets the value of a <see cref="Prepared"/> command's parameter as <see cref="Parameter"/> would have created it.</summary>
    public static void Bind(this DbCommand command, int index, object? value)
    {
        var p = command.Parameters[index];
        p.ResetDbType();
        p.Value = value ?? DBNull.Value;
        if (value is byte[])
        {
            p.DbType = DbType.Binary;
        }
    }

    /// <summary>Reads a nullable string column.</summary>
    public static string? StringOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Reads a nullable 64-bit integer column.</summary>
    public static long? Int64OrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>Reads a nullable bytes column.</summary>
    public static byte[]? BytesOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (byte[])reader.GetValue(ordinal);

    /// <summary>Unix milliseconds.</summary>
    public static long ToUnixMs(this DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    /// <summary>From unix milliseconds.</summary>
    public static DateTimeOffset FromUnixMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    /// <summary>
    /// Limits a query to rows whose <c>tenant</c> is one of <paramref name="tenants"/> or a subdomain of one (null: every
    /// tenant; empty: none). The one place that writes the tenant boundary into SQL.
    /// </summary>
    public static void AndTenantIn(this DbCommand command, StringBuilder where, IReadOnlyList<string>? tenants)
    {
        if (tenants is null)
        {
            return;
        }
        if (tenants.Count == 0)
        {
            where.Append(" AND 1 = 0");
            return;
        }
        where.Append(" AND (");
        for (var i = 0; i < tenants.Count; i++)
        {
            var t = tenants[i].Trim().ToLowerInvariant();
            where.Append(i == 0 ? string.Empty : " OR ").Append(CultureInfo.InvariantCulture, $"tenant = @t{i} OR tenant LIKE @s{i}");
            command.With($"@t{i}", t).With($"@s{i}", "%." + t);
        }
        where.Append(')');
    }

    /// <summary>
    /// Runs <paramref name="deleteChunk"/> (a DELETE of at most <paramref name="chunk"/> rows older than <c>@cutoff</c>)
    /// until fewer than a chunk go, each in its own write, so a purge never holds the writer for long; returns the total.
    /// </summary>
    public static async Task<int> DeleteInChunksAsync(this CalguardDatabase database, string deleteChunk, DateTimeOffset cutoff, int chunk, CancellationToken cancellationToken)
    {
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var deleted = await database.Writer.WriteAsync((connection, transaction) =>
            {
                using var command = connection.Command(deleteChunk, transaction).With("@cutoff", cutoff.ToUnixMs());
                return command.ExecuteNonQuery();
            }, cancellationToken).ConfigureAwait(false);
            total += deleted;
            if (deleted < chunk)
            {
                break;
            }
        }
        return total;
    }
}
