using System.Diagnostics;
using Calguard.Provenance;
using Calguard.Storage;
using Microsoft.Extensions.Options;

namespace Calguard.Host.Hosting;

/// <summary>
/// The one place a served surface runs a message: the <see cref="Pipeline"/>, then the record stage — provenance per
/// recipient (R26), statistics, metrics. The HTTP API calls it, and so should the milter listener and any later
/// surface in the same host (take it from DI), so that every channel is recorded alike.
/// </summary>
public sealed class ScanService(Pipeline pipeline, CalguardStore store, CalguardMetrics metrics, IOptions<HostSettings> settings, TimeProvider time,
    IEnumerable<IScanObserver> observers)
{
    private readonly IScanObserver[] _observers = [.. observers];
    private readonly HostSettings _settings = settings.Value;

    /// <summary>The pipeline.</summary>
    public Pipeline Pipeline => pipeline;

    /// <summary>Scans a message and records it; returns once the records are durably stored.</summary>
    /// <param name="data">The message (or bare iCalendar file).</param>
    /// <param name="context">Envelope and connection facts; its recipients get one decision and one provenance record each.</param>
    /// <param name="channel">How it arrived: <c>api</c>, <c>milter</c>, … (provenance and metrics label).</param>
    /// <param name="cancellationToken">Cancels before recording starts; a write once queued completes.</param>
    /// <exception cref="System.Data.Common.DbException">The store failed; nothing of this message was acknowledged.</exception>
    public async Task<ScanOutcome> ScanAsync(ReadOnlyMemory<byte> data, ScanContext context, string channel, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        PipelineResult result;
        try
        {
            result = await pipeline.ProcessAsync(data, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (Count(channel))
        {
            throw;
        }
        metrics.ScanDuration.WithLabels(channel).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        cancellationToken.ThrowIfCancellationRequested();

        var recording = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        IReadOnlyList<ProvenanceRecord> records = _settings.ProvenanceEnabled && result.Scan.Invitation.HasCalendar
            ? ProvenanceRecord.Create(result, channel, now, _settings.KeepRawMessages, data)
            : [];
        var increments = ScanStatistics.For(result, _settings.UpstreamSpam, DateOnly.FromDateTime(now.UtcDateTime));
        // Not cancellable from here on: the caller may go, the message is recorded whole or not at all.
        var ids = await store.RecordAsync(records, increments, CancellationToken.None).ConfigureAwait(false);
        metrics.RecordDuration.Observe(Stopwatch.GetElapsedTime(recording).TotalSeconds);

        foreach (var observer in _observers)
        {
            // Observers learn from traffic (reputation, campaigns); the message is already recorded and must not fail on them.
            try
            {
                await observer.OnScannedAsync(result, records, channel, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception)
            {
                metrics.Failures.WithLabels(channel + "-observer").Inc();
            }
        }

        metrics.Scans.WithLabels(channel).Inc();
        metrics.Verdicts.WithLabels(result.Scan.Verdict.Name).Inc();
        foreach (var d in result.Decisions)
        {
            metrics.Decisions.WithLabels(Decisions.DecisionActionNames.ToName(d.Decision.Action)).Inc();
        }
        return new ScanOutcome(result, ids);
    }

    private bool Count(string channel)
    {
        metrics.Failures.WithLabels(channel).Inc();
        return false;
    }
}
