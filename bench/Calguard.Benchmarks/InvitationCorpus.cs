using System.Globalization;
using System.Text;

namespace Calguard.Benchmarks;

/// <summary>
/// Generates invitations shaped like the real ones in <c>../shared/corpus/imip</c> and <c>spam</c>: Google
/// (multipart/mixed with alternative text, HTML, 7bit text/calendar and a base64 <c>invite.ics</c>), Outlook
/// (alternative with a base64 text/calendar, Windows time zones, X-MICROSOFT-CDO properties, an alarm), Apple
/// (a quoted-printable calendar attachment) and spam (prize, crypto, invoice and callback lures, many
/// attendees, unbounded recurrence, alarms, the payload only in the .ics), plus mail without any calendar.
/// Deterministic for a given seed.
/// </summary>
public sealed class InvitationCorpus(int seed)
{
    private static readonly string[] Given = ["Anna", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Günter", "Hiro", "Ines", "Jonas", "Kavya", "Lena", "Mateo", "Noor", "Olga", "Pavel"];
    private static readonly string[] Family = ["Schmidt", "Rossi", "Wang", "Okafor", "Haddad", "Tanaka", "Silva", "Novak", "Müller", "Garcia", "Kowalski", "Smith"];
    private static readonly string[] HamDomains = ["example.org", "uni-example.de", "corp.example.com", "example.net", "school.example.edu", "club.example.fr"];
    private static readonly string[] Topics = ["Quarterly planning", "1:1", "Team retro", "Budget review", "Project kick-off", "Parents' evening", "Lab meeting", "Board call", "Sprint demo", "Dentist"];
    private static readonly string[] SpamLures =
    [
        "Congratulations! You have won an iPhone 17 Pro", "Your PayPal account has been limited", "Invoice #{0} overdue – action required",
        "Bitcoin payout of 0.{0} BTC is waiting", "Microsoft 365: your password expires today", "DocuSign: document ready for signature",
        "Apple Support: suspicious purchase of $499.99 – call +1 (888) 555-{0}", "Hot singles near you want to meet",
    ];
    private static readonly string[] SpamLinks = ["https://bit.ly/3{0}x", "http://198.51.100.{1}/claim", "https://xn--pypal-4ve.com/verify?id={0}", "https://tinyurl.com/y{0}k", "https://example-prize.top/r/{0}"];

    private readonly Random _random = new(seed);

    /// <summary>Kinds of message the generator writes.</summary>
    public enum Kind
    {
        Google,
        Outlook,
        Apple,
        Spam,
        NoCalendarPlain,
        NoCalendarNewsletter,
        NoCalendarAttachment,
    }

    /// <summary>Picks a kind with the mix used for the 100,000-invitation corpus: 40% Google, 25% Outlook, 10% Apple, 25% spam.</summary>
    public Kind NextInvitationKind() => _random.Next(100) switch
    {
        < 40 => Kind.Google,
        < 65 => Kind.Outlook,
        < 75 => Kind.Apple,
        _ => Kind.Spam,
    };

    /// <summary>Writes one message of the given kind; <paramref name="attachmentBytes"/> adds a base64 PDF of that size.</summary>
    public byte[] Next(Kind kind, int index, int attachmentBytes = -1)
    {
        if (attachmentBytes < 0)
        {
            attachmentBytes = _random.Next(100) < 5 ? _random.Next(20_000, 200_000) : 0;
        }
        var text = kind switch
        {
            Kind.Google => Google(index, attachmentBytes),
            Kind.Outlook => Outlook(index, attachmentBytes),
            Kind.Apple => Apple(index, attachmentBytes),
            Kind.Spam => Spam(index, attachmentBytes),
            Kind.NoCalendarPlain => Plain(index),
            Kind.NoCalendarNewsletter => Newsletter(index),
            Kind.NoCalendarAttachment => WithAttachment(index, attachmentBytes > 0 ? attachmentBytes : 300_000),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private string Person() => $"{Given[_random.Next(Given.Length)]} {Family[_random.Next(Family.Length)]}";

    private static string Address(string person, string domain) =>
        person.ToLowerInvariant().Replace(' ', '.').Replace("ü", "ue").Replace("ö", "oe") + "@" + domain;

    private DateTime Arrival(int index) => new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc).AddMinutes(index * 7 % 500_000);

    private string TransportHeaders(int index, string from, string fromDomain, bool pass, string subject, string to)
    {
        var date = Arrival(index).ToString("ddd, d MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var ip = $"203.0.113.{index % 250 + 1}";
        var sb = new StringBuilder();
        sb.Append($"Return-Path: <{from}>\r\n");
        sb.Append($"Received: from mail.{fromDomain} (mail.{fromDomain} [{ip}])\r\n\tby mx.example.net (Postfix) with ESMTPS id 4Q{index:X8}\r\n\tfor <{to}>; {date}\r\n");
        sb.Append($"Received: by mail.{fromDomain} with SMTP id x{index}; {date}\r\n");
        sb.Append($"Authentication-Results: mx.example.net;\r\n\tdkim={(pass ? "pass" : "fail")} header.d={fromDomain} header.s=s1 header.b=Ab{index % 97:D2};\r\n" +
                  $"\tspf={(pass ? "pass" : "softfail")} smtp.mailfrom={from};\r\n\tdmarc={(pass ? "pass" : "fail")} (p=none) header.from={fromDomain}\r\n");
        sb.Append($"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={fromDomain}; s=s1; t={1700000000 + index};\r\n\th=from:to:subject:date:message-id; bh={Base64Noise(32)};\r\n\tb={Base64Noise(160)}\r\n");
        sb.Append($"Date: {date}\r\nFrom: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{index}.{seed}@{fromDomain}>\r\nMIME-Version: 1.0\r\n");
        return sb.ToString();
    }

    private Guid NextGuid()
    {
        var b = new byte[16];
        _random.NextBytes(b);
        return new Guid(b);
    }

    private string Base64Noise(int bytes)
    {
        var b = new byte[bytes];
        _random.NextBytes(b);
        return Convert.ToBase64String(b);
    }

    private static string Wrap(string base64)
    {
        var sb = new StringBuilder(base64.Length + base64.Length / 38);
        for (var i = 0; i < base64.Length; i += 76)
        {
            sb.Append(base64, i, Math.Min(76, base64.Length - i)).Append("\r\n");
        }
        return sb.ToString();
    }

    private static string Fold(string line)
    {
        if (line.Length <= 75)
        {
            return line + "\r\n";
        }
        var sb = new StringBuilder();
        sb.Append(line, 0, 75).Append("\r\n");
        for (var i = 75; i < line.Length; i += 74)
        {
            sb.Append(' ').Append(line, i, Math.Min(74, line.Length - i)).Append("\r\n");
        }
        return sb.ToString();
    }

    private static string Qp(string text)
    {
        var sb = new StringBuilder();
        var column = 0;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b == '\n')
            {
                sb.Append("\r\n");
                column = 0;
                continue;
            }
            if (b == '\r')
            {
                continue;
            }
            var piece = b is < 32 or > 126 or (byte)'=' ? $"={b:X2}" : ((char)b).ToString();
            if (column + piece.Length > 75)
            {
                sb.Append("=\r\n");
                column = 0;
            }
            sb.Append(piece);
            column += piece.Length;
        }
        return sb.ToString();
    }

    private string Words(int count)
    {
        string[] words = ["the", "agenda", "meeting", "please", "review", "attached", "notes", "before", "call", "project", "update", "budget", "team", "join", "link", "room", "thanks", "best", "regards", "schedule"];
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(words[_random.Next(words.Length)]).Append(i % 14 == 13 ? ".\n" : " ");
        }
        return sb.ToString();
    }

    private string Calendar(string prodId, string method, string uid, string organizer, string organizerName, IReadOnlyList<string> attendees, string summary,
        string description, DateTime start, string? rrule, int alarms, bool windowsZone, bool microsoft, string? location)
    {
        var sb = new StringBuilder();
        sb.Append($"BEGIN:VCALENDAR\r\nPRODID:{prodId}\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:{method}\r\n");
        var tzid = windowsZone ? "W. Europe Standard Time" : "Europe/Berlin";
        sb.Append($"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n" +
                  "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n");
        sb.Append("BEGIN:VEVENT\r\n");
        sb.Append(Fold($"ORGANIZER;CN={organizerName}:mailto:{organizer}"));
        foreach (var a in attendees)
        {
            sb.Append(Fold($"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}:mailto:{a}"));
        }
        sb.Append(Fold($"DESCRIPTION:{description.Replace("\n", "\\n").Replace(",", "\\,").Replace(";", "\\;")}"));
        sb.Append(Fold($"UID:{uid}"));
        sb.Append($"SUMMARY;LANGUAGE=en-US:{summary}\r\n");
        sb.Append($"DTSTART;TZID={tzid}:{start:yyyyMMdd'T'HHmmss}\r\nDTEND;TZID={tzid}:{start.AddMinutes(45):yyyyMMdd'T'HHmmss}\r\n");
        if (rrule is not null)
        {
            sb.Append($"RRULE:{rrule}\r\n");
        }
        sb.Append("CLASS:PUBLIC\r\nPRIORITY:5\r\n");
        sb.Append($"DTSTAMP:{start.AddDays(-3):yyyyMMdd'T'HHmmss}Z\r\nCREATED:{start.AddDays(-3):yyyyMMdd'T'HHmmss}Z\r\nLAST-MODIFIED:{start.AddDays(-3):yyyyMMdd'T'HHmmss}Z\r\n");
        sb.Append("TRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n");
        if (location is not null)
        {
            sb.Append(Fold($"LOCATION:{location}"));
        }
        if (microsoft)
        {
            sb.Append("X-MICROSOFT-CDO-APPT-SEQUENCE:0\r\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\r\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\r\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\r\n" +
                      "X-MICROSOFT-CDO-IMPORTANCE:1\r\nX-MICROSOFT-CDO-INSTTYPE:0\r\nX-MICROSOFT-DONOTFORWARDMEETING:FALSE\r\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\r\n");
        }
        for (var i = 0; i < alarms; i++)
        {
            sb.Append($"BEGIN:VALARM\r\nDESCRIPTION:REMINDER\r\nTRIGGER;RELATED=START:-PT{15 * (i + 1)}M\r\nACTION:DISPLAY\r\nEND:VALARM\r\n");
        }
        sb.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return sb.ToString();
    }

    private List<string> Attendees(int count, string domain)
    {
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Address(Person(), i % 3 == 0 ? HamDomains[_random.Next(HamDomains.Length)] : domain).Replace("@", $"{i}@"));
        }
        return list;
    }

    private DateTime Start(int index) => Arrival(index).Date.AddDays(_random.Next(1, 40)).AddHours(_random.Next(8, 18));

    private string PdfPart(int bytes, string boundary)
    {
        var pdf = new byte[bytes];
        _random.NextBytes(pdf);
        "%PDF-1.7\n"u8.CopyTo(pdf);
        return $"--{boundary}\r\nContent-Type: application/pdf; name=\"agenda.pdf\"\r\nContent-Disposition: attachment; filename=\"agenda.pdf\"\r\n" +
               $"Content-Transfer-Encoding: base64\r\n\r\n{Wrap(Convert.ToBase64String(pdf))}";
    }

    private string Google(int index, int attachment)
    {
        var organizerName = Person();
        var domain = HamDomains[_random.Next(HamDomains.Length)];
        var organizer = Address(organizerName, domain);
        var to = Address(Person(), "example.net");
        var attendees = Attendees(_random.Next(1, 12), domain);
        attendees.Add(to);
        var topic = Topics[_random.Next(Topics.Length)];
        var start = Start(index);
        var description = Words(_random.Next(10, 120)) + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n" +
                          $"Join with Google Meet: https://meet.google.com/abc-{index % 1000:D3}-xyz\nView your event at https://calendar.google.com/calendar/event?action=VIEW&eid={Base64Noise(24)}";
        var cal = Calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", $"{Base64Noise(12).Replace('/', 'a').Replace('+', 'b')}@google.com",
            organizer, organizerName, attendees, topic, description, start, _random.Next(4) == 0 ? "FREQ=WEEKLY;COUNT=10" : null, 0, false, false,
            _random.Next(3) == 0 ? "Room 4.12" : null);
        var outer = $"000000000000{index:x8}{seed:x4}a";
        var inner = $"000000000000{index:x8}{seed:x4}b";
        var plain = $"{organizerName} has invited you to an event.\n{topic}\nWhen: {start:dddd MMM d, yyyy HH:mm}\n{description}";
        var html = $"<div><table><tr><td><h2>{topic}</h2><p>{organizerName} has invited you.</p><p>{description.Replace("\n", "<br>")}</p></td></tr></table></div>";
        var sb = new StringBuilder(TransportHeaders(index, "calendar-notification@google.com", "google.com", true, $"Invitation: {topic} @ {start:ddd MMM d, yyyy HH:mm}", to));
        sb.Append($"Sender: Google Calendar <calendar-notification@google.com>\r\nReply-To: {organizer}\r\n");
        sb.Append($"Content-Type: multipart/mixed; boundary=\"{outer}\"\r\n\r\n--{outer}\r\nContent-Type: multipart/alternative; boundary=\"{inner}\"\r\n\r\n");
        sb.Append($"--{inner}\r\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\r\nContent-Transfer-Encoding: base64\r\n\r\n{Wrap(Convert.ToBase64String(Encoding.UTF8.GetBytes(plain)))}");
        sb.Append($"--{inner}\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{Qp(html)}\r\n");
        sb.Append($"--{inner}\r\nContent-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{cal}\r\n--{inner}--\r\n");
        sb.Append($"--{outer}\r\nContent-Type: application/ics; name=\"invite.ics\"\r\nContent-Disposition: attachment; filename=\"invite.ics\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        sb.Append(Wrap(Convert.ToBase64String(Encoding.UTF8.GetBytes(cal))));
        if (attachment > 0)
        {
            sb.Append(PdfPart(attachment, outer));
        }
        sb.Append($"--{outer}--\r\n");
        return sb.ToString();
    }

    private string Outlook(int index, int attachment)
    {
        var organizerName = Person();
        var domain = HamDomains[_random.Next(HamDomains.Length)];
        var organizer = Address(organizerName, domain);
        var to = Address(Person(), "example.net");
        var attendees = Attendees(_random.Next(1, 25), domain);
        attendees.Add(to);
        var topic = Topics[_random.Next(Topics.Length)];
        var start = Start(index);
        var description = Words(_random.Next(5, 80)) + "\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_" + Base64Noise(30).Replace('/', '_') + "\nMeeting ID: 312 555 " + index % 1000 + "\n";
        var cal = Calendar("Microsoft Exchange Server 2010", "REQUEST", $"040000008200E00074C5B7101A82E0080000000{index:X8}", organizer, organizerName,
            attendees, topic, description, start, _random.Next(5) == 0 ? "FREQ=WEEKLY;UNTIL=20270601T080000Z;INTERVAL=1;BYDAY=MO;WKST=MO" : null, 1, true, true,
            "Microsoft Teams Meeting");
        var boundary = $"_000_DB9PR04MB{index:X8}{seed:X4}EURP_";
        var html = $"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"EN-US\"><div class=\"WordSection1\"><p class=\"MsoNormal\">{description.Replace("\n", "<br>")}</p></div></body></html>";
        var sb = new StringBuilder(TransportHeaders(index, organizer, domain, true, topic, to));
        sb.Append($"Thread-Topic: {topic}\r\nThread-Index: {Base64Noise(22)}\r\nX-MS-Has-Attach: {(attachment > 0 ? "yes" : "")}\r\nX-MS-TNEF-Correlator:\r\nContent-Language: en-US\r\n");
        var mixed = attachment > 0 ? $"_mixed_{boundary}" : null;
        if (mixed is not null)
        {
            sb.Append($"Content-Type: multipart/mixed; boundary=\"{mixed}\"\r\n\r\n--{mixed}\r\n");
        }
        sb.Append($"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n");
        sb.Append($"--{boundary}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{Qp(description)}\r\n");
        sb.Append($"--{boundary}\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{Qp(html)}\r\n");
        sb.Append($"--{boundary}\r\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n{Wrap(Convert.ToBase64String(Encoding.UTF8.GetBytes(cal)))}\r\n--{boundary}--\r\n");
        if (mixed is not null)
        {
            sb.Append(PdfPart(attachment, mixed)).Append($"--{mixed}--\r\n");
        }
        return sb.ToString();
    }

    private string Apple(int index, int attachment)
    {
        var organizerName = Person();
        var domain = "icloud.com";
        var organizer = Address(organizerName, domain);
        var to = Address(Person(), "example.net");
        var attendees = Attendees(_random.Next(1, 6), "example.org");
        attendees.Add(to);
        var topic = Topics[_random.Next(Topics.Length)];
        var start = Start(index);
        var cal = Calendar("-//Apple Inc.//macOS 14.2//EN", "REQUEST", NextGuid().ToString().ToUpperInvariant(), organizer, organizerName, attendees, topic,
            Words(_random.Next(0, 40)), start, _random.Next(6) == 0 ? "FREQ=MONTHLY;BYMONTHDAY=1" : null, _random.Next(2), false, false, null);
        var boundary = $"Apple-Mail={NextGuid().ToString().ToUpperInvariant()}";
        var sb = new StringBuilder(TransportHeaders(index, organizer, domain, true, $"Invitation: {topic}", to));
        sb.Append($"X-Mailer: Apple Mail (2.3774.300.61.1.2)\r\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n");
        sb.Append($"--{boundary}\r\nContent-Transfer-Encoding: 7bit\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{organizerName} invited you to \"{topic}\".\r\n\r\n");
        sb.Append($"--{boundary}\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST; name=invite.ics\r\nContent-Disposition: attachment; filename=invite.ics\r\n\r\n{Qp(cal)}\r\n");
        if (attachment > 0)
        {
            sb.Append(PdfPart(attachment, boundary));
        }
        sb.Append($"--{boundary}--\r\n");
        return sb.ToString();
    }

    private string Spam(int index, int attachment)
    {
        var domain = $"{Base64Noise(6).Replace('/', 'q').Replace('+', 'z').Replace("=", "").ToLowerInvariant()}.{(_random.Next(2) == 0 ? "top" : "icloud.com")}";
        var organizerName = _random.Next(2) == 0 ? "Prize Department" : Person();
        var organizer = Address(organizerName, domain);
        var to = $"victim{index % 977}@example.net";
        var attendees = new List<string> { to };
        attendees.AddRange(Enumerable.Range(0, _random.Next(0, 300)).Select(i => $"user{_random.Next(100000)}@{HamDomains[_random.Next(HamDomains.Length)]}"));
        var lure = string.Format(CultureInfo.InvariantCulture, SpamLures[_random.Next(SpamLures.Length)], _random.Next(1000, 9999));
        var link = string.Format(CultureInfo.InvariantCulture, SpamLinks[_random.Next(SpamLinks.Length)], _random.Next(100000), _random.Next(1, 250));
        var description = $"{lure}\nClaim now: {link}\nThis offer expires in 24 hours. {Words(_random.Next(5, 60))}";
        var cal = Calendar("-//Apple Inc.//iCloud 2.0//EN", "REQUEST", $"{NextGuid()}", organizer, organizerName, attendees, lure, description, Start(index),
            _random.Next(3) == 0 ? "FREQ=DAILY" : _random.Next(2) == 0 ? "FREQ=HOURLY;INTERVAL=1" : null, _random.Next(0, 4), false, false, link);
        var boundary = $"----=_Part_{index}_{seed}.{1700000000000L + index}";
        var sb = new StringBuilder(TransportHeaders(index, organizer, domain, _random.Next(3) == 0, lure, to));
        sb.Append($"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n");
        if (_random.Next(2) == 0)
        {
            sb.Append($"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n");
        }
        else
        {
            sb.Append($"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{Qp($"<p>{lure}</p><a href=\"{link}\">Click here</a>")}\r\n");
        }
        sb.Append($"--{boundary}\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{Wrap(Convert.ToBase64String(Encoding.UTF8.GetBytes(cal)))}");
        if (attachment > 0)
        {
            sb.Append(PdfPart(attachment, boundary));
        }
        sb.Append($"--{boundary}--\r\n");
        return sb.ToString();
    }

    private string Plain(int index)
    {
        var from = Address(Person(), "example.org");
        var sb = new StringBuilder(TransportHeaders(index, from, "example.org", true, "Re: " + Topics[_random.Next(Topics.Length)], "someone@example.net"));
        sb.Append("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").Append(Words(_random.Next(60, 200)).Replace("\n", "\r\n"));
        return sb.ToString();
    }

    private string Newsletter(int index)
    {
        var boundary = $"b1_{Base64Noise(16).Replace('/', 'x').Replace('+', 'y')}";
        var sb = new StringBuilder(TransportHeaders(index, "news@shop.example.com", "shop.example.com", true, "Our autumn collection is here", "someone@example.net"));
        sb.Append("List-Unsubscribe: <https://shop.example.com/u?id=1>\r\n");
        sb.Append($"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
        sb.Append(Qp(Words(400))).Append($"\r\n--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>td{padding:0;border-collapse:collapse} .btn{background:#e30;color:#fff}</style></head><body>");
        for (var i = 0; i < 60; i++)
        {
            html.Append($"<table role=\"presentation\" width=\"100%\"><tr><td class=\"btn\" style=\"font-family:Arial,sans-serif;font-size:14px\"><a href=\"https://shop.example.com/p/{i}?utm_source=newsletter&utm_medium=email\">{Words(12)}</a><img src=\"https://cdn.example.com/i/{i}.jpg\" alt=\"\" width=\"600\"></td></tr></table>\n");
        }
        sb.Append(Qp(html.Append("</body></html>").ToString())).Append($"\r\n--{boundary}--\r\n");
        return sb.ToString();
    }

    private string WithAttachment(int index, int bytes)
    {
        var boundary = $"------------{index:D12}";
        var from = Address(Person(), "example.org");
        var sb = new StringBuilder(TransportHeaders(index, from, "example.org", true, "Scans from today", "someone@example.net"));
        sb.Append($"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n--{boundary}\r\n");
        sb.Append("Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 7bit\r\n\r\n").Append(Words(40).Replace("\n", "\r\n")).Append("\r\n");
        sb.Append(PdfPart(bytes, boundary));
        var image = new byte[bytes / 4];
        _random.NextBytes(image);
        sb.Append($"--{boundary}\r\nContent-Type: image/jpeg; name=\"photo.jpg\"\r\nContent-Disposition: attachment; filename=\"photo.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        sb.Append(Wrap(Convert.ToBase64String(image))).Append($"--{boundary}--\r\n");
        return sb.ToString();
    }
}
