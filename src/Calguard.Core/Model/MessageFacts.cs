namespace Calguard;

/// <summary>The header facts of the carrier message that the rules and the provenance record use.</summary>
public sealed class MessageFacts
{
    /// <summary>An empty set of facts, for a bare iCalendar file.</summary>
    public static MessageFacts None { get; } = new();

    /// <summary>From.</summary>
    public MailAddress? From { get; init; }

    /// <summary>The From address as the header writes it; <see cref="From"/> is lower-cased.</summary>
    public string? FromAsWritten { get; init; }

    /// <summary>How many addresses From carried (more than one is unusual).</summary>
    public int FromCount { get; init; }

    /// <summary>Sender.</summary>
    public MailAddress? Sender { get; init; }

    /// <summary>Reply-To addresses.</summary>
    public IReadOnlyList<MailAddress> ReplyTo { get; init; } = [];

    /// <summary>To addresses.</summary>
    public IReadOnlyList<MailAddress> To { get; init; } = [];

    /// <summary>Cc addresses.</summary>
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    /// <summary>Return-Path (the envelope sender recorded at delivery).</summary>
    public string? ReturnPath { get; init; }

    /// <summary>Subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Message-ID without angle brackets.</summary>
    public string? MessageId { get; init; }

    /// <summary>Date.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>List-Unsubscribe or List-Id present (a bulk sender that says so).</summary>
    public bool IsList { get; init; }

    /// <summary>X-Mailer or User-Agent.</summary>
    public string? Mailer { get; init; }

    /// <summary>Domains of DKIM-Signature headers (unverified: what the message claims).</summary>
    public IReadOnlyList<string> DkimSignatureDomains { get; init; } = [];

    /// <summary>Number of Received headers.</summary>
    public int ReceivedCount { get; init; }

    /// <summary>Selected raw header values by lower-cased name (first occurrence), for configured upstream-verdict headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
