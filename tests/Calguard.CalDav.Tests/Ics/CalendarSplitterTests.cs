using Calguard.CalDav.Ics;
using Calguard.CalDav.Tests.Infrastructure;

namespace Calguard.CalDav.Tests.Ics;

public sealed class CalendarSplitterTests
{
    [Fact]
    public void Every_component_of_a_corpus_feed_lands_in_exactly_one_item()
    {
        foreach (var file in new[] { "ics/ical4j/samples/valid/Packers.ics", "ics/ccs-calendarserver/Holidays.ics", "ics/nextcloud-calendar/vcalendars/vcalendar-event-recurring.ics" })
        {
            var text = File.ReadAllText(SharedPaths.CorpusFile(file));
            var items = CalendarSplitter.Split(text);
            var components = ContentLineReader.Read(text).Count(l => l.IsBegin("VEVENT") || l.IsBegin("VTODO"));

            Assert.Equal(components, items.Sum(i => i.ComponentCount));
            Assert.All(items, i => Assert.Equal(i.ComponentCount, ContentLineReader.Read(i.CalendarData).Count(l => l.IsBegin("VEVENT") || l.IsBegin("VTODO"))));
            Assert.All(items, i => Assert.Equal(i.Uid, CalendarObjectInfo.Read(i.CalendarData).Uid));
        }
    }

    [Fact]
    public void Two_calendars_in_one_stream_and_components_without_uid_are_kept()
    {
        var text = "BEGIN:VCALENDAR\r\nPRODID:a\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            + "BEGIN:VCALENDAR\r\nPRODID:b\r\nBEGIN:VEVENT\r\nSUMMARY:no uid\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:1\r\nRECURRENCE-ID:20250101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var items = CalendarSplitter.Split(text);

        Assert.Equal(2, items.Count);
        Assert.Equal(("1", 2), (items[0].Uid, items[0].ComponentCount));
        Assert.Equal(("", 1), (items[1].Uid, items[1].ComponentCount));
        Assert.StartsWith("BEGIN:VCALENDAR\r\nPRODID:a\r\n", items[1].CalendarData);
    }
}
