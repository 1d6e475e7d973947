using System.Diagnostics;
using System.Text;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Calguard.CalDav.Tests.Cleaning;

/// <summary>Runs alone: it measures the process' managed heap, which parallel tests would disturb.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "memory-measurement";
}

[Collection(MemoryMeasurementCollection.Name)]
public sealed class LargeCalendarTests(ITestOutputHelper output)
{
    private const int Events = 5000;

    /// <summary>
    /// 5,000 events of about 2.5 KB each make a ~13 MB multistatus, ~26 MB as .NET strings. A client that buffered
    /// the answer (or collected the objects) would hold at least that much at once; streaming holds one object
    /// plus the XmlReader/socket buffers. The limit of 8 MB sits well below the 26 MB a buffering client needs
    /// and well above what streaming needs (measured: see the test output).
    /// </summary>
    private const long HeapGrowthLimit = 8 * 1024 * 1024;

    [Fact]
    public async Task A_5000_event_calendar_is_scanned_with_bounded_memory_and_a_second_run_fetches_only_changes()
    {
        // Xandikos: Radicale needs ~80 s to build its item cache for 5,000 fresh files; Xandikos reads git blobs.
        await using var server = await TestCalDavServer.StartXandikosAsync();
        var href = server.CalendarHref;
        await server.WriteXandikosObjectsAsync(Enumerable.Range(0, Events).Select(i => ($"ev-{i:D5}.ics", Event(i))));
        using var client = new CalDavClient(CalDavHarness.Options(server.BaseUri, server.Credentials) with { RequestTimeout = TimeSpan.FromSeconds(90) });
        var judge = new MarkerJudge();
        var cleaner = new CalendarCleaner(client, judge);
        var tokens = new SyncTokenStore();

        // Warm up the client path (JIT) on a small query so the measurement sees steady-state allocations.
        await foreach (var _ in client.MultigetAsync(href, [href + "ev-00000.ics"]))
        {
        }

        var first = await MeasureAsync(cleaner.ScanAsync(new ScanOptions { Calendars = ["calendar"], SyncTokens = tokens }));
        output.WriteLine($"sync scan: {first.Count} objects, {first.Chars / 1e6:0.0} M chars, heap growth max {first.MaxGrowth / 1e6:0.0} MB, {first.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Events, first.Count);
        Assert.True(first.Chars * 2 > 3 * HeapGrowthLimit, "The data must dwarf the limit for the measurement to mean anything.");
        Assert.True(first.MaxGrowth < HeapGrowthLimit, $"Heap grew by {first.MaxGrowth} bytes while scanning.");
        Assert.Equal(Events, first.SpamCount);

        var query = await MeasureAsync(cleaner.ScanAsync(new ScanOptions { Calendars = ["calendar"] }));
        output.WriteLine($"calendar-query scan: {query.Count} objects, heap growth max {query.MaxGrowth / 1e6:0.0} MB, {query.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Events, query.Count);
        Assert.True(query.MaxGrowth < HeapGrowthLimit, $"Heap grew by {query.MaxGrowth} bytes while scanning.");

        // Change three events; the next run with the stored token sees exactly those.
        var token = tokens.Get(href);
        Assert.NotNull(token);
        foreach (var i in new[] { 7, 1234, 4999 })
        {
            using var put = await server.RawAsync("PUT", $"{href}ev-{i:D5}.ics", Event(i).Replace("Bulk offer", "Changed offer"));
            Assert.True(put.IsSuccessStatusCode);
        }

        judge.Judged.Clear();
        var second = new List<ScanResult>();
        await foreach (var r in cleaner.ScanAsync(new ScanOptions { Calendars = ["calendar"], SyncTokens = tokens }))
        {
            second.Add(r);
        }

        Assert.Equal(new[] { "ev-00007.ics", "ev-01234.ics", "ev-04999.ics" }, second.Select(r => r.Resource.Href.Split('/')[^1]).Order());
        Assert.All(second, r => Assert.Contains("Changed offer", r.Resource.CalendarData));
        Assert.Equal(3, judge.Judged.Count);
        Assert.NotEqual(token, tokens.Get(href));
    }

    private static async Task<(int Count, int SpamCount, long Chars, long MaxGrowth, TimeSpan Elapsed)> MeasureAsync(IAsyncEnumerable<ScanResult> scan)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();
        int count = 0, spam = 0;
        long chars = 0, maxGrowth = 0;
        await foreach (var result in scan)
        {
            count++;
            chars += result.Resource.CalendarData.Length;
            spam += result.Judgement.Verdict == EventVerdict.Spam ? 1 : 0;
            if (count % 250 == 0)
            {
                maxGrowth = Math.Max(maxGrowth, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        return (count, spam, chars, maxGrowth, stopwatch.Elapsed);
    }

    private static string Event(int i)
    {
        var description = new StringBuilder();
        for (var line = 0; description.Length < 2300; line++)
        {
            description.Append($"Line {line} of the offer for recipient {i}: limited stock\\, act now. ");
        }

        return CorpusEvents.Crlf($"""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//load.test//gen//EN
            BEGIN:VEVENT
            UID:ev-{i:D5}@load.test
            DTSTAMP:20250101T000000Z
            DTSTART:{new DateTime(2025, 1, 1).AddHours(i):yyyyMMdd'T'HHmmss'Z'}
            DURATION:PT30M
            SUMMARY:{MarkerJudge.SpamMarker} Bulk offer {i}
            DESCRIPTION:{description}
            ORGANIZER:mailto:bulk@spam.example
            END:VEVENT
            END:VCALENDAR
            """);
    }
}
