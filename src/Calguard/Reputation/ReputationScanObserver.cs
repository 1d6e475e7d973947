using Calguard.Host.Configuration;
using Calguard.Host.Hosting;
using Calguard.Provenance;
using Calguard.Reputation;

namespace Calguard.Host.Reputation;

/// <summary>Feeds every scanned invitation's verdict to the reputation of its entities (queued, see <see cref="ReputationRecorder"/>).</summary>
public sealed class ReputationScanObserver(ReputationRecorder recorder, ReputationSettings settings, Settings engine) : IScanObserver
{
    /// <inheritdoc />
    public ValueTask OnScannedAsync(PipelineResult result, IReadOnlyList<ProvenanceRecord> records, string channel, CancellationToken cancellationToken)
    {
        var invitation = result.Scan.Invitation;
        if (!invitation.HasCalendar)
        {
            return ValueTask.CompletedTask;
        }
        var subjects = ReputationSubjects.For(invitation, settings.Model.SharedDomains);
        if (!subjects.IsEmpty)
        {
            var deliveries = result.Decisions.Count(d => d.Recipient is not null);
            recorder.Record(subjects, VerdictEvidence.Counts(result.Scan.Verdict, deliveries, engine.Engine.Scoring));
        }
        return ValueTask.CompletedTask;
    }
}
