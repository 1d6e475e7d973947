using Calguard.Storage.Feedback;

namespace Calguard.Host.Feedback;

/// <summary>Delivers one kind of outbox item (SMTP, rspamd, SpamAssassin spool, IMAP).</summary>
public interface IFeedbackSender
{
    /// <summary>The <see cref="FeedbackKinds"/> value it delivers.</summary>
    string Kind { get; }

    /// <summary>Delivers <paramref name="item"/>; returns when done.</summary>
    /// <exception cref="FeedbackSendException">It failed; permanently or not.</exception>
    Task SendAsync(FeedbackItem item, CancellationToken cancellationToken);
}
