using Prometheus;

namespace Calguard.Host.Hosting;

/// <summary>The Prometheus metrics of one host, in its own registry (so several hosts in one test process stay apart).</summary>
public sealed class CalguardMetrics
{
    /// <summary>Creates the metrics in a new registry.</summary>
    public CalguardMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        RuntimeMetrics.Register(Registry);
        var factory = Metrics.WithCustomRegistry(Registry);
        Scans = factory.CreateCounter("calguard_scans_total", "Messages scanned, by channel (api, milter, …).", "channel");
        Verdicts = factory.CreateCounter("calguard_verdicts_total", "Verdicts, by verdict (clean, suspicious, spam).", "verdict");
        Decisions = factory.CreateCounter("calguard_decisions_total", "Decisions per recipient, by action.", "action");
        ScanDuration = factory.CreateHistogram("calguard_scan_duration_seconds", "Time to read, analyse, score and decide one message.",
            new HistogramConfiguration
            {
                LabelNames = ["channel"],
                Buckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
            });
        RecordDuration = factory.CreateHistogram("calguard_record_duration_seconds", "Time to store provenance and statistics of one message (durable commit).",
            new HistogramConfiguration { Buckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1] });
        Failures = factory.CreateCounter("calguard_scan_failures_total", "Scans that failed with an internal error, by channel.", "channel");
        OutboundChecks = factory.CreateCounter("calguard_outbound_checks_total", "Outbound invitation checks, by channel (api, milter) and decision (allow, challenge, hold, deny).", "channel", "decision");
        OutboundReasons = factory.CreateCounter("calguard_outbound_reasons_total", "Reasons given by outbound checks, by reason name.", "reason");
        OutboundHeld = factory.CreateCounter("calguard_outbound_held_total", "Held outbound invitations, by action (held, released, dropped).", "action");
        OutboundDuration = factory.CreateHistogram("calguard_outbound_check_duration_seconds", "Time to check, count and record one outbound invitation.",
            new HistogramConfiguration
            {
                LabelNames = ["channel"],
                Buckets = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
            });
    }

    /// <summary>The registry <c>/metrics</c> exports.</summary>
    public CollectorRegistry Registry { get; }

    /// <summary>Messages scanned.</summary>
    public Counter Scans { get; }

    /// <summary>Verdicts.</summary>
    public Counter Verdicts { get; }

    /// <summary>Decisions.</summary>
    public Counter Decisions { get; }

    /// <summary>Pipeline latency.</summary>
    public Histogram ScanDuration { get; }

    /// <summary>Recording latency.</summary>
    public Histogram RecordDuration { get; }

    /// <summary>Internal errors.</summary>
    public Counter Failures { get; }

    /// <summary>Outbound checks by channel and decision.</summary>
    public Counter OutboundChecks { get; }

    /// <summary>Outbound reasons by name.</summary>
    public Counter OutboundReasons { get; }

    /// <summary>Held outbound invitations by action.</summary>
    public Counter OutboundHeld { get; }

    /// <summary>Outbound check latency.</summary>
    public Histogram OutboundDuration { get; }
}
