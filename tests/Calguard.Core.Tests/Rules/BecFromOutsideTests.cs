using System.Text;
using Calguard.Analysis;
using Calguard.Reading;

namespace Calguard.Core.Tests.Rules;

/// <summary>
/// The whole CEO-fraud ask from another organisation's own, authenticated domain: the rules alone must judge it spam,
/// since a compromised partner mailbox gives nothing else away (no look-alike, no free mail, no failed check).
/// </summary>
public class BecFromOutsideTests
{
    private static readonly Engine RulesAlone = new(new CalguardOptions
    {
        Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] },
        Analysis = AnalysisOptions.Default with { SeedClassifier = false },
    });

    [Fact]
    public void TheGiftCardAskFromAPartnersMailboxIsSpamOnTheRulesAlone()
    {
        var result = Scan("supplier.example", "I need 6 Apple gift cards for a client event this afternoon. Can you pick them up and send me photos of the codes? I'll reimburse you.");
        Assert.Contains(result.Verdict.Hits, h => h.Name == "BEC_ASK_FROM_OUTSIDE");
        Assert.Equal("spam", result.Verdict.Name);
    }

    [Fact]
    public void TheSameAskFromTheRecipientsOwnDomainIsNotThisRulesToJudge()
    {
        var result = Scan("rcpt.example", "I need 6 Apple gift cards for a client event this afternoon. Can you pick them up and send me photos of the codes? I'll reimburse you.");
        Assert.DoesNotContain(result.Verdict.Hits, h => h.Name == "BEC_ASK_FROM_OUTSIDE");
    }

    private static ScanResult Scan(string domain, string description)
    {
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:gift\r\nDTSTAMP:20240610T100000Z\r\n" +
                  $"DTSTART:20240612T100000Z\r\nSUMMARY:Quick favour\r\nDESCRIPTION:{description}\r\n" +
                  $"ORGANIZER:mailto:grace@{domain}\r\nATTENDEE:mailto:office@rcpt.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var message = "Received: from x by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000\r\n" +
            $"Authentication-Results: mx.example.net; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\r\n" +
            $"From: Grace <grace@{domain}>\r\nTo: office@rcpt.example\r\nSubject: Quick favour\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/alternative; boundary=b\r\n\r\n" +
            // The ask in the mail body as well, as Outlook sends it: PAYLOAD_ONLY_IN_ICS must not be what carries it over.
            $"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{description}\r\n" +
            $"--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n{ics}--b--\r\n";
        return Judge(message);
    }

    private static ScanResult Judge(string message) =>
        RulesAlone.Scan(Encoding.UTF8.GetBytes(message), new ScanContext { Source = "gift", Recipients = ["office@rcpt.example"] });
}
