namespace Calguard.Storage.Feedback;

/// <summary>
/// An incoming ARF report (RFC 5965) about an invitation one of the service's own accounts sent, matched to that
/// account: the outbound check counts these as the account's complaints (<c>IOutboundComplaints</c>).
/// </summary>
public sealed record FeedbackComplaint
{
    /// <summary>Store id (0 until stored).</summary>
    public long Id { get; init; }

    /// <summary>The sending account the report is about, lower-case.</summary>
    public required string Account { get; init; }

    /// <summary>The tenant: the account's domain.</summary>
    public string Tenant => Reading.CalendarAddress.DomainOf(Account) ?? string.Empty;

    /// <summary>Feedback-Type: abuse, fraud, virus, other, not-spam, auth-failure, …</summary>
    public required string FeedbackType { get; init; }

    /// <summary>When Calguard received it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The report's own Message-ID: the same report posted twice is stored once.</summary>
    public string? ReportMessageId { get; init; }

    /// <summary>Who sent the report (its From).</summary>
    public string? Reporter { get; init; }

    /// <summary>User-Agent of the report.</summary>
    public string? UserAgent { get; init; }

    /// <summary>Arrival-Date: when the reporter received the original.</summary>
    public DateTimeOffset? ArrivalDate { get; init; }

    /// <summary>Original-Mail-From.</summary>
    public string? OriginalMailFrom { get; init; }

    /// <summary>Original-Rcpt-To (the first, when there are several).</summary>
    public string? OriginalRcptTo { get; init; }

    /// <summary>Source-IP.</summary>
    public string? SourceIp { get; init; }

    /// <summary>Reported-Domain (the first).</summary>
    public string? ReportedDomain { get; init; }

    /// <summary>Message-ID of the reported original.</summary>
    public string? MessageId { get; init; }

    /// <summary>The outbound provenance record of the original, when one was found.</summary>
    public long? ProvenanceId { get; init; }

    /// <summary>How the account was found: <c>provenance</c>, <c>original-mail-from</c> or <c>original-from</c>.</summary>
    public required string MatchedBy { get; init; }
}
