namespace Calguard.Host.Reports;

/// <summary>A report listener failed; the report is stored, and the client should retry (the retry is idempotent).</summary>
public sealed class ReportListenerException(string listener, Exception inner)
    : Exception($"report listener {listener} failed: {inner.Message}", inner)
{
    /// <summary>The listener's type name.</summary>
    public string Listener { get; } = listener;
}
