using Calguard.Storage.Feedback;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Calguard.Host.Feedback.Senders;

/// <summary>Hands ARF reports to the configured SMTP relay with MailKit. A 5xx answer is permanent; anything else is retried.</summary>
public sealed class SmtpArfSender(FeedbackOptions options) : IFeedbackSender
{
    /// <inheritdoc />
    public string Kind => FeedbackKinds.Arf;

    /// <inheritdoc />
    public async Task SendAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        var relay = options.Smtp;
        if (relay.Host is null || options.Arf.From is null)
        {
            throw new FeedbackSendException("ARF delivery is not configured (Calguard:Feedback:Smtp:Host, Calguard:Feedback:Arf:From)", permanent: false);
        }
        if (item.Payload is null)
        {
            throw new FeedbackSendException("the item has no report to send", permanent: true);
        }
        MimeMessage message;
        using (var stream = new MemoryStream(item.Payload, writable: false))
        {
            message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        var sender = FeedbackDetail.Parse(item.Detail).EnvelopeFrom ?? options.Arf.From;
        using var client = new SmtpClient { Timeout = (int)options.Delivery.Timeout.TotalMilliseconds };
        if (relay.HeloName is { } helo)
        {
            client.LocalDomain = helo;
        }
        try
        {
            await client.ConnectAsync(relay.Host, relay.Port, Security(relay.Security), cancellationToken).ConfigureAwait(false);
            if (relay.Username is { } user)
            {
                await client.AuthenticateAsync(user, relay.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }
            await client.SendAsync(message, MailboxAddress.Parse(sender), [MailboxAddress.Parse(item.Target)], cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException e)
        {
            var permanent = (int)e.StatusCode >= 500;
            throw new FeedbackSendException($"{relay.Host}:{relay.Port} answered {(int)e.StatusCode} {e.Message.Trim()}", permanent, e);
        }
        catch (AuthenticationException e)
        {
            throw new FeedbackSendException($"{relay.Host}:{relay.Port} refused the credentials: {e.Message}", permanent: false, e);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException
            or SslHandshakeException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new FeedbackSendException($"{relay.Host}:{relay.Port}: {e.Message}", permanent: false, e);
        }
    }

    /// <summary>The MailKit socket option for a configured security name.</summary>
    public static SecureSocketOptions Security(string name) => name switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
