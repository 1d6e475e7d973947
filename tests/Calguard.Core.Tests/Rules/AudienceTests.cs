using System.Text;
using Calguard.Reading;

namespace Calguard.Core.Tests.Rules;

/// <summary>ATTENDEES_FREEMAIL_CROWD: how many free-mail attendees a free-mail organizer may invite.</summary>
public class AudienceTests
{
    private static readonly Engine Engine = new(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });

    private static readonly string[] Providers = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "gmx.de", "mail.ru", "naver.com"];

    [Theory]
    [InlineData("mark.sullivan@gmail.com", 120, true)] // a private account inviting a crowd of private addresses
    [InlineData("mark.sullivan@gmail.com", 60, false)] // a parish group or a big birthday party
    [InlineData("events@lumora.example", 150, false)] // an organisation's webinar, sent from its own domain
    public void AFreemailCrowdNeedsAFreemailOrganizerAndAHundredAddresses(string organizer, int attendees, bool crowd)
    {
        var names = Scan(organizer, attendees);
        Assert.Equal(crowd, names.Contains("ATTENDEES_FREEMAIL_CROWD"));
        Assert.Contains("ATTENDEES_FREEMAIL_SPREAD", names);
    }

    private static HashSet<string> Scan(string organizer, int attendees)
    {
        var domain = organizer[(organizer.IndexOf('@') + 1)..];
        var ics = new StringBuilder();
        ics.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:crowd\r\nDTSTAMP:20240610T100000Z\r\n");
        ics.Append("DTSTART:20240612T180000Z\r\nSUMMARY:Evening gathering\r\n");
        ics.Append($"ORGANIZER:mailto:{organizer}\r\nATTENDEE:mailto:b@rcpt.example\r\n");
        for (var i = 0; i < attendees; i++)
        {
            ics.Append($"ATTENDEE:mailto:guest{i}@{Providers[i % Providers.Length]}\r\n");
        }
        ics.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        var message = "Received: from x by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000\r\n" +
            $"Authentication-Results: mx.example.net; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\r\n" +
            $"From: <{organizer}>\r\nTo: b@rcpt.example\r\nSubject: Evening gathering\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + ics;
        var result = Engine.Scan(Encoding.UTF8.GetBytes(message), new ScanContext { Source = "crowd", Recipients = ["b@rcpt.example"] });
        return result.Verdict.Hits.Select(h => h.Name).ToHashSet();
    }
}
