using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Calguard.Milter.Tests.Postfix;

/// <summary>
/// One Postfix instance for the whole collection with three SMTP services: <c>main</c> through the in-test
/// milter (fail-open), <c>plain</c> without a milter (baseline), and <c>failopen</c> pointing at a port where tests
/// start, stop or kill a second milter server.
/// </summary>
public sealed class PostfixFixture : IAsyncLifetime
{
    public const string ReplacedBody = "The calendar invitation in this message was removed by Calguard.\r\n";

    private PostfixInstance? postfix;

    internal TestMilter Milter { get; private set; } = null!;

    internal PostfixInstance Postfix => postfix!;

    /// <summary>The port the <c>failopen</c> service's milter is expected on.</summary>
    public int FailOpenMilterPort { get; } = PostfixInstance.FreePort();

    public async Task InitializeAsync()
    {
        if (!File.Exists(PostfixInstance.PostfixBinary) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return; // every test in the collection is skipped
        }

        Milter = await TestMilter.StartAsync(Decide);
        postfix = new PostfixInstance(new Dictionary<string, string>
        {
            ["main"] = $"{{ inet:127.0.0.1:{Milter.Port}, default_action=accept, connect_timeout=5s, command_timeout=10s, content_timeout=30s }}",
            ["plain"] = string.Empty,
            ["failopen"] = $"{{ inet:127.0.0.1:{FailOpenMilterPort}, default_action=accept, connect_timeout=2s, command_timeout=5s, content_timeout=10s }}",
        });
    }

    public async Task DisposeAsync()
    {
        postfix?.Dispose();
        if (Milter is not null)
        {
            await Milter.DisposeAsync();
        }
    }

    /// <summary>The test handler: the first word of the Subject says what to do.</summary>
    private static MilterDecision Decide(MilterMessage message)
    {
        string subject = message.Headers.FirstOrDefault(h => h.Name.Equals("Subject", StringComparison.OrdinalIgnoreCase))?.Value ?? string.Empty;
        return subject.Split(' ')[0] switch
        {
            "add-header" => MilterDecision.Accept()
                .AddHeader("X-Calguard-Test", $"added {message.QueueId}")
                .InsertHeader(0, "X-Calguard-First", "inserted")
                .DeleteHeader("X-Delete-Me", 2),
            "replace-body" => MilterDecision.Accept()
                .ReplaceBody(Encoding.ASCII.GetBytes(ReplacedBody))
                .ChangeHeader("Content-Type", 1, "text/plain; charset=us-ascii")
                .AddHeader("X-Calguard-Action", "sanitize"),
            "quarantine" => MilterDecision.Accept().Quarantine("calendar spam (test)"),
            "reject" => MilterDecision.Reject("550", "5.7.1", "Calendar spam rejected (100% sure)"),
            _ => MilterDecision.Accept().AddHeader("X-Calguard-Seen", "yes"),
        };
    }

    /// <summary>A multipart message with a calendar part, marked with a unique token.</summary>
    internal static MimeMessage Invite(string subject, string token)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("promo@spam.example"));
        message.To.Add(MailboxAddress.Parse("victim@example.test"));
        message.Subject = subject;
        message.MessageId = $"{token}@spam.example";
        message.Headers.Add("X-Test-Token", token);
        message.Headers.Add("X-Delete-Me", "keep");
        message.Headers.Add("X-Delete-Me", "drop");
        var calendar = new TextPart("calendar")
        {
            Text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:" + token + "\r\nSUMMARY:You won\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        };
        calendar.ContentType.Parameters.Add("method", "REQUEST");
        message.Body = new Multipart("alternative") { new TextPart("plain") { Text = "You won a prize.\r\n" }, calendar };
        return message;
    }

    internal static async Task<SmtpClient> ConnectAsync(int port)
    {
        var client = new SmtpClient { LocalDomain = "client.example", Timeout = 60_000 };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        return client;
    }

    internal static async Task SendAsync(int port, MimeMessage message)
    {
        using SmtpClient client = await ConnectAsync(port);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }
}

/// <summary>The Postfix tests share one instance and run alone, so the timings are not disturbed.</summary>
[CollectionDefinition("postfix", DisableParallelization = true)]
public sealed class PostfixCollection : ICollectionFixture<PostfixFixture>
{
}
