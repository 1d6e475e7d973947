using Calguard.CalDav.Ics;

namespace Calguard.CalDav.Tests.Ics;

public sealed class ContentLineTests
{
    [Fact]
    public void Lines_cover_the_text_exactly_and_unfold_continuations()
    {
        var text = "BEGIN:VEVENT\r\nSUMMARY:a\r\n  b\nDESCRIPTION;X=\"x:y\":v:w\r\n\tz\rEND:VEVENT";
        var lines = ContentLineReader.Read(text).ToList();

        Assert.Equal(text, string.Concat(lines.Select(l => text.Substring(l.Start, l.Length))));
        Assert.Equal(["BEGIN:VEVENT", "SUMMARY:a b", "DESCRIPTION;X=\"x:y\":v:wz", "END:VEVENT"], lines.Select(l => l.Unfolded));
        Assert.Equal("DESCRIPTION", lines[2].Name);
        Assert.Equal("v:wz", lines[2].Value);
    }

    [Fact]
    public void Object_info_reads_the_component_not_its_alarms_or_timezones()
    {
        var info = CalendarObjectInfo.Read(
            "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:X\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\nUID:alarm\r\nEND:VALARM\r\n"
            + "UID:event@x\r\nSUMMARY:Hi\r\nORGANIZER;CN=\"A: B\":MAILTO:Boss@Example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        Assert.Equal(new CalendarObjectInfo("event@x", "Hi", "boss@example.org"), info);
    }
}
