using System.Text;
using Calguard.Analysis.Rules.Content;
using Calguard.Reading;

namespace Calguard.Core.Tests.Rules;

/// <summary>LURE_EARNINGS_CLAIM from a coherent, authenticated sender: a job's pay per month earns doubt, a return per day does not.</summary>
public class EarningsRateTests
{
    private static readonly Engine Engine = new(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });

    [Theory]
    [InlineData("Join our investor group: a guaranteed return of 5% per day, withdraw any time.", 1.0)]
    [InlineData("The role pays a salary of €2,500 per month, with a review after six months.", 0.3)]
    public void OnlyAPeriodsPayIsDiscountedForACoherentSender(string description, double factor)
    {
        var hit = Scan(description).Single(h => h.Name == "LURE_EARNINGS_CLAIM");
        Assert.Equal(MoneyRule.Earnings.Score * factor, hit.Score, 2);
    }

    private static IReadOnlyList<Calguard.Analysis.Hit> Scan(string description)
    {
        const string domain = "capital-partners.example";
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:earnings\r\nDTSTAMP:20240610T100000Z\r\n" +
                  $"DTSTART:20240612T180000Z\r\nSUMMARY:Introduction\r\nDESCRIPTION:{description}\r\n" +
                  $"ORGANIZER:mailto:team@{domain}\r\nATTENDEE:mailto:b@rcpt.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var message = "Received: from x by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000\r\n" +
            $"Authentication-Results: mx.example.net; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\r\n" +
            $"From: <team@{domain}>\r\nTo: b@rcpt.example\r\nSubject: Introduction\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n" + ics;
        return Engine.Scan(Encoding.UTF8.GetBytes(message), new ScanContext { Source = "earnings", Recipients = ["b@rcpt.example"] }).Verdict.Hits;
    }
}
