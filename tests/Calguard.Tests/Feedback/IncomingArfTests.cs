using System.Net;
using System.Text;
using Calguard.Host.Outbound;
using Calguard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Calguard.Tests.Feedback;

/// <summary>
/// <c>POST /v1/feedback/arf</c>: ARF reports from other operators about invitations our own users sent, matched to the
/// account and counted by <see cref="IOutboundComplaints"/>; malformed reports get a specific problem.
/// </summary>
public sealed class IncomingArfTests
{
    private static Dictionary<string, string?> Local() => new() { ["Calguard:LocalDomains:0"] = "example.org" };

    /// <summary>An ARF report as a mailbox provider's feedback loop sends it (RFC 5965 §2, example in appendix B).</summary>
    public static string Report(string? feedbackType = "abuse", string? mailFrom = "<sales@example.org>", string originalFrom = "Sales <sales@example.org>",
        string version = "1", string reportId = "fbl-1@isp.example", string? extraField = null, bool userAgent = true, string reportType = "feedback-report")
    {
        var fields = new StringBuilder();
        if (feedbackType is not null)
        {
            fields.Append("Feedback-Type: ").Append(feedbackType).Append("\r\n");
        }
        if (userAgent)
        {
            fields.Append("User-Agent: SomeGenerator/1.0\r\n");
        }
        fields.Append("Version: ").Append(version).Append("\r\n");
        if (mailFrom is not null)
        {
            fields.Append("Original-Mail-From: ").Append(mailFrom).Append("\r\n");
        }
        fields.Append("Original-Rcpt-To: <user@isp.example>\r\nArrival-Date: Thu, 8 Mar 2026 14:00:00 EDT\r\nSource-IP: 192.0.2.1\r\nReported-Domain: example.org\r\n");
        if (extraField is not null)
        {
            fields.Append(extraField).Append("\r\n");
        }
        return $"""
            From: <fbl@isp.example>
            To: <abuse@example.org>
            Subject: FW: Team offsite
            Message-ID: <{reportId}>
            Date: Thu, 8 Mar 2026 15:00:00 EDT
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type={reportType};
                boundary="part1_13d.2e68ed54_boundary"

            --part1_13d.2e68ed54_boundary
            Content-Type: text/plain; charset="US-ASCII"

            This is an email abuse report for an email message received from IP 192.0.2.1 on Thu, 8 Mar 2026 14:00:00 EDT.

            --part1_13d.2e68ed54_boundary
            Content-Type: message/feedback-report

            {fields}
            --part1_13d.2e68ed54_boundary
            Content-Type: message/rfc822
            Content-Disposition: inline

            From: {originalFrom}
            To: <user@isp.example>
            Subject: Invitation: Team offsite
            Message-ID: <sent-42@example.org>
            Date: Thu, 8 Mar 2026 13:59:00 EDT
            Content-Type: text/calendar; method=REQUEST

            BEGIN:VCALENDAR
            END:VCALENDAR

            --part1_13d.2e68ed54_boundary--
            """.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
    }

    private static HttpContent Body(string text) => TestApp.Message(Encoding.ASCII.GetBytes(text));

    [Fact]
    public async Task ReportIsStoredOnceAndCountedForTheSendingAccount()
    {
        await using var app = await TestApp.StartAsync(Local());
        var client = app.Client();
        var created = await client.PostAsync("/v1/feedback/arf", Body(Report()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await Problem.OkJsonAsync(created);
        Assert.Equal("sales@example.org", json.GetProperty("account").GetString());
        Assert.Equal("abuse", json.GetProperty("feedbackType").GetString());
        Assert.Equal("original-mail-from", json.GetProperty("matchedBy").GetString());
        Assert.Equal("sent-42@example.org", json.GetProperty("messageId").GetString());

        // The same report again (same Message-ID): acknowledged, not counted twice.
        var again = await client.PostAsync("/v1/feedback/arf", Body(Report()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await Problem.OkJsonAsync(again)).GetProperty("duplicate").GetBoolean());

        // A null Original-Mail-From: the attached original's From names the account.
        var byFrom = await Problem.OkJsonAsync(await client.PostAsync("/v1/feedback/arf", Body(Report(mailFrom: "<>", reportId: "fbl-2@isp.example"))));
        Assert.Equal("original-from", byFrom.GetProperty("matchedBy").GetString());
        // not-spam (RFC 6430) is stored but is no complaint.
        await Problem.OkJsonAsync(await client.PostAsync("/v1/feedback/arf", Body(Report(feedbackType: "not-spam", reportId: "fbl-3@isp.example"))));

        var complaints = app.Services.GetRequiredService<IOutboundComplaints>();
        Assert.Equal(2, await complaints.CountAsync("sales@example.org", TimeSpan.FromDays(1)));
        Assert.Equal(0, await complaints.CountAsync("other@example.org", TimeSpan.FromDays(1)));
        Assert.Equal(0, await complaints.CountAsync("sales@example.org", TimeSpan.FromTicks(1)));
    }

    [Fact]
    public async Task OutboundProvenanceOfTheOriginalIsPreferred()
    {
        await using var app = await TestApp.StartAsync(Local());
        var record = new Calguard.Provenance.ProvenanceRecord
        {
            Recipient = "user@isp.example",
            Channel = "outbound",
            MessageId = "sent-42@example.org",
            EnvelopeSender = "bounces+sales@example.org",
            From = "sales@example.org",
            Verdict = "clean",
            Action = "accept",
            Fingerprint = "cf1-1",
            ArrivalTime = DateTimeOffset.UtcNow,
            RecordedAt = DateTimeOffset.UtcNow,
        };
        var id = (await app.Store.Provenance.AddAsync([record])).Single();
        var json = await Problem.OkJsonAsync(await app.Client().PostAsync("/v1/feedback/arf", Body(Report())));
        Assert.Equal("provenance", json.GetProperty("matchedBy").GetString());
        Assert.Equal(id, json.GetProperty("provenanceId").GetInt64());
        Assert.Equal("bounces+sales@example.org", json.GetProperty("account").GetString());
    }

    [Theory]
    [InlineData("not-report", "not-a-feedback-report")]
    [InlineData("no-type", "missing-field")]
    [InlineData("no-agent", "missing-field")]
    [InlineData("version-2", "unsupported-version")]
    [InlineData("two-types", "duplicate-field")]
    [InlineData("garbage", "unreadable-message")]
    public async Task MalformedReportsAreRejectedWithASpecificCode(string variant, string code)
    {
        await using var app = await TestApp.StartAsync(Local());
        var body = variant switch
        {
            "not-report" => Report(reportType: "delivery-status"),
            "no-type" => Report(feedbackType: null),
            "no-agent" => Report(userAgent: false),
            "version-2" => Report(version: "2"),
            "two-types" => Report(extraField: "Feedback-Type: fraud"),
            _ => "this is not a message at all",
        };
        var problem = await Problem.AssertAsync(await app.Client().PostAsync("/v1/feedback/arf", Body(body)), HttpStatusCode.BadRequest, code);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task ForeignSenderWrongTypeAndOtherTenantAreRefused()
    {
        await using var app = await TestApp.StartAsync(Local());
        await Problem.AssertAsync(await app.Client().PostAsync("/v1/feedback/arf", Body(Report(mailFrom: "<x@elsewhere.example>", originalFrom: "x@elsewhere.example"))),
            HttpStatusCode.UnprocessableEntity, "not-our-account");
        await Problem.AssertAsync(await app.Client().PostAsync("/v1/feedback/arf", new StringContent(Report(), Encoding.ASCII, "text/plain")),
            HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        var otherTenant = await app.KeyAsync(Calguard.Storage.Keys.ApiScopes.Report, "example.com");
        await Problem.AssertAsync(await app.Client(otherTenant).PostAsync("/v1/feedback/arf", Body(Report())), HttpStatusCode.Forbidden, "tenant-forbidden");
        var scanOnly = await app.KeyAsync(Calguard.Storage.Keys.ApiScopes.Scan);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(scanOnly).PostAsync("/v1/feedback/arf", Body(Report()))).StatusCode);
    }
}
