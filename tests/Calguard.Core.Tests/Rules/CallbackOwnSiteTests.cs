using System.Text;
using Calguard.Analysis.Rules.Content;
using Calguard.Reading;

namespace Calguard.Core.Tests.Rules;

/// <summary>CALLBACK_SCAM from an authenticated sender that names a messenger: a link to its own site earns the doubt back.</summary>
public class CallbackOwnSiteTests
{
    private static readonly Engine Engine = new(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });

    [Fact]
    public void ALinkToTheSendersOwnSiteLeavesTheCallbackInDoubt()
    {
        var hit = Scan("https://the-granary.example/booking/64vp0zml0z1i").Single(h => h.Name == "CALLBACK_SCAM");
        Assert.Equal(CallbackRule.Scam.Score * 0.3, hit.Score, 2);
        Assert.Contains("own site", hit.Detail);
    }

    [Fact]
    public void ALinkToSomebodyElsesPageDoesNot()
    {
        // The phone stays the way to act: the callback keeps (nearly) its full score.
        var hit = Scan("https://pay-portal.example/booking/64vp0zml0z1i").Single(h => h.Name == "CALLBACK_SCAM");
        Assert.True(hit.Score > CallbackRule.Scam.Score * 0.9, $"score {hit.Score}");
    }

    private static IReadOnlyList<Calguard.Analysis.Hit> Scan(string url)
    {
        const string domain = "the-granary.example";
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:stay\r\nDTSTAMP:20240610T100000Z\r\n" +
                  "DTSTART:20240612T180000Z\r\nSUMMARY:Apartment 45 Elm Road\r\n" +
                  "DESCRIPTION:Your apartment is ready. Balance due: $1\\,719.88\\, paid. Host phone (WhatsApp): +44 20 7946 0687\r\n" +
                  $"URL;VALUE=URI:{url}\r\nORGANIZER:mailto:reservations@{domain}\r\nATTENDEE:mailto:b@rcpt.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var message = "Received: from x by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000\r\n" +
            $"Authentication-Results: mx.example.net; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\r\n" +
            $"From: <reservations@{domain}>\r\nTo: b@rcpt.example\r\nSubject: Your stay\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n" + ics;
        return Engine.Scan(Encoding.UTF8.GetBytes(message), new ScanContext { Source = "stay", Recipients = ["b@rcpt.example"] }).Verdict.Hits;
    }
}
