using System.Text;
using Calguard.Decisions;
using Calguard.Milter.Tests.Postfix;
using MailKit.Net.Smtp;
using MimeKit;

namespace Calguard.Integration.Tests.Milter;

/// <summary>End to end: SMTP → real Postfix → Calguard's milter (real pipeline) → Maildir or hold queue or 5xx.</summary>
[Collection("milter-pipeline")]
public class MilterPipelineTests(MilterPipelineFixture fixture)
{
    private static string Root
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "Calguard.slnx")))
            {
                dir = Path.GetDirectoryName(dir);
            }
            return dir!;
        }
    }

    private static MimeMessage Invitation(string to, string marker, bool withAlarm = true, string? forgedHeader = null)
    {
        var ics = new StringBuilder();
        ics.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n");
        ics.Append($"UID:{marker}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{DateTime.UtcNow.AddDays(3):yyyyMMdd'T'HHmmss'Z'}\r\nDURATION:PT1H\r\n");
        ics.Append($"SUMMARY:Planning {marker}\r\nORGANIZER:mailto:bob@partner.example\r\nATTENDEE;RSVP=TRUE:mailto:{to}\r\n");
        if (withAlarm)
        {
            ics.Append("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\n");
        }
        ics.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("bob@partner.example"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"Invitation: Planning {marker}";
        if (forgedHeader is not null)
        {
            message.Headers.Add("X-Calguard-Verdict", forgedHeader);
        }
        var body = new Multipart("mixed")
        {
            new TextPart("plain") { Text = $"Let's plan {marker}." },
            new TextPart("calendar") { Text = ics.ToString(), ContentType = { Parameters = { { "method", "REQUEST" } } } },
        };
        message.Body = body;
        return message;
    }

    private static MimeMessage Spam(string to)
    {
        var message = MimeMessage.Load(Path.Combine(Root, "corpus", "dev", "spam", "tech-support-callback", "001.eml"));
        message.To.Clear();
        message.Cc.Clear();
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    private async Task SendAsync(string service, MimeMessage message, string from = "bob@partner.example")
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", fixture.Postfix.Port(service), MailKit.Security.SecureSocketOptions.None);
        await client.SendAsync(message, MailboxAddress.Parse(from), message.To.Mailboxes);
        await client.DisconnectAsync(true);
    }

    [PostfixFact]
    public async Task AnUntrustedInvitationArrivesWithHeadersAndWithoutItsAlarm()
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..8];
        await SendAsync("inbound", Invitation("carol@example.test", marker, forgedHeader: "clean"));
        var (_, delivered) = (await fixture.Postfix.WaitForDeliveryAsync(m => m.Subject.Contains(marker))).Single();
        Assert.Equal(["clean"], delivered.Headers.Where(h => h.Field == "X-Calguard-Verdict").Select(h => h.Value.Trim()).ToArray());
        Assert.Equal("sanitize", delivered.Headers["X-Calguard-Action"]?.Trim());
        Assert.Equal("no", delivered.Headers["X-Calguard-Autoadd"]?.Trim());
        Assert.Equal("off", delivered.Headers["X-Calguard-Default-Alarms"]?.Trim());
        var calendar = delivered.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.DoesNotContain("BEGIN:VALARM", calendar.Text);
        Assert.Contains(marker, calendar.Text);
        Assert.Contains("Let's plan", delivered.TextBody);
    }

    [PostfixFact]
    public async Task SpamIsHeldInTheQueue()
    {
        var spam = Spam("dave@example.test");
        var marker = spam.MessageId;
        await SendAsync("inbound", spam, "promo@spam.example");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!fixture.Postfix.QueueListing().Contains('!') && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Contains("!", fixture.Postfix.QueueListing());
        Assert.DoesNotContain(fixture.Postfix.Delivered(), d => d.Message.MessageId == marker);
    }

    [PostfixFact]
    public async Task ARejectPolicyGivesA5xxAtSmtpTime()
    {
        var error = await Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync("inbound", Spam(MilterPipelineFixture.Strict), "promo@spam.example"));
        Assert.Equal(550, (int)error.StatusCode);
        Assert.Contains("Calendar spam rejected", error.Message);
    }

    [PostfixFact]
    public async Task MailWithoutACalendarPassesUntouched()
    {
        var marker = "p" + Guid.NewGuid().ToString("N")[..8];
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("bob@partner.example"));
        message.To.Add(MailboxAddress.Parse("carol@example.test"));
        message.Subject = $"Lunch {marker}";
        message.Body = new TextPart("plain") { Text = "See you at noon." };
        await SendAsync("inbound", message);
        var (_, delivered) = (await fixture.Postfix.WaitForDeliveryAsync(m => m.Subject.Contains(marker))).Single();
        Assert.DoesNotContain(delivered.Headers, h => h.Field.StartsWith("X-Calguard-", StringComparison.OrdinalIgnoreCase));
    }

    [PostfixFact]
    public async Task AnAuthenticatedSubmissionTeachesWhoTheSenderWritesTo()
    {
        var marker = "o" + Guid.NewGuid().ToString("N")[..8];
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("alice@example.test"));
        message.To.Add(MailboxAddress.Parse("erin@example.test"));
        message.Subject = $"Hello {marker}";
        message.Body = new TextPart("plain") { Text = "Hi Erin." };
        Assert.Equal(RelationshipKind.Unknown, fixture.KnownSenders.Lookup("alice@example.test", "erin@example.test"));
        await SendAsync("submission", message, "alice@example.test");
        await fixture.Postfix.WaitForDeliveryAsync(m => m.Subject.Contains(marker));
        Assert.Equal(RelationshipKind.Correspondent, fixture.KnownSenders.Lookup("alice@example.test", "erin@example.test"));
    }
}
