using System.Text;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Protocol;
using Polly;

namespace Calguard.CalDav.Tests.Client;

/// <summary>Wire-level units: multistatus parsing, DAV header, retry classification, undo log format.</summary>
public sealed class ProtocolTests
{
    private static async Task<(List<DavResponse> Responses, string? Token)> ParseAsync(string xml, int limit = 1024)
    {
        var reader = new MultistatusReader(new MemoryStream(Encoding.UTF8.GetBytes(xml)), limit, null);
        var list = new List<DavResponse>();
        while (await reader.ReadNextAsync(CancellationToken.None) is { } r)
        {
            list.Add(r);
        }

        return (list, reader.SyncToken);
    }

    [Fact]
    public async Task Multistatus_keeps_only_2xx_props_in_any_element_order_and_reads_the_token_anywhere()
    {
        var (responses, token) = await ParseAsync("""
            <ns0:multistatus xmlns:ns0="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
              <ns0:response><ns0:href>/cal/a.ics</ns0:href>
                <ns0:propstat><ns0:status>HTTP/1.1 200 OK</ns0:status><ns0:prop><ns0:getetag>"1"</ns0:getetag>
                  <c:calendar-data><![CDATA[BEGIN:VCALENDAR]]>&#13;
            END:VCALENDAR</c:calendar-data></ns0:prop></ns0:propstat>
                <ns0:propstat><ns0:prop><ns0:displayname/></ns0:prop><ns0:status>HTTP/1.1 404 Not Found</ns0:status></ns0:propstat>
              </ns0:response>
              <ns0:response><ns0:href>/cal/gone.ics</ns0:href><ns0:status>HTTP/1.1 404 Not Found</ns0:status></ns0:response>
              <ns0:sync-token>tok-2</ns0:sync-token>
            </ns0:multistatus>
            """);

        Assert.Equal("tok-2", token);
        Assert.Equal(2, responses.Count);
        Assert.Equal("\"1\"", responses[0].Text("{DAV:}getetag"));
        Assert.Equal("BEGIN:VCALENDAR\r\nEND:VCALENDAR", responses[0].Text("{urn:ietf:params:xml:ns:caldav}calendar-data"));
        Assert.Null(responses[0].Get("{DAV:}displayname"));
        Assert.Equal(404, responses[1].Status);
    }

    [Fact]
    public async Task Oversized_text_is_cut_and_flagged_not_buffered()
    {
        var big = new string('x', 5000);
        var (responses, _) = await ParseAsync($"<multistatus xmlns=\"DAV:\"><response><href>/a</href><propstat><prop><getetag>{big}</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>", 100);
        var etag = responses[0].Get("{DAV:}getetag")!;
        Assert.True(etag.Truncated);
        Assert.Equal(100, etag.Text!.Length);
    }

    [Theory]
    [InlineData("<html><body>Login</body></html>")]
    [InlineData("<multistatus xmlns=\"DAV:\"><response><href>/a</href>")]
    [InlineData("<multistatus xmlns=\"DAV:\"><response><propstat/></response></multistatus>")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"b\">]><multistatus xmlns=\"DAV:\"/>")]
    public async Task Unreadable_answers_raise_CalDavProtocolException(string xml) =>
        await Assert.ThrowsAsync<CalDavProtocolException>(() => ParseAsync(xml));

    [Fact]
    public void Dav_header_tokens_are_read_across_values()
    {
        var caps = CalDavCapabilities.Parse(["1, 2, 3, calendar-access", "calendar-auto-schedule,CALENDAR-AUDIT, <http://x/y>"]);
        Assert.True(caps.CalendarAccess && caps.AutoSchedule && caps.Audit);
        Assert.False(caps.SyncCollection);
        Assert.Contains("<http://x/y>", caps.ComplianceClasses);
    }

    [Theory]
    [InlineData(0, 500, true)]
    [InlineData(0, 404, false)]
    [InlineData(1, 502, true)]
    [InlineData(1, 412, false)]
    [InlineData(2, 500, false)]
    [InlineData(2, 503, true)]
    [InlineData(2, 429, true)]
    public void Retry_classification(int kindValue, int status, bool retried)
    {
        var kind = (RequestKind)kindValue;
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(RetryPipelineFactory.KindKey, kind);
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status);
        Assert.Equal(retried, RetryPipelineFactory.ShouldRetry(Outcome.FromResult(response), context));
        Assert.Equal(kind != RequestKind.UnconditionalChange, RetryPipelineFactory.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), context));
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void Retry_after_is_capped()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPipelineFactory.RetryAfter(response, TimeSpan.FromSeconds(30)));
        Assert.Null(RetryPipelineFactory.RetryAfter(new HttpResponseMessage(), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Undo_log_lines_round_trip_and_a_torn_last_line_is_skipped()
    {
        var path = Path.Combine(Path.GetTempPath(), "calguard-undo-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var entry = new UndoEntry(DateTimeOffset.UnixEpoch, "http://dav.example/", "/cal/", "/cal/a.ics", "\"e1\"", UndoEntry.Actions.Delete, "BEGIN:VCALENDAR\r\nSUMMARY:\"quoted\" ü\r\nEND:VCALENDAR\r\n")
            {
                Uid = "a",
            };
            using (var log = new UndoLog(path))
            {
                log.Append(entry);
                log.Append(entry with { Href = "/cal/b.ics", QuarantineHref = "/q/b.ics" });
            }

            File.AppendAllText(path, "{\"timestamp\":\"2025-");
            var lines = File.ReadAllLines(path);
            Assert.Contains("\"calendarData\":", lines[0]);
            Assert.Contains("\"etag\":", lines[0]);
            Assert.DoesNotContain("quarantineHref", lines[0]);
            var read = UndoLog.Read(path).ToList();
            Assert.Equal([entry, entry with { Href = "/cal/b.ics", QuarantineHref = "/q/b.ics" }], read);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
