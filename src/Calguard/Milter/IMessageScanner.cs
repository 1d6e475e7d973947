using Calguard.Host.Hosting;

namespace Calguard.Host.Milter;

/// <summary>How the milter has a message judged: with recording in <c>calguard serve</c>, without in tests and tools.</summary>
public interface IMessageScanner
{
    /// <summary>Scans one message for its envelope recipients.</summary>
    /// <exception cref="System.Data.Common.DbException">Recording failed; the milter's failure action applies.</exception>
    ValueTask<PipelineResult> ScanAsync(ReadOnlyMemory<byte> message, ScanContext context, CancellationToken cancellationToken);
}

/// <summary>Runs the pipeline and records nothing.</summary>
public sealed class PipelineScanner(Pipeline pipeline) : IMessageScanner
{
    /// <inheritdoc />
    public ValueTask<PipelineResult> ScanAsync(ReadOnlyMemory<byte> message, ScanContext context, CancellationToken cancellationToken) =>
        pipeline.ProcessAsync(message, context, cancellationToken);
}

/// <summary>
/// Runs the message through <see cref="ScanService"/> on channel <c>milter</c>, so milter traffic gets provenance,
/// statistics, metrics and the scan observers exactly like the HTTP API.
/// </summary>
public sealed class RecordingScanner(ScanService scans) : IMessageScanner
{
    /// <inheritdoc />
    public async ValueTask<PipelineResult> ScanAsync(ReadOnlyMemory<byte> message, ScanContext context, CancellationToken cancellationToken) =>
        (await scans.ScanAsync(message, context, "milter", cancellationToken).ConfigureAwait(false)).Result;
}
