namespace Calguard.Storage.Feedback;

/// <summary>The kinds of outbox items.</summary>
public static class FeedbackKinds
{
    /// <summary>An ARF report (RFC 5965) by SMTP to the sender's operator (R25, R27).</summary>
    public const string Arf = "arf";

    /// <summary>The original message to rspamd's controller (<c>/learnspam</c> or <c>/learnham</c>).</summary>
    public const string Rspamd = "rspamd";

    /// <summary>The original message into a SpamAssassin <c>sa-learn</c> spool directory.</summary>
    public const string SpamAssassin = "spamassassin";

    /// <summary>Move the original invitation mail to the user's Junk folder, or back to INBOX, over IMAP.</summary>
    public const string Imap = "imap";
}
