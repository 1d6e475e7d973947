namespace Calguard.Storage.Feedback;

/// <summary>
/// One thing the feedback outbox delivers for a report: an ARF report by SMTP, the original to the mail filter's
/// learning interface, or a move of the original mail between IMAP folders. Built when the report is accepted (so it
/// no longer depends on provenance retention), delivered later by the delivery service, with retries.
/// </summary>
public sealed record FeedbackItem
{
    /// <summary>Store id (0 until stored).</summary>
    public long Id { get; init; }

    /// <summary>The report it was made for.</summary>
    public required long ReportId { get; init; }

    /// <summary>What to do: one of <see cref="FeedbackKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Unique per report and action, so that a listener called twice for one report enqueues once.</summary>
    public required string DedupeKey { get; init; }

    /// <summary>The reporting recipient, lower-case.</summary>
    public required string Recipient { get; init; }

    /// <summary>The tenant: the recipient's domain.</summary>
    public string Tenant => Reading.CalendarAddress.DomainOf(Recipient) ?? string.Empty;

    /// <summary>Where it goes: the ARF's envelope recipient, the learning URL or spool directory, the IMAP account.</summary>
    public required string Target { get; init; }

    /// <summary>Kind-specific parameters as JSON (empty object when none).</summary>
    public string Detail { get; init; } = "{}";

    /// <summary>The bytes to send: the built ARF message, or the original message to learn from.</summary>
    public byte[]? Payload { get; init; }

    /// <summary>One of <see cref="FeedbackStatus"/>.</summary>
    public string Status { get; init; } = FeedbackStatus.Pending;

    /// <summary>Delivery attempts started so far.</summary>
    public int Attempts { get; init; }

    /// <summary>When it was enqueued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it is due (next attempt, or the end of a running attempt's lease).</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>When it was sent, given up or suppressed.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why the last attempt failed, why it was given up, or why it was suppressed.</summary>
    public string? LastError { get; init; }
}
