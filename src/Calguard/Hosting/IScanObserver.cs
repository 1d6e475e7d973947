using Calguard.Provenance;

namespace Calguard.Host.Hosting;

/// <summary>
/// Sees every message <see cref="ScanService"/> has scanned and recorded, on every channel (API, milter): reputation
/// and campaign tracking learn from traffic here. Register in DI; failures are counted, never passed to the caller.
/// </summary>
public interface IScanObserver
{
    /// <summary>Called after the records of <paramref name="result"/> are durably stored.</summary>
    /// <param name="result">The pipeline's result.</param>
    /// <param name="records">The stored provenance records (empty when provenance is off or there was no calendar).</param>
    /// <param name="channel">api, milter, …</param>
    /// <param name="cancellationToken">Cancellation.</param>
    ValueTask OnScannedAsync(PipelineResult result, IReadOnlyList<ProvenanceRecord> records, string channel, CancellationToken cancellationToken);
}
