using System.Text;
using Calguard.Analysis;
using Calguard.Reading;

namespace Calguard.Core.Tests.Rules;

/// <summary>One invitation from a sender whose domain passed DKIM, SPF and DMARC at mx.example.net, scanned for its hits.</summary>
internal static class AuthenticatedInvitation
{
    private static readonly Engine Engine = new(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });

    /// <summary>Scans an invitation from <paramref name="mailbox"/>@<paramref name="domain"/> to b@rcpt.example; <paramref name="properties"/> are extra VEVENT lines (CRLF-terminated).</summary>
    public static IReadOnlyList<Hit> Scan(string domain, string mailbox, string summary, string description, string properties = "")
    {
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:authenticated\r\nDTSTAMP:20240610T100000Z\r\n" +
                  $"DTSTART:20240612T180000Z\r\nSUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n{properties}" +
                  $"ORGANIZER:mailto:{mailbox}@{domain}\r\nATTENDEE:mailto:b@rcpt.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var message = "Received: from x by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000\r\n" +
            $"Authentication-Results: mx.example.net; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\r\n" +
            $"From: <{mailbox}@{domain}>\r\nTo: b@rcpt.example\r\nSubject: {summary}\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n" + ics;
        return Engine.Scan(Encoding.UTF8.GetBytes(message), new ScanContext { Source = "authenticated", Recipients = ["b@rcpt.example"] }).Verdict.Hits;
    }
}
