using System.Collections.Concurrent;
using System.Text;
using MailKit.Net.Smtp;
using Calguard.Milter.Protocol;
using MimeKit;

namespace Calguard.Milter.Tests.Postfix;

/// <summary>End to end through a real Postfix 3.7 (Debian): SMTP in, milter decisions applied, Maildir out.</summary>
[Collection("postfix")]
public class PostfixEndToEndTests(PostfixFixture fixture)
{
    private static string Token() => Guid.NewGuid().ToString("N");

    private static Func<MimeMessage, bool> ByToken(string token) => m => m.Headers["X-Test-Token"] == token;

    [PostfixFact]
    public async Task Added_header_arrives_in_the_maildir()
    {
        string token = Token();
        await PostfixFixture.SendAsync(fixture.Postfix.Port("main"), PostfixFixture.Invite("add-header please", token));
        var (_, delivered) = Assert.Single(await fixture.Postfix.WaitForDeliveryAsync(ByToken(token)));

        MilterMessage seen = fixture.Milter.Messages.Single(m => m.Headers.Any(h => h.Value == token));
        Assert.StartsWith("added ", delivered.Headers["X-Calguard-Test"]);
        Assert.Equal($"added {seen.QueueId}", delivered.Headers["X-Calguard-Test"]);
        Assert.Equal(["keep"], delivered.Headers.Where(h => h.Field == "X-Delete-Me").Select(h => h.Value)); // CHGHEADER "" deletes the 2nd
        int inserted = delivered.Headers.IndexOf("X-Calguard-First");
        Assert.True(inserted >= 0 && inserted < delivered.Headers.IndexOf("From"), "INSHEADER 0 goes before the client's headers");

        // What Postfix told the milter.
        Assert.Equal("127.0.0.1", seen.Connection.Address);
        Assert.Equal("client.example", seen.Helo);
        Assert.Equal("promo@spam.example", seen.Sender);
        Assert.Equal("victim@example.test", Assert.Single(seen.Recipients).Address);
        Assert.Equal("victim@example.test", seen.Recipients[0].Macros["{rcpt_addr}"]);
        Assert.Equal("mx.example.test", seen.GetMacro("j"));
        Assert.Equal("127.0.0.1", seen.GetMacro("client_addr"));
        Assert.False(string.IsNullOrEmpty(seen.QueueId));

        // Macros that only arrive because OPTNEG requested them (Postfix's defaults lack them at these stages).
        Assert.Equal("127.0.0.1", seen.MacrosByStage[MilterMacroStage.Connect]["{client_addr}"]);
        Assert.Equal("nobody-authenticated", seen.MacrosByStage[MilterMacroStage.Mail]["{auth_authen}"]);
        Assert.Equal(seen.QueueId, seen.MacrosByStage[MilterMacroStage.EndOfMessage]["i"]);
        Assert.Equal("From", seen.Headers[0].Name); // smtpd milters do not see Postfix's own Received header
        Assert.Equal("add-header please", seen.Headers.Single(h => h.Name == "Subject").Value); // no leading space
        Assert.Contains("BEGIN:VCALENDAR", Encoding.ASCII.GetString(seen.Body.Span));
        MimeMessage rebuilt = MimeMessage.Load(new MemoryStream(seen.ToRfc5322()));
        Assert.Equal(token, rebuilt.Headers["X-Test-Token"]);
        Assert.Equal(2, Assert.IsType<MultipartAlternative>(rebuilt.Body).Count);
    }

    [PostfixFact]
    public async Task Replaced_body_with_changed_content_type_is_well_formed()
    {
        string token = Token();
        await PostfixFixture.SendAsync(fixture.Postfix.Port("main"), PostfixFixture.Invite("replace-body now", token));
        var (file, delivered) = Assert.Single(await fixture.Postfix.WaitForDeliveryAsync(ByToken(token)));

        Assert.Equal("sanitize", delivered.Headers["X-Calguard-Action"]);
        var part = Assert.IsType<TextPart>(delivered.Body);
        Assert.Equal("text/plain", part.ContentType.MimeType);
        Assert.Equal(PostfixFixture.ReplacedBody, part.Text.ReplaceLineEndings("\r\n")); // the Maildir stores LF
        string raw = File.ReadAllText(file);
        Assert.DoesNotContain("VCALENDAR", raw);
        Assert.DoesNotContain("multipart", raw, StringComparison.OrdinalIgnoreCase);
    }

    [PostfixFact]
    public async Task Quarantine_puts_the_message_on_hold()
    {
        string token = Token();
        await PostfixFixture.SendAsync(fixture.Postfix.Port("main"), PostfixFixture.Invite("quarantine this", token));
        MilterMessage seen = fixture.Milter.Messages.Single(m => m.Headers.Any(h => h.Value == token));

        string listing = fixture.Postfix.QueueListing();
        Assert.Contains($"{seen.QueueId}!", listing); // '!' marks the hold queue
        await Task.Delay(300);
        Assert.DoesNotContain(fixture.Postfix.Delivered(), d => ByToken(token)(d.Message));
        Assert.Contains("milter triggers HOLD action", await File.ReadAllTextAsync(fixture.Postfix.MailLog));
    }

    [PostfixFact]
    public async Task Reject_is_a_5xx_at_data_with_our_text()
    {
        var ex = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            PostfixFixture.SendAsync(fixture.Postfix.Port("main"), PostfixFixture.Invite("reject it", Token())));
        Assert.Equal(550, (int)ex.StatusCode);
        Assert.Equal(SmtpErrorCode.MessageNotAccepted, ex.ErrorCode); // refused after DATA
        Assert.Equal("5.7.1 Calendar spam rejected (100% sure)", ex.Message);
    }

    [PostfixFact]
    public async Task Fifty_concurrent_smtp_sessions_all_succeed()
    {
        string batch = Token();
        int before = fixture.Milter.Messages.Count;
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            PostfixFixture.SendAsync(fixture.Postfix.Port("main"), PostfixFixture.Invite($"add-header {i}", $"{batch}-{i}"))));

        var delivered = await fixture.Postfix.WaitForDeliveryAsync(m => m.Headers["X-Test-Token"]?.StartsWith(batch) == true, 50);
        Assert.Equal(50, delivered.Select(d => d.Message.Headers["X-Test-Token"]).Distinct().Count());
        Assert.All(delivered, d => Assert.StartsWith("added ", d.Message.Headers["X-Calguard-Test"]));
        Assert.True(fixture.Milter.Messages.Count - before >= 50);
    }

    [PostfixFact]
    public async Task Milter_not_running_every_message_of_a_batch_arrives_once()
    {
        string batch = Token();
        for (int i = 0; i < 20; i++)
        {
            await PostfixFixture.SendAsync(fixture.Postfix.Port("failopen"), PostfixFixture.Invite($"batch {i}", $"{batch}-{i}"));
        }

        await AssertExactlyOnceAsync(batch, 20);
    }

    [PostfixFact]
    public async Task Milter_killed_mid_transaction_every_message_of_a_batch_arrives_once()
    {
        var inHandler = new TaskCompletionSource();
        await using var milter = await TestMilter.StartAsync(
            async (m, _) =>
            {
                if (m.Headers.Any(h => h is { Name: "Subject", Value: "kill me" }))
                {
                    inHandler.TrySetResult();
                    await Task.Delay(Timeout.Infinite);
                }

                return MilterDecision.Accept().AddHeader("X-Calguard-Seen", "yes");
            },
            endpoint: $"inet:127.0.0.1:{fixture.FailOpenMilterPort}");

        string batch = Token();
        using SmtpClient client = await PostfixFixture.ConnectAsync(fixture.Postfix.Port("failopen"));
        for (int i = 0; i < 20; i++)
        {
            MimeMessage message = PostfixFixture.Invite(i == 5 ? "kill me" : $"batch {i}", $"{batch}-{i}");
            if (i == 5)
            {
                Task send = client.SendAsync(message);
                await inHandler.Task.WaitAsync(TimeSpan.FromSeconds(10));
                milter.Server.Abort(); // the milter dies while Postfix waits for the end-of-message reply
                await send;
            }
            else
            {
                await client.SendAsync(message);
            }
        }

        await client.DisconnectAsync(true);
        var delivered = await AssertExactlyOnceAsync(batch, 20);
        Assert.All(delivered.Take(5), d => Assert.Equal("yes", d.Headers["X-Calguard-Seen"]));
        Assert.All(delivered.Skip(5), d => Assert.Null(d.Headers["X-Calguard-Seen"]));
    }

    private async Task<List<MimeMessage>> AssertExactlyOnceAsync(string batch, int count)
    {
        await fixture.Postfix.WaitForDeliveryAsync(m => m.Headers["X-Test-Token"]?.StartsWith(batch) == true, count);
        await Task.Delay(500); // a duplicate would show up right behind
        var delivered = fixture.Postfix.Delivered().Select(d => d.Message)
            .Where(m => m.Headers["X-Test-Token"]?.StartsWith(batch) == true).ToList();
        Assert.Equal(count, delivered.Count);
        var ordered = delivered.OrderBy(m => int.Parse(m.Headers["X-Test-Token"]![(batch.Length + 1)..])).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"{batch}-{i}"), ordered.Select(m => m.Headers["X-Test-Token"]));
        return ordered;
    }
}
