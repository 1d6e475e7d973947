namespace Calguard.Host.Hosting;

/// <summary>What <see cref="ScanService"/> did with one message.</summary>
/// <param name="Result">The pipeline's result: the scan and one decision per recipient.</param>
/// <param name="ProvenanceIds">The provenance records stored, one per recipient (empty when nothing was recorded).</param>
public sealed record ScanOutcome(PipelineResult Result, IReadOnlyList<long> ProvenanceIds);
