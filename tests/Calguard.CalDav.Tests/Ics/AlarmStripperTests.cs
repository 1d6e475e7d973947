using Calguard.CalDav.Ics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.CalDav.Tests.Ics;

public sealed class AlarmStripperTests
{
    /// <summary>A piece of an event: text that must survive, or an alarm that must go.</summary>
    private sealed record Piece(string Text, bool IsAlarm);

    private static readonly string[] Newlines = ["\r\n", "\n"];

    private static Gen<Piece> Pieces(string nl) => Gen.OneOf(
        Gen.Elements(
            "SUMMARY:Team meeting",
            "DESCRIPTION:Agenda follows and is long enough to fold",
            "DESCRIPTION:A folded line whose continuation says" + nl + " BEGIN:VALARM but is not one",
            "X-ALT-DESC;FMTTYPE=text/html:<p>BEGIN:VALARM</p>",
            "LOCATION:Room 1" + nl + "\tcontinued with a tab",
            "ATTENDEE;CN=\"Doe, Jane: PM\";PARTSTAT=NEEDS-ACTION:mailto:jane@example.org",
            "RRULE:FREQ=WEEKLY;COUNT=5").Select(t => new Piece(t + nl, false)),
        Gen.Elements(
            "BEGIN:VALARM" + nl + "ACTION:DISPLAY" + nl + "TRIGGER:-PT15M" + nl + "DESCRIPTION:x" + nl + "END:VALARM",
            "begin:valarm" + nl + "ACTION:AUDIO" + nl + "TRIGGER;RELATED=END:PT0S" + nl + "end:valarm",
            "BEGIN:VALARM" + nl + "UID:a1" + nl + "DESCRIPTION:folded" + nl + " END:VALARM inside a fold" + nl + "TRIGGER:-PT1H" + nl + "END:VALARM")
            .Select(t => new Piece(t + nl, true)));

    private static Arbitrary<(string Input, string Expected)> Calendars() =>
        Gen.Elements(Newlines).SelectMany(nl => Gen.ListOf(Pieces(nl)).Select(pieces =>
        {
            var head = "BEGIN:VCALENDAR" + nl + "VERSION:2.0" + nl + "BEGIN:VEVENT" + nl + "UID:x@example.org" + nl;
            var tail = "END:VEVENT" + nl + "END:VCALENDAR" + nl;
            var input = head + string.Concat(pieces.Select(p => p.Text)) + tail;
            var expected = head + string.Concat(pieces.Where(p => !p.IsAlarm).Select(p => p.Text)) + tail;
            return (input, expected);
        })).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Stripping_removes_exactly_the_alarm_lines_and_keeps_every_other_byte() =>
        Prop.ForAll(Calendars(), c =>
        {
            var (text, removed) = AlarmStripper.Strip(c.Input);
            var (again, removedAgain) = AlarmStripper.Strip(text);
            return text == c.Expected && again == text && removedAgain == 0 && (removed > 0) == (c.Input != c.Expected)
                && !AlarmStripper.HasAlarms(text);
        });

    [Fact]
    public void An_unterminated_alarm_leaves_the_text_unchanged()
    {
        var text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        Assert.Equal((text, 0), AlarmStripper.Strip(text));
    }

    [Fact]
    public void Corpus_alarms_are_removed_and_nothing_else()
    {
        foreach (var file in new[] { "ics/cyrus-imapd/alerts.ics", "ics/kcalutils/event-2.ics", "ics/nextcloud-calendar/vcalendars/vcalendar-event-alarms.ics", "ics/kolab-libcalendaring/alarms.ics" })
        {
            var original = File.ReadAllText(Infrastructure.SharedPaths.CorpusFile(file));
            var (stripped, removed) = AlarmStripper.Strip(original);
            Assert.True(removed > 0, file);
            Assert.False(AlarmStripper.HasAlarms(stripped), file);
            var kept = ContentLineReader.Read(original).Select(l => l.Unfolded).ToList();
            var left = ContentLineReader.Read(stripped).Select(l => l.Unfolded).ToList();
            Assert.Equal(kept.Count - left.Count, CountAlarmLines(original));
            Assert.Equal(CalendarObjectInfo.Read(original), CalendarObjectInfo.Read(stripped));
        }
    }

    private static int CountAlarmLines(string text)
    {
        int count = 0, depth = 0;
        foreach (var line in ContentLineReader.Read(text))
        {
            if (line.IsBegin("VALARM"))
            {
                depth++;
            }

            if (depth > 0)
            {
                count++;
            }

            if (line.IsEnd("VALARM"))
            {
                depth--;
            }
        }

        return count;
    }
}
