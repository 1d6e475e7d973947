namespace Calguard.Host.Reports;

/// <summary>A report as the API received it, validated: <c>POST /v1/reports</c>.</summary>
/// <param name="Recipient">The reporting recipient, normalised.</param>
/// <param name="Uid">The reported event UID, or null.</param>
/// <param name="MessageId">The reported Message-ID (without angle brackets), or null; one of the two is given.</param>
/// <param name="Spam">True for spam, false for not-spam.</param>
/// <param name="Source">user or admin.</param>
public sealed record ReportRequest(string Recipient, string? Uid, string? MessageId, bool Spam, string Source);
