using Calguard.Storage.Learning;
using Calguard.Storage.Reports;

namespace Calguard.Host.Reports;

/// <summary>What a report did.</summary>
/// <param name="Report">The stored report (the first one for a repeat).</param>
/// <param name="Repeated">True when it had been reported before.</param>
/// <param name="Accepted">What the listeners were given.</param>
/// <param name="Blocked">Blocks made (spam): (kind, value).</param>
/// <param name="Unblocked">Blocks removed (not-spam): (kind, value).</param>
/// <param name="Training">What the classifier did.</param>
/// <param name="Matches">The other recipients of the same campaign, with the UIDs to remove.</param>
public sealed record ReportOutcome(
    StoredReport Report, bool Repeated, AcceptedReport Accepted, IReadOnlyList<(string Kind, string Value)> Blocked,
    IReadOnlyList<(string Kind, string Value)> Unblocked, TrainOutcome Training, IReadOnlyList<CampaignCopy> Matches);
