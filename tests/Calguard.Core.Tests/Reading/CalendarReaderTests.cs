using System.Text;
using Calguard.Reading;

namespace Calguard.Core.Tests.Reading;

public class CalendarReaderTests
{
    private static CalendarReadResult Read(string text, ReaderLimits? limits = null) => CalendarReader.Read(Encoding.UTF8.GetBytes(text), limits);

    private const string Minimal = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Hello\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    [Fact]
    public void ReadsAWellFormedCalendarWithoutAnomalies()
    {
        var r = Read(Minimal);
        Assert.Empty(r.Anomalies);
        var cal = Assert.Single(r.Calendars);
        Assert.Equal("REQUEST", cal.Get("METHOD")!.RawValue);
        Assert.Equal("Hello", Assert.Single(cal.ChildrenNamed("VEVENT")).Get("SUMMARY")!.Text);
    }

    [Fact]
    public void UnfoldsLinesIncludingAFoldInsideAUtf8Sequence()
    {
        // "é" is C3 A9; the fold splits it, which RFC 5545 §3.1 allows.
        var bytes = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:caf").Concat(new byte[] { 0xC3, 0x0D, 0x0A, 0x20, 0xA9 })
            .Concat(Encoding.UTF8.GetBytes(" au lait\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")).ToArray();
        var r = CalendarReader.Read(bytes);
        Assert.Equal("café au lait", r.Calendars.Single().Children[0].Get("SUMMARY")!.Text);
        Assert.DoesNotContain(r.Anomalies, a => a.Kind == AnomalyKind.InvalidUtf8);
    }

    [Theory]
    [InlineData("iso-2022-jp", "【一次面接のご案内】山田商事")]
    [InlineData("iso-2022-kr", "주간 회의 안내")]
    public void ReadsAnUndeclaredIso2022CalendarByItsEscapes(string charset, string summary)
    {
        // An .ics attachment carries no charset; the designation escapes name it.
        var bytes = Encoding.GetEncoding(charset).GetBytes($"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        Assert.Contains((byte)0x1B, bytes);
        var r = CalendarReader.Read(bytes);
        Assert.Equal(summary, r.Calendars.Single().Children[0].Get("SUMMARY")!.Text);
        Assert.Empty(r.Anomalies);
    }

    [Fact]
    public void AnEscapeThatDesignatesNoCharsetIsStillAControlCharacter()
    {
        // A terminal colour code is not ISO-2022.
        var r = Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\u001b[31mURGENT\u001b[0m\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        Assert.Contains(r.Anomalies, a => a.Kind == AnomalyKind.ControlCharacter);
        Assert.Equal("\u001b[31mURGENT\u001b[0m", r.Calendars.Single().Children[0].Get("SUMMARY")!.Text);
    }

    [Fact]
    public void AcceptsBareLineFeedsAndMixedCaseNamesButRecordsThem()
    {
        var r = Read("begin:vcalendar\nBegin:VEvent\nsummary:x\nend:vevent\nEND:VCALENDAR\n");
        Assert.Equal("x", r.Calendars.Single().Children.Single().Get("SUMMARY")!.Text);
        Assert.Contains(r.Anomalies, a => a.Kind == AnomalyKind.BareLineFeed);
    }

    [Fact]
    public void DecodesQuotedParametersAndCaretEscapesAndTextEscapes()
    {
        var r = Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nORGANIZER;CN=\"Doe, Jane: ^'Boss^'\";X-Y=a,\"b;c\":mailto:j@example.com\r\nDESCRIPTION:a\\, b\\; c\\nd\\\\e\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var ev = r.Calendars.Single().Children.Single();
        var org = ev.Get("ORGANIZER")!;
        Assert.Equal("Doe, Jane: \"Boss\"", org.GetParameter("CN"));
        Assert.Equal(["a", "b;c"], org.Parameters.Single(p => p.Name == "X-Y").Values);
        Assert.Equal("a, b; c\nd\\e", ev.Get("DESCRIPTION")!.Text);
    }

    [Fact]
    public void ReadsUndeclaredLatin1AsWindows1252AndSaysSo()
    {
        var bytes = Encoding.Latin1.GetBytes("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Réunion à Zürich\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var r = CalendarReader.Read(bytes);
        Assert.Equal("Réunion à Zürich", r.Calendars.Single().Children.Single().Get("SUMMARY")!.Text);
        Assert.Contains(r.Anomalies, a => a.Kind == AnomalyKind.InvalidUtf8);
    }

    [Fact]
    public void RecordsStructuralProblemsInsteadOfThrowing()
    {
        var r = Read("junk before\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nNO COLON HERE\r\nSUMMARY;CN=\"unterminated:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n");
        var kinds = r.Anomalies.Select(a => a.Kind).ToHashSet();
        Assert.Contains(AnomalyKind.MissingColon, kinds);
        Assert.Contains(AnomalyKind.InvalidParameter, kinds);
        Assert.Contains(AnomalyKind.UnbalancedEnd, kinds);
        Assert.Contains(AnomalyKind.MissingEnd, kinds);
        Assert.Single(r.Calendars);
    }

    [Fact]
    public void ReadsVCalendarQuotedPrintableSoftBreaks()
    {
        var r = Read("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nDESCRIPTION;ENCODING=QUOTED-PRINTABLE:line one=0D=0A=\r\nline two\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        Assert.Equal("line one\r\nline two", r.Calendars.Single().Children.Single().Get("DESCRIPTION")!.RawValue);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void NestingLimitIsEnforcedAtTheLimitNotBelowIt(int maxNesting, bool hit)
    {
        var r = Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ReaderLimits.Default with { MaxNesting = maxNesting });
        Assert.Equal(hit, r.LimitHit);
        Assert.Equal(hit, r.Anomalies.Any(a => a.Kind == AnomalyKind.LimitExceeded));
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void AttendeeLimitKeepsTheFirstAndCountsTheRest(int max, bool hit)
    {
        var r = Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:a@x.example\r\nATTENDEE:mailto:b@x.example\r\nATTENDEE:mailto:c@x.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            ReaderLimits.Default with { MaxAttendees = max });
        var ev = CalendarEvent.From(r.Calendars.Single().Children.Single(), new TimeZoneResolver(null));
        Assert.Equal(Math.Min(3, max), ev.Attendees.Count);
        Assert.Equal(hit ? 1 : 0, ev.DroppedAttendees);
        Assert.Equal(hit, r.LimitHit);
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(99, true)]
    public void ByteLimitReadsOnlyThePrefix(int extra, bool hit)
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal);
        var r = CalendarReader.Read(bytes, ReaderLimits.Default with { MaxBytes = bytes.Length + extra - 100 });
        Assert.Equal(hit, r.LimitHit);
    }

    [Fact]
    public void DeepNestingAndHugeInputFinishQuicklyAndBounded()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append("BEGIN:X-NEST\r\n");
        }
        var r = Read(sb.ToString());
        Assert.True(r.LimitHit);
        Assert.True(r.Anomalies.Count <= ReaderLimits.Default.MaxAnomalies);
    }

    [Fact]
    public void EveryMalformedCorpusFileIsReadWithoutThrowing()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestCorpus.Shared, "malformed"), "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var f in files)
        {
            var r = CalendarReader.Read(File.ReadAllBytes(f));
            Assert.NotNull(r);
        }
    }
}
