namespace Calguard.Host.Reports;

/// <summary>
/// Acts on a stored report: reputation, the learned classifier, ARF feedback, the mail filter's learning, moving the
/// original mail to Junk. Called before the report is acknowledged, and again if the client retries, so a listener
/// must be idempotent per <see cref="AcceptedReport.Id"/> and must only queue slow work durably, never do it inline.
/// </summary>
public interface IReportListener
{
    /// <summary>Takes note of <paramref name="report"/>.</summary>
    Task OnReportAsync(AcceptedReport report, CancellationToken cancellationToken);
}
