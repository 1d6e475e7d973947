namespace Calguard.Host.Feedback;

/// <summary>ARF reports to the sending operator (<c>Calguard:Feedback:Arf</c>; R25, R27, RFC 5965).</summary>
public sealed record ArfOptions
{
    /// <summary>Send ARF reports for spam reports. Off by default: it sends mail to third parties.</summary>
    public bool Enabled { get; init; }

    /// <summary>The From address of the reports (also the SMTP envelope sender); required when enabled.</summary>
    public string? From { get; init; }

    /// <summary>Feedback-loop addresses by sending domain; a domain also covers its subdomains. Else <c>abuse@</c> the DKIM domain.</summary>
    public IReadOnlyDictionary<string, string> FeedbackLoops { get; init; } = new Dictionary<string, string>();

    /// <summary>At most one report per campaign per reported domain within this window.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Replace the recipient's local part in Original-Rcpt-To and in the attached original (RFC 6590 style). On by default.</summary>
    public bool RedactRecipients { get; init; } = true;

    /// <summary>With redaction, a secret that makes the redacted local part a keyed hash (the same user, the same token); else the literal <c>redacted</c>.</summary>
    public string? RedactionKey { get; init; }

    /// <summary>Attach the whole original (message/rfc822) when retained; false attaches its headers only (text/rfc822-headers).</summary>
    public bool AttachOriginal { get; init; } = true;

    /// <summary>The host name put in <c>Reporting-MTA: dns; NAME</c>, or null to leave the field out.</summary>
    public string? ReportingMta { get; init; }
}
