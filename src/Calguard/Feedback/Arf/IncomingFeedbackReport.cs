using MimeKit;

namespace Calguard.Host.Feedback.Arf;

/// <summary>What an incoming ARF report (RFC 5965) says, as read by <see cref="ArfParser"/>.</summary>
public sealed record IncomingFeedbackReport
{
    /// <summary>Feedback-Type, lower-case.</summary>
    public required string FeedbackType { get; init; }

    /// <summary>User-Agent.</summary>
    public required string UserAgent { get; init; }

    /// <summary>The report's own Message-ID.</summary>
    public string? ReportMessageId { get; init; }

    /// <summary>The report's From.</summary>
    public string? Reporter { get; init; }

    /// <summary>Original-Mail-From, without angle brackets (null when absent or the null sender).</summary>
    public string? OriginalMailFrom { get; init; }

    /// <summary>Original-Rcpt-To values.</summary>
    public IReadOnlyList<string> OriginalRcptTo { get; init; } = [];

    /// <summary>Arrival-Date.</summary>
    public DateTimeOffset? ArrivalDate { get; init; }

    /// <summary>Source-IP.</summary>
    public string? SourceIp { get; init; }

    /// <summary>Reported-Domain values.</summary>
    public IReadOnlyList<string> ReportedDomains { get; init; } = [];

    /// <summary>The attached original (whole, or headers only), or null when the report attached none.</summary>
    public MimeMessage? Original { get; init; }
}
