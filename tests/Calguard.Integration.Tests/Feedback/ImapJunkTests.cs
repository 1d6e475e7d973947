using System.Globalization;
using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Integration.Tests.CalDav.Infrastructure;
using Calguard.Integration.Tests.Feedback.Infrastructure;
using Calguard.Storage.Feedback;
using Calguard.Tests.Feedback;
using Calguard.Tests.Infrastructure;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Calguard.Integration.Tests.Feedback;

/// <summary>
/// Mail and calendar agree (issue 5 item 7): a spam report moves the original invitation mail to the user's Junk folder
/// over IMAP, a not-spam report moves it back to the inbox — against a real Cyrus IMAP 3.6 from Debian's packages on
/// a loopback port, logged in as the user or as the Cyrus admin acting for the user (SASL PLAIN authorization id).
/// </summary>
public sealed class ImapJunkTests
{
    private static Dictionary<string, string?> Settings(int imapPort)
    {
        var settings = FeedbackMessages.Settings();
        var port = imapPort.ToString(CultureInfo.InvariantCulture);
        settings["Calguard:Feedback:Delivery:InitialDelay"] = "0.2";
        settings["Calguard:Feedback:Delivery:MaxDelay"] = "0.4";
        settings["Calguard:Feedback:Delivery:PollInterval"] = "0.2";
        settings["Calguard:Feedback:Delivery:Timeout"] = "PT10S";
        // alice with her own credential; everyone else in the domain through the admin.
        settings["Calguard:Feedback:Imap:0:Match"] = "alice@example.test";
        settings["Calguard:Feedback:Imap:0:Host"] = "127.0.0.1";
        settings["Calguard:Feedback:Imap:0:Port"] = port;
        settings["Calguard:Feedback:Imap:0:Security"] = "none";
        settings["Calguard:Feedback:Imap:0:Username"] = "alice";
        settings["Calguard:Feedback:Imap:0:Password"] = CyrusServer.Password;
        settings["Calguard:Feedback:Imap:1:Match"] = "example.test";
        settings["Calguard:Feedback:Imap:1:Host"] = "127.0.0.1";
        settings["Calguard:Feedback:Imap:1:Port"] = port;
        settings["Calguard:Feedback:Imap:1:Security"] = "none";
        settings["Calguard:Feedback:Imap:1:Username"] = "cyrus";
        settings["Calguard:Feedback:Imap:1:Password"] = CyrusServer.Password;
        settings["Calguard:Feedback:Imap:1:ProxyAuth"] = "true";
        settings["Calguard:Feedback:Imap:1:AuthorizationId"] = "{local}";
        return settings;
    }

    [Fact]
    public async Task SpamMovesTheInvitationToJunkAndNotSpamMovesItBack()
    {
        await using var cyrus = await CyrusServer.StartAsync("alice", "bob");
        await DeliverAsync(cyrus, "alice");
        await DeliverAsync(cyrus, "bob");
        await using var app = await TestApp.StartAsync(Settings(cyrus.ImapPort));

        await FeedbackTestApp.ScanAndReportAsync(app, "alice@example.test", reportId: 1);
        var moved = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Imap, i => i.Status != FeedbackStatus.Pending || i.Attempts > 1);
        Assert.True(moved.Status == FeedbackStatus.Sent, $"{moved.Status}: {moved.LastError}");
        Assert.Equal(("alice@example.test", "alice@example.test"), (moved.Recipient, moved.Target));
        Assert.Equal((0, 1), await CountAsync(cyrus, "alice"));

        // A second spam report of the same mail finds it in Junk already: done, not an error.
        await FeedbackTestApp.ScanAndReportAsync(app, "alice@example.test", reportId: 2);
        Assert.Equal(FeedbackStatus.Sent, (await Outbox.WaitAsync(app.Store.FeedbackOutbox, 2, FeedbackKinds.Imap, i => i.Status != FeedbackStatus.Pending)).Status);
        Assert.Equal((0, 1), await CountAsync(cyrus, "alice"));

        await FeedbackTestApp.ScanAndReportAsync(app, "alice@example.test", reportId: 3, kind: "not-spam");
        var back = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 3, FeedbackKinds.Imap, i => i.Status != FeedbackStatus.Pending || i.Attempts > 1);
        Assert.True(back.Status == FeedbackStatus.Sent, $"{back.Status}: {back.LastError}");
        Assert.Equal((1, 0), await CountAsync(cyrus, "alice"));

        // bob is covered by the domain entry: the admin acts for him.
        await FeedbackTestApp.ScanAndReportAsync(app, "bob@example.test", reportId: 4);
        var proxied = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 4, FeedbackKinds.Imap, i => i.Status != FeedbackStatus.Pending || i.Attempts > 1);
        Assert.True(proxied.Status == FeedbackStatus.Sent, $"{proxied.Status}: {proxied.LastError}");
        Assert.Equal("example.test", proxied.Target);
        Assert.Equal((0, 1), await CountAsync(cyrus, "bob"));
    }

    [Fact]
    public async Task AWrongPasswordIsRetriedWithTheServersAnswer()
    {
        await using var cyrus = await CyrusServer.StartAsync("alice");
        await DeliverAsync(cyrus, "alice");
        var settings = Settings(cyrus.ImapPort);
        settings["Calguard:Feedback:Imap:0:Password"] = "wrong";
        await using var app = await TestApp.StartAsync(settings);
        await FeedbackTestApp.ScanAndReportAsync(app, "alice@example.test", reportId: 1);
        var failing = await Outbox.WaitAsync(app.Store.FeedbackOutbox, 1, FeedbackKinds.Imap, i => i.Attempts >= 2);
        Assert.Equal(FeedbackStatus.Pending, failing.Status);
        Assert.Contains("refused the login of alice", failing.LastError, StringComparison.Ordinal);
        Assert.Equal((1, 0), await CountAsync(cyrus, "alice"));
    }

    private static async Task<ImapClient> LoginAsync(CyrusServer cyrus, string user)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", cyrus.ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, CyrusServer.Password);
        return client;
    }

    /// <summary>Puts the invitation mail into the user's inbox, as the MTA would have.</summary>
    private static async Task DeliverAsync(CyrusServer cyrus, string user)
    {
        using var client = await LoginAsync(cyrus, user);
        using var message = MimeMessage.Load(new MemoryStream(FeedbackMessages.Invitation($"{user}@example.test")));
        await client.Inbox.AppendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>How many copies of the invitation are in the user's INBOX and Junk (0 when Junk does not exist).</summary>
    private static async Task<(int Inbox, int Junk)> CountAsync(CyrusServer cyrus, string user)
    {
        using var client = await LoginAsync(cyrus, user);
        var query = SearchQuery.HeaderContains("Message-ID", $"inv-{user}@shop-deals.example");
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var inbox = (await client.Inbox.SearchAsync(query)).Count;
        await client.Inbox.CloseAsync();
        var junk = 0;
        var folders = await client.GetFoldersAsync(client.PersonalNamespaces[0]);
        if (folders.FirstOrDefault(f => f.Name == "Junk") is { } folder)
        {
            await folder.OpenAsync(FolderAccess.ReadOnly);
            junk = (await folder.SearchAsync(query)).Count;
        }
        await client.DisconnectAsync(true);
        return (inbox, junk);
    }
}
