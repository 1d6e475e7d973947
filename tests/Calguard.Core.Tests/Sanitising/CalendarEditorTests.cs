using System.Text;
using Calguard.Sanitising;

namespace Calguard.Core.Tests.Sanitising;

public class CalendarEditorTests
{
    private static string Edit(string calendar, CalendarEdits edits) =>
        Encoding.UTF8.GetString(CalendarEditor.Edit(Encoding.UTF8.GetBytes(calendar), edits).Content);

    private static string Crlf(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    [Fact]
    public void Strips_nested_alarms_and_keeps_every_other_line_byte_identical()
    {
        var input = Crlf("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:1", "DESCRIPTION:long line that is", " folded here",
            "BEGIN:VALARM", "ACTION:DISPLAY", "BEGIN:X-INNER", "X-A:1", "END:X-INNER", "TRIGGER:-PT5M", "END:VALARM",
            "BEGIN:VALARM", "TRIGGER:-P1D", "END:VALARM", "END:VEVENT", "END:VCALENDAR");
        var output = Edit(input, new CalendarEdits { StripAlarms = true });
        Assert.Equal(Crlf("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:1", "DESCRIPTION:long line that is", " folded here",
            "END:VEVENT", "END:VCALENDAR"), output);
        Assert.Equal(2, CalendarEditor.Edit(Encoding.UTF8.GetBytes(input), new CalendarEdits { StripAlarms = true }).AlarmsRemoved);
    }

    [Fact]
    public void An_unclosed_alarm_ends_where_the_reader_ends_it()
    {
        var input = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nBEGIN:VALARM\nTRIGGER:-PT5M\nEND:VEVENT\nBEGIN:VEVENT\nUID:2\nEND:VEVENT\nEND:VCALENDAR\n";
        Assert.Equal("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nEND:VEVENT\nBEGIN:VEVENT\nUID:2\nEND:VEVENT\nEND:VCALENDAR\n",
            Edit(input, new CalendarEdits { StripAlarms = true }));
    }

    [Fact]
    public void Strips_vcalendar_alarm_properties()
    {
        var input = Crlf("BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT", "DALARM:19960415T235000;PT5M;2;Wake up", "AALARM:19960415T235000",
            "SUMMARY:x", "END:VEVENT", "END:VCALENDAR");
        Assert.Equal(Crlf("BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT", "END:VCALENDAR"),
            Edit(input, new CalendarEdits { StripAlarms = true }));
    }

    [Theory]
    [InlineData("FREQ=DAILY", "FREQ=DAILY;COUNT=10")]
    [InlineData("FREQ=DAILY;", "FREQ=DAILY;COUNT=10")]
    [InlineData("FREQ=WEEKLY;COUNT=500;BYDAY=MO", "FREQ=WEEKLY;COUNT=10;BYDAY=MO")]
    [InlineData("FREQ=WEEKLY;count=99999999999999;BYDAY=MO", "FREQ=WEEKLY;count=10;BYDAY=MO")]
    [InlineData("FREQ=WEEKLY;COUNT=3", null)]
    [InlineData("FREQ=MINUTELY;UNTIL=20991231T000000Z", "FREQ=MINUTELY;COUNT=10")]
    [InlineData("FREQ=HOURLY;UNTIL=20300101T120000Z;INTERVAL=1", "FREQ=HOURLY;COUNT=10;INTERVAL=1")]
    [InlineData("FREQ=DAILY;UNTIL=20991231T000000Z", null)] // daily or longer with UNTIL: bounded, left alone
    [InlineData("FREQ=DAILY;COUNT=50;UNTIL=20991231T000000Z", "FREQ=DAILY;COUNT=10")] // exclusive: UNTIL goes
    public void Caps_recurrence_rules(string rule, string? expected)
    {
        var input = Crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20300101T100000Z", "RRULE:" + rule, "END:VEVENT", "END:VCALENDAR");
        var output = Edit(input, new CalendarEdits { CapInstances = 10 });
        Assert.Equal(input.Replace("RRULE:" + rule, "RRULE:" + (expected ?? rule)), output);
    }

    [Fact]
    public void A_short_sub_daily_series_is_not_lengthened()
    {
        // Three hourly instances: replacing UNTIL by COUNT=10 would add seven.
        var input = Crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20300101T100000Z", "RRULE:FREQ=HOURLY;UNTIL=20300101T120000Z",
            "END:VEVENT", "END:VCALENDAR");
        Assert.Equal(input, Edit(input, new CalendarEdits { CapInstances = 100 }));
    }

    [Fact]
    public void Time_zone_rules_are_not_capped()
    {
        var input = Crlf("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", "RRULE:FREQ=YEARLY", "END:VEVENT", "END:VCALENDAR");
        Assert.Equal(input.Replace("RRULE:FREQ=YEARLY\r\n", "RRULE:FREQ=YEARLY;COUNT=4\r\n"), Edit(input, new CalendarEdits { CapInstances = 4 }));
    }

    [Fact]
    public void Caps_vcalendar_rules()
    {
        var input = Crlf("BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT", "RRULE:D1 #0", "END:VEVENT", "END:VCALENDAR");
        Assert.Equal(input.Replace("D1 #0", "D1 #7"), Edit(input, new CalendarEdits { CapInstances = 7 }));
    }

    [Fact]
    public void A_folded_rule_is_rewritten_and_refolded_with_its_own_line_end()
    {
        var rule = "FREQ=MINUTELY;BYHOUR=" + string.Join(",", Enumerable.Range(0, 24)) + ";BYMINUTE=0,15,30,45";
        var folded = "RRULE:" + rule[..60] + "\n " + rule[60..];
        var input = "BEGIN:VCALENDAR\nBEGIN:VEVENT\n" + folded + "\nEND:VEVENT\nEND:VCALENDAR\n";
        var output = Edit(input, new CalendarEdits { CapInstances = 3 });
        Assert.DoesNotContain("\r", output);
        var lines = output.Split('\n');
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
        Assert.Contains(rule + ";COUNT=3", output.Replace("\n ", string.Empty));
    }

    [Fact]
    public void Sets_transparency_by_replacing_or_adding_before_sub_components()
    {
        var input = Crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT",
            "BEGIN:VEVENT", "UID:2", "BEGIN:VALARM", "TRIGGER:-PT5M", "END:VALARM", "END:VEVENT",
            "BEGIN:VEVENT", "UID:3", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR");
        var result = CalendarEditor.Edit(Encoding.UTF8.GetBytes(input), new CalendarEdits { MakeTransparent = true });
        Assert.Equal(Crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:1", "TRANSP:TRANSPARENT", "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "END:VEVENT",
            "BEGIN:VEVENT", "UID:2", "TRANSP:TRANSPARENT", "BEGIN:VALARM", "TRIGGER:-PT5M", "END:VALARM", "END:VEVENT",
            "BEGIN:VEVENT", "UID:3", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"), Encoding.UTF8.GetString(result.Content));
        Assert.Equal(2, result.TransparencySet);
    }

    [Fact]
    public void Removes_method_only_at_calendar_level()
    {
        var input = Crlf("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "X-NOTE:METHOD stays", "END:VEVENT", "END:VCALENDAR");
        Assert.Equal(Crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "X-NOTE:METHOD stays", "END:VEVENT", "END:VCALENDAR"),
            Edit(input, new CalendarEdits { RemoveMethod = true }));
    }

    [Fact]
    public void Nothing_to_change_returns_the_input()
    {
        var input = Encoding.UTF8.GetBytes(Crlf("BEGIN:VCALENDAR", "BEGIN:VEVENT", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"));
        var result = CalendarEditor.Edit(input, new CalendarEdits { StripAlarms = true, MakeTransparent = true, CapInstances = 3 });
        Assert.False(result.Changed);
        Assert.Equal(input, result.Content);
    }

    [Fact]
    public void Last_line_without_a_line_break_keeps_it_that_way()
    {
        var input = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR";
        Assert.Equal(input.Replace("FREQ=DAILY", "FREQ=DAILY;COUNT=2"), Edit(input, new CalendarEdits { CapInstances = 2 }));
    }
}
