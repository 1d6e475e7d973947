using System.Collections.Concurrent;
using Calguard.Host.Configuration;
using Calguard.Host.Hosting;
using Calguard.Host.Learning;
using Calguard.Learning;
using Calguard.Provenance;
using Calguard.Storage.Reports;

namespace Calguard.Host.Reports;

/// <summary>
/// Keeps the classifier features of each scanned campaign copy (once per fingerprint), so that a report weeks later
/// can train the classifier although raw messages are not retained. Runs after the scan is recorded.
/// </summary>
public sealed class FeatureRecorder(SqlReportStore store, ClassifierSettings classifier, Settings settings, TimeProvider time) : IScanObserver
{
    // Fingerprints written recently: copies of a campaign cost no write after the first. Cleared when full.
    private readonly ConcurrentDictionary<string, byte> _recent = new(StringComparer.Ordinal);
    private const int RecentCapacity = 100_000;

    /// <inheritdoc />
    public async ValueTask OnScannedAsync(PipelineResult result, IReadOnlyList<ProvenanceRecord> records, string channel, CancellationToken cancellationToken)
    {
        if (!classifier.LearnFromReports || records.Count == 0)
        {
            return;
        }
        var fingerprint = records[0].Fingerprint;
        if (_recent.ContainsKey(fingerprint))
        {
            return;
        }
        var features = ClassifierFeatures.Extract(result.Scan.Invitation, settings.Engine.Analysis);
        await store.AddFeaturesAsync(fingerprint, features, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (_recent.Count >= RecentCapacity)
        {
            _recent.Clear();
        }
        _recent.TryAdd(fingerprint, 0);
    }
}
