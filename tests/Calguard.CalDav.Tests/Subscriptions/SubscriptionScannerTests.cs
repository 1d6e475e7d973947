using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Ics;
using Calguard.CalDav.Subscriptions;
using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.CalDav.Tests.Subscriptions;

public sealed class SubscriptionScannerTests
{
    private const string SpamFeedEntries = """
        BEGIN:VEVENT
        UID:feed-spam-1@spam.example
        DTSTAMP:20250101T000000Z
        DTSTART;TZID=US/Central:20050911T120000
        DURATION:PT1H
        SUMMARY:CALGUARD-TEST-SPAM Cheap tickets at http://tickets.spam.example
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Buy
        TRIGGER:-PT1H
        END:VALARM
        END:VEVENT
        BEGIN:VEVENT
        UID:feed-spam-series@spam.example
        DTSTAMP:20250101T000000Z
        DTSTART:20050912T120000Z
        RRULE:FREQ=DAILY;COUNT=10
        SUMMARY:CALGUARD-TEST-SPAM Daily deal
        END:VEVENT
        BEGIN:VEVENT
        UID:feed-spam-series@spam.example
        RECURRENCE-ID:20050914T120000Z
        DTSTAMP:20250101T000000Z
        DTSTART:20050914T150000Z
        SUMMARY:CALGUARD-TEST-SPAM Daily deal moved
        END:VEVENT

        """;

    private static string PackersWithSpam()
    {
        // A real published sports feed (ical4j samples) with a VTIMEZONE, into which a spammer slipped three entries.
        var feed = MimeCalendarExtractor.ToCrlf(File.ReadAllText(SharedPaths.CorpusFile("ics/ical4j/samples/valid/Packers.ics")));
        var end = feed.LastIndexOf("END:VCALENDAR", StringComparison.Ordinal);
        return feed[..end] + CorpusEvents.Crlf(SpamFeedEntries) + feed[end..];
    }

    [Fact]
    public async Task A_webcal_feed_is_split_per_uid_and_judged_read_only()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Feeds["/feeds/packers.ics"] = PackersWithSpam();
        using var scanner = new SubscriptionScanner(new MarkerJudge(), new SubscriptionOptions { WebcalScheme = "http" });
        var webcal = new Uri($"webcal://127.0.0.1:{feeds.BaseUri.Port}/feeds/packers.ics");

        var items = new List<SubscriptionItemResult>();
        await foreach (var item in scanner.ScanAsync(webcal))
        {
            items.Add(item);
        }

        Assert.Equal(66 + 2, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.Uid).Distinct().Count());
        Assert.Equal(["feed-spam-1@spam.example", "feed-spam-series@spam.example"], items.Where(i => i.Judgement.Verdict == EventVerdict.Spam).Select(i => i.Uid).Order());
        var series = items.Single(i => i.Uid == "feed-spam-series@spam.example");
        Assert.Equal(2, series.ComponentCount);
        Assert.Contains("RECURRENCE-ID", series.Resource.CalendarData);

        // Each item is a standalone VCALENDAR with the calendar's header and the VTIMEZONE it references.
        var single = items.Single(i => i.Uid == "feed-spam-1@spam.example");
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", single.Resource.CalendarData);
        Assert.EndsWith("END:VCALENDAR\r\n", single.Resource.CalendarData);
        Assert.Contains("BEGIN:VTIMEZONE", single.Resource.CalendarData);
        Assert.DoesNotContain("BEGIN:VTIMEZONE", series.Resource.CalendarData);
        Assert.True(AlarmStripper.HasAlarms(single.Resource.CalendarData));
        Assert.All(items, i => Assert.Equal(new Uri(feeds.BaseUri, "/feeds/packers.ics"), i.FeedUri));
        Assert.Equal(["GET /feeds/packers.ics"], feeds.Requests);
    }

    [Fact]
    public async Task The_size_limit_refuses_an_oversized_feed_with_or_without_content_length()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Feeds["/big.ics"] = PackersWithSpam();
        feeds.Feeds["/chunked/big.ics"] = PackersWithSpam();
        feeds.Feeds["/page.html"] = "<html>not a calendar</html>";
        using var scanner = new SubscriptionScanner(new MarkerJudge(), new SubscriptionOptions { MaxFeedBytes = 8 * 1024 });

        var declared = await Assert.ThrowsAsync<CalDavProtocolException>(() => DrainAsync(scanner, new Uri(feeds.BaseUri, "/big.ics")));
        var streamed = await Assert.ThrowsAsync<CalDavProtocolException>(() => DrainAsync(scanner, new Uri(feeds.BaseUri, "/chunked/big.ics")));
        var html = await Assert.ThrowsAsync<CalDavProtocolException>(() => DrainAsync(scanner, new Uri(feeds.BaseUri, "/page.html")));
        var missing = await Assert.ThrowsAsync<CalDavServerException>(() => DrainAsync(scanner, new Uri(feeds.BaseUri, "/gone.ics")));

        Assert.Contains("8192-byte limit", declared.Message);
        Assert.Contains("8192-byte limit", streamed.Message);
        Assert.Contains("not an iCalendar", html.Message);
        Assert.Equal(404, missing.StatusCode);
    }

    [Theory]
    [InlineData("webcal://example.org/cal.ics", "https://example.org/cal.ics")]
    [InlineData("webcals://example.org:8443/cal.ics", "https://example.org:8443/cal.ics")]
    [InlineData("https://example.org/cal.ics", "https://example.org/cal.ics")]
    [InlineData("http://127.0.0.1:8080/cal.ics", "http://127.0.0.1:8080/cal.ics")]
    public void Webcal_maps_to_https(string input, string expected) =>
        Assert.Equal(new Uri(expected), SubscriptionScanner.NormalizeFeedUri(new Uri(input)));

    [Fact]
    public void Other_schemes_are_refused() =>
        Assert.Throws<ArgumentException>(() => SubscriptionScanner.NormalizeFeedUri(new Uri("file:///etc/passwd")));

    private static async Task DrainAsync(SubscriptionScanner scanner, Uri uri)
    {
        await foreach (var _ in scanner.ScanAsync(uri))
        {
        }
    }
}
