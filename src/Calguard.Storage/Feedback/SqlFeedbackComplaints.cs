using System.Globalization;
using Calguard.Storage.Database;

namespace Calguard.Storage.Feedback;

/// <summary>Complaints in the <c>feedback_complaints</c> table.</summary>
public sealed class SqlFeedbackComplaints(CalguardDatabase database) : IFeedbackComplaints
{
    /// <inheritdoc />
    public Task<(long Id, bool Duplicate)> AddAsync(FeedbackComplaint complaint, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            using (var insert = connection.Command("""
                INSERT INTO feedback_complaints (account, tenant, feedback_type, received_at, report_message_id, reporter, user_agent, arrival_date,
                    original_mail_from, original_rcpt_to, source_ip, reported_domain, message_id, provenance_id, matched_by)
                VALUES (@account, @tenant, @type, @received, @rmid, @reporter, @ua, @arrival, @mailfrom, @rcptto, @ip, @domain, @mid, @prov, @matched)
                ON CONFLICT (report_message_id) DO NOTHING
                RETURNING id
                """, transaction)
                .With("@account", complaint.Account.ToLowerInvariant()).With("@tenant", complaint.Tenant).With("@type", complaint.FeedbackType)
                .With("@received", complaint.ReceivedAt.ToUnixMs()).With("@rmid", complaint.ReportMessageId).With("@reporter", complaint.Reporter)
                .With("@ua", complaint.UserAgent).With("@arrival", complaint.ArrivalDate?.ToUnixMs()).With("@mailfrom", complaint.OriginalMailFrom)
                .With("@rcptto", complaint.OriginalRcptTo).With("@ip", complaint.SourceIp).With("@domain", complaint.ReportedDomain)
                .With("@mid", complaint.MessageId).With("@prov", complaint.ProvenanceId).With("@matched", complaint.MatchedBy))
            {
                if (insert.ExecuteScalar() is { } id and not DBNull)
                {
                    return (Convert.ToInt64(id, CultureInfo.InvariantCulture), false);
                }
            }
            using var existing = connection.Command("SELECT id FROM feedback_complaints WHERE report_message_id = @rmid", transaction).With("@rmid", complaint.ReportMessageId);
            return (Convert.ToInt64(existing.ExecuteScalar(), CultureInfo.InvariantCulture), true);
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<int> CountAsync(string account, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT COUNT(*) FROM feedback_complaints WHERE account = @account AND received_at >= @since AND feedback_type <> 'not-spam'")
            .With("@account", account.Trim().ToLowerInvariant()).With("@since", since.ToUnixMs());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.Writer.WriteAsync((connection, transaction) =>
        {
            using var command = connection.Command("DELETE FROM feedback_complaints WHERE received_at < @cutoff", transaction).With("@cutoff", cutoff.ToUnixMs());
            return command.ExecuteNonQuery();
        }, cancellationToken);
}
