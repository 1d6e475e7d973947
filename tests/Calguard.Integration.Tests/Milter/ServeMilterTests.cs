using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Calguard.Host.Hosting;
using Calguard.Host.Milter;
using Calguard.Milter.Tests.Postfix;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Calguard.Integration.Tests.Milter;

/// <summary>
/// <c>calguard serve --milter</c>: a real Postfix hands mail to the milter listener inside the served host, and what
/// it saw shows up in the API's provenance and statistics, like a message posted to <c>/v1/scan</c>.
/// </summary>
public sealed class ServeMilterTests : IAsyncLifetime
{
    private const string AdminKey = "serve-milter-admin-key-0123456789";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "calguard-serve-milter-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private PostfixInstance? _postfix;

    public async Task InitializeAsync()
    {
        if (!File.Exists(PostfixInstance.PostfixBinary) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        Directory.CreateDirectory(_directory);
        var port = PostfixInstance.FreePort();
        var builder = await CalguardHost.CreateBuilderAsync(new ServeArguments
        {
            UseEnvironment = false,
            MilterEndpoints = [$"inet:127.0.0.1:{port}"],
            Overrides = new Dictionary<string, string?>
            {
                ["Calguard:Storage:DataDirectory"] = _directory,
                ["CALGUARD_ADMIN_KEY"] = AdminKey,
            },
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        _app = CalguardHost.Build(builder);
        await _app.StartAsync();
        var milter = $"{{ inet:127.0.0.1:{port}, default_action=accept, connect_timeout=5s, command_timeout=10s, content_timeout=30s }}";
        _postfix = new PostfixInstance(new Dictionary<string, string> { ["inbound"] = milter }, authAuthenDefault: null);
    }

    public async Task DisposeAsync()
    {
        _postfix?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [PostfixFact]
    public async Task MailThroughThePostfixMilterIsRecordedByTheServedHost()
    {
        Assert.NotEmpty(_app!.Services.GetRequiredService<MilterListener>().EndPoints);
        var marker = "srv" + Guid.NewGuid().ToString("N")[..8];
        await SendAsync(Invitation("carol@example.test", marker));
        await SendAsync(new MimeMessage(
            [MailboxAddress.Parse("bob@partner.example")], [MailboxAddress.Parse("dave@example.test")], $"Lunch {marker}",
            new TextPart("plain") { Text = "No calendar here." }));

        var delivered = await _postfix!.WaitForDeliveryAsync(m => m.Subject.Contains(marker), count: 2);
        var invitation = delivered.Single(d => d.Message.Subject.StartsWith("Invitation", StringComparison.Ordinal)).Message;
        Assert.Equal("clean", invitation.Headers["X-Calguard-Verdict"]?.Trim());

        using var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var provenance = await client.GetFromJsonAsync<JsonElement>($"/v1/provenance?recipient=carol@example.test&uid={marker}");
        var record = provenance.GetProperty("records").EnumerateArray().Single();
        Assert.Equal("milter", record.GetProperty("channel").GetString());
        Assert.Equal("bob@partner.example", record.GetProperty("envelopeSender").GetString());
        Assert.Equal("127.0.0.1", record.GetProperty("sourceIp").GetString());

        // The plain message has no provenance but counts among the mails, so the operator's ratios are right.
        var stats = await client.GetFromJsonAsync<JsonElement>("/v1/stats");
        var totals = stats.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("mails").GetInt64());
        Assert.Equal(1, totals.GetProperty("calendarMails").GetInt64());
    }

    private async Task SendAsync(MimeMessage message)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", _postfix!.Port("inbound"), MailKit.Security.SecureSocketOptions.None);
        await smtp.SendAsync(message, MailboxAddress.Parse("bob@partner.example"), message.To.Mailboxes);
        await smtp.DisconnectAsync(true);
    }

    private static MimeMessage Invitation(string to, string uid)
    {
        var start = DateTime.UtcNow.AddDays(3).ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n" +
                  $"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\nSUMMARY:Planning {uid}\r\n" +
                  $"ORGANIZER:mailto:bob@partner.example\r\nATTENDEE;RSVP=TRUE:mailto:{to}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        return new MimeMessage([MailboxAddress.Parse("bob@partner.example")], [MailboxAddress.Parse(to)], $"Invitation: Planning {uid}",
            new Multipart("mixed")
            {
                new TextPart("plain") { Text = $"Let's plan {uid}." },
                new TextPart("calendar") { Text = ics, ContentType = { Parameters = { { "method", "REQUEST" } } } },
            });
    }
}
