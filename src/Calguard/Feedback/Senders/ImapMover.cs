using System.Net;
using Calguard.Storage.Feedback;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;

namespace Calguard.Host.Feedback.Senders;

/// <summary>
/// Moves the original invitation mail, found by Message-ID, to the user's Junk folder for a spam report and back to the
/// inbox for a not-spam report, so that mail and calendar agree (issue 5 item 7). It logs in with the user's own
/// credential or as an admin acting for the user (SASL PLAIN authorization id). Finding the mail already where it
/// should be counts as done, so a retried move is harmless.
/// </summary>
public sealed class ImapMover(FeedbackOptions options) : IFeedbackSender
{
    /// <summary>Attempts after which a message that is in neither folder is given up (it was deleted or filed elsewhere).</summary>
    public const int NotFoundAttempts = 3;

    /// <inheritdoc />
    public string Kind => FeedbackKinds.Imap;

    /// <inheritdoc />
    public async Task SendAsync(FeedbackItem item, CancellationToken cancellationToken)
    {
        var account = options.ImapFor(item.Recipient)
            ?? throw new FeedbackSendException($"no Calguard:Feedback:Imap entry covers {item.Recipient} any more", permanent: true);
        var detail = FeedbackDetail.Parse(item.Detail);
        if (detail.MessageId is not { } messageId)
        {
            throw new FeedbackSendException("the item has no Message-ID", permanent: true);
        }
        var toJunk = detail.Direction != LearnDirection.Ham;
        using var client = new ImapClient { Timeout = (int)options.Delivery.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(account.Host, account.Port, SmtpArfSender.Security(account.Security), cancellationToken).ConfigureAwait(false);
            if (account.ProxyAuth)
            {
                var plain = new SaslMechanismPlain(new NetworkCredential(account.Username, account.Password)) { AuthorizationId = account.AuthorizationIdFor(item.Recipient) };
                await client.AuthenticateAsync(plain, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await client.AuthenticateAsync(account.Username, account.Password, cancellationToken).ConfigureAwait(false);
            }
            var inbox = account.Inbox.Equals("INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(account.Inbox, cancellationToken).ConfigureAwait(false);
            var junk = await JunkAsync(client, account, cancellationToken).ConfigureAwait(false);
            var (from, to) = toJunk ? (inbox, junk) : (junk, inbox);

            var query = SearchQuery.HeaderContains("Message-ID", messageId);
            await from.OpenAsync(FolderAccess.ReadWrite, cancellationToken).ConfigureAwait(false);
            var found = await from.SearchAsync(query, cancellationToken).ConfigureAwait(false);
            if (found.Count > 0)
            {
                await from.MoveToAsync(found, to, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await from.CloseAsync(expunge: false, cancellationToken).ConfigureAwait(false);
                await to.OpenAsync(FolderAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
                if ((await to.SearchAsync(query, cancellationToken).ConfigureAwait(false)).Count == 0)
                {
                    throw new FeedbackSendException($"<{messageId}> is in neither {from.FullName} nor {to.FullName} of {item.Recipient}",
                        permanent: item.Attempts >= NotFoundAttempts);
                }
            }
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (AuthenticationException e)
        {
            throw new FeedbackSendException($"{account.Host}:{account.Port} refused the login of {account.Username}: {e.Message}", permanent: false, e);
        }
        catch (Exception e) when (e is ImapCommandException or ImapProtocolException or FolderNotFoundException or IOException or System.Net.Sockets.SocketException
            or ServiceNotConnectedException or SslHandshakeException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new FeedbackSendException($"{account.Host}:{account.Port}: {e.Message}", permanent: false, e);
        }
    }

    private static async Task<IMailFolder> JunkAsync(ImapClient client, ImapAccountOptions account, CancellationToken cancellationToken)
    {
        if ((client.Capabilities & ImapCapabilities.SpecialUse) != 0 && client.GetFolder(SpecialFolder.Junk) is { } special)
        {
            return special;
        }
        try
        {
            return await client.GetFolderAsync(account.Junk, cancellationToken).ConfigureAwait(false);
        }
        catch (FolderNotFoundException)
        {
            // A user who never had spam has no Junk folder yet: make it where the namespace puts top-level folders.
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(account.Junk, isMessageFolder: true, cancellationToken).ConfigureAwait(false)
                ?? throw new FeedbackSendException($"{account.Host}: could not create the folder {account.Junk}", permanent: false);
        }
    }
}
