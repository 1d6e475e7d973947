using System.Text;
using Calguard.CalDav.Cleaning;
using Calguard.CalDav.Tests.Infrastructure;
using Calguard.Host.Cli;
using Calguard.Integration.Tests.CalDav.Infrastructure;

namespace Calguard.Integration.Tests.CalDav;

/// <summary><c>calguard caldav subscription URL</c> on a feed served over HTTP on loopback (R29, R30): read-only report.</summary>
public sealed class SubscriptionTests
{
    [Fact]
    public async Task A_feed_with_ham_and_spam_reports_exactly_the_spam_and_an_unreachable_feed_exits_4()
    {
        var spam = EngineExpectations.Expect(CorpusMix.Spam().Take(3).ToList(), v => v == EventVerdict.Spam, "spam");
        var ham = EngineExpectations.Expect(CorpusMix.Ham().Where(o => !o.Name.Contains("reminder", StringComparison.Ordinal)).Take(6).ToList(), v => v == EventVerdict.Clean, "clean");
        await using var feeds = await FeedServer.StartAsync();
        feeds.Feeds["/public/events.ics"] = Merge(ham.Concat(spam));

        var report = await CalguardRunner.CalDavAsync("subscription", new Uri(feeds.BaseUri, "/public/events.ics").ToString(), "--json");
        Assert.True(report.Exit == CalDavExitCodes.Ok, report.ToString());
        var uids = spam.Select(o => EngineExpectations.JudgeText(o.Name, o.Data).Uid).Order().ToList();
        Assert.Equal(uids, report.Lines.Select(l => l.GetProperty("uid").GetString()).Order());
        Assert.All(report.Lines, l => Assert.Equal("spam", l.GetProperty("verdict").GetString()));
        Assert.Contains($"{ham.Count + spam.Count} items judged: {spam.Count} spam", report.Err);
        Assert.All(feeds.Requests, r => Assert.StartsWith("GET ", r));

        var all = await CalguardRunner.CalDavAsync("subscription", new Uri(feeds.BaseUri, "/public/events.ics").ToString(), "--all");
        Assert.True(all.Exit == 0, all.ToString());
        Assert.Equal(ham.Count + spam.Count, all.Out.Split('\n').Count(l => l.StartsWith("clean ", StringComparison.Ordinal) || l.StartsWith("spam ", StringComparison.Ordinal)));

        var missing = await CalguardRunner.CalDavAsync("subscription", new Uri(feeds.BaseUri, "/gone.ics").ToString());
        Assert.True(missing.Exit == CalDavExitCodes.ServerFailed, missing.ToString());
        Assert.Contains("404", missing.Err);
        Assert.Equal(CalDavExitCodes.Usage, (await CalguardRunner.CalDavAsync("subscription", "ftp://example.org/x.ics")).Exit);
    }

    /// <summary>One VCALENDAR holding every object's components (time zones once per TZID), as a publisher's feed does.</summary>
    private static string Merge(IEnumerable<CorpusObject> objects)
    {
        var body = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//calguard//feed test//EN\r\n");
        var zones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            var lines = o.Data.Split("\r\n");
            var depth = 0;
            var component = new StringBuilder();
            string? tzid = null;
            foreach (var line in lines)
            {
                if (line.StartsWith("BEGIN:", StringComparison.Ordinal))
                {
                    depth++;
                }

                if (depth >= 2)
                {
                    component.Append(line).Append("\r\n");
                    tzid ??= line.StartsWith("TZID:", StringComparison.Ordinal) ? line : null;
                }

                if (line.StartsWith("END:", StringComparison.Ordinal))
                {
                    depth--;
                    if (depth == 1)
                    {
                        if (!component.ToString().StartsWith("BEGIN:VTIMEZONE", StringComparison.Ordinal) || zones.Add(tzid ?? string.Empty))
                        {
                            body.Append(component);
                        }

                        component.Clear();
                        tzid = null;
                    }
                }
            }
        }

        return body.Append("END:VCALENDAR\r\n").ToString();
    }
}
