using System.Text;
using Calguard.Reading;

namespace Calguard.Core.Tests.Rules;

/// <summary>TEXT_LIMIT_REACHED: text cut at MaxTextChars is reported, and what lies before the cut is still read.</summary>
public class TextLimitTests
{
    private static readonly Engine Engine = new(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });

    [Fact]
    public void PaddingPastTheLimitIsReportedAndTheLureBeforeItStillCounts()
    {
        var hits = Scan("Join the VIP WhatsApp group: https://wa.me/971506683761 " + new string('x', 10) + string.Concat(Enumerable.Repeat("lorem ipsum ", 20_000)));
        var limit = Assert.Single(hits, h => h.Name == "TEXT_LIMIT_REACHED");
        Assert.Equal(0, limit.Score);
        Assert.Contains("read up to 200000", limit.Detail);
        Assert.Contains(hits, h => h.Name == "CONTACT_MESSENGER_DIRECT");
    }

    [Fact]
    public void AnOrdinaryTextIsNotReported() =>
        Assert.DoesNotContain(Scan("Agenda: budget review, then lunch."), h => h.Name == "TEXT_LIMIT_REACHED");

    private static IReadOnlyList<Calguard.Analysis.Hit> Scan(string description)
    {
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:pad\r\nDTSTAMP:20240610T100000Z\r\nDTSTART:20240612T180000Z\r\n" +
                  $"SUMMARY:Meeting\r\nDESCRIPTION:{description}\r\nORGANIZER:mailto:a@spam.example\r\nATTENDEE:mailto:b@rcpt.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var message = "Received: from x by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000\r\n" +
                      "From: <a@spam.example>\r\nTo: b@rcpt.example\r\nSubject: Meeting\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + ics;
        return Engine.Scan(Encoding.UTF8.GetBytes(message), new ScanContext { Source = "pad", Recipients = ["b@rcpt.example"] }).Verdict.Hits;
    }
}
