using Calguard.Host.Reports;
using Calguard.Reputation;
using Calguard.Storage.Reputation;

namespace Calguard.Host.Reputation;

/// <summary>
/// Feeds accepted reports to the reputation of the reported invitation's entities (R24–R27): spam heavily, an
/// operator's more, not-spam as ham. Written before the report is acknowledged, once per report id.
/// </summary>
public sealed class ReputationReportListener(SqlReputationStore store, ReputationCache cache, ReputationSettings settings) : IReportListener
{
    /// <inheritdoc />
    /// <exception cref="System.Data.Common.DbException">The store failed; the report may be retried.</exception>
    public async Task OnReportAsync(AcceptedReport report, CancellationToken cancellationToken)
    {
        bool spam;
        switch (report.Kind)
        {
            case "spam":
                spam = true;
                break;
            case "not-spam":
                spam = false;
                break;
            default:
                return;
        }
        var admin = string.Equals(report.Source, "admin", StringComparison.Ordinal);
        var subjects = report.Invitations.SelectMany(r => ReputationSubjects.For(r, settings.Model.SharedDomains).All).Distinct().ToArray();
        if (subjects.Length == 0)
        {
            return;
        }
        var reporter = (admin ? "admin:" : "user:") + report.Recipient.ToLowerInvariant();
        var weight = admin ? settings.Model.AdminReportWeight : settings.Model.UserReportWeight;
        await store.ReportAsync(new ReputationReport(report.Id, reporter, spam, weight, subjects, report.ReceivedAt), settings.Model.HalfLife, cancellationToken).ConfigureAwait(false);
        cache.Invalidate(subjects);
    }
}
