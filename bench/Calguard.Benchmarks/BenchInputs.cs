using System.Text;
using Calguard.Reading;

namespace Calguard.Benchmarks;

/// <summary>
/// The inputs every benchmark shares: real corpus invitations, generated typical invitations, mail without
/// calendars of realistic sizes, and crafted worst cases. The corpus is <c>../shared/corpus</c> next to the
/// repository root (or <c>$CALGUARD_SHARED/corpus</c>).
/// </summary>
public static class BenchInputs
{
    private static readonly Lazy<string?> CorpusRoot = new(LocateCorpus);
    private static readonly Lazy<byte[][]> CorpusMessages = new(LoadCorpusMessages);
    private static readonly Lazy<byte[][]> CorpusCalendarParts = new(() => CorpusMessages.Value
        .SelectMany(m => MessageReader.Read(m).Parts.Where(p => p.Carrier.Kind != Calguard.CarrierKind.Headers).Select(p => p.Content)).ToArray());

    /// <summary>The corpus folder, or null.</summary>
    public static string? Corpus => CorpusRoot.Value;

    /// <summary>A real Outlook invitation of 4.5 KB (<c>imip/thunderbird/outlook-test-invite.eml</c>), else a generated one.</summary>
    public static byte[] TypicalInvitation { get; } = LoadTypical();

    /// <summary>A generated Google-style invitation of about 6 KB (multipart/mixed, 7bit text/calendar plus base64 invite.ics).</summary>
    public static byte[] GoogleInvitation { get; } = new InvitationCorpus(7).Next(InvitationCorpus.Kind.Google, 3, attachmentBytes: 0);

    /// <summary>The calendar part of <see cref="TypicalInvitation"/>, decoded.</summary>
    public static byte[] TypicalCalendar { get; } = MessageReader.Read(TypicalInvitation).Parts[0].Content;

    /// <summary>Every message in <c>imip/</c> and <c>spam/</c> on which the reader finds a calendar.</summary>
    public static byte[][] RealInvitations => CorpusMessages.Value;

    /// <summary>The decoded calendar parts of <see cref="RealInvitations"/>.</summary>
    public static byte[][] RealCalendars => CorpusCalendarParts.Value;

    /// <summary>A generated feed of 5,000 events (about 3 MB), like a holiday or sports subscription.</summary>
    public static byte[] LargeFeed { get; } = Feed(5000);

    /// <summary>Mail without calendar content, by name, for the precheck.</summary>
    public static IReadOnlyDictionary<string, byte[]> NonCalendarMail { get; } = new Dictionary<string, byte[]>
    {
        ["plain-2k"] = new InvitationCorpus(11).Next(InvitationCorpus.Kind.NoCalendarPlain, 1),
        ["newsletter-qp"] = new InvitationCorpus(12).Next(InvitationCorpus.Kind.NoCalendarNewsletter, 2),
        ["attachments-400k"] = new InvitationCorpus(13).Next(InvitationCorpus.Kind.NoCalendarAttachment, 3, 300_000),
        ["attachments-5m"] = new InvitationCorpus(14).Next(InvitationCorpus.Kind.NoCalendarAttachment, 4, 3_800_000),
    };

    /// <summary>Builds a calendar feed with <paramref name="events"/> events.</summary>
    public static byte[] Feed(int events)
    {
        var sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calguard//Bench feed//EN\r\nX-WR-CALNAME:Holidays and fixtures\r\n");
        for (var i = 0; i < events; i++)
        {
            var day = new DateTime(2020, 1, 1).AddDays(i % 3650);
            sb.Append($"BEGIN:VEVENT\r\nUID:feed-{i}@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:{day:yyyyMMdd}\r\nDTEND;VALUE=DATE:{day.AddDays(1):yyyyMMdd}\r\n");
            sb.Append($"SUMMARY:Fixture {i}: Home v Away\r\nDESCRIPTION:Kick-off 15:00\\, ground {i % 40}. Tickets at https://tickets.example.org/{i}\r\nLOCATION:Stadium {i % 40}\r\nCATEGORIES:Sport\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
        }
        return Encoding.UTF8.GetBytes(sb.Append("END:VCALENDAR\r\n").ToString());
    }

    /// <summary>Wraps a calendar text into a text/calendar iMIP message.</summary>
    public static byte[] AsMessage(string calendar, string transfer = "7bit")
    {
        var body = transfer == "base64" ? Wrap(Convert.ToBase64String(Encoding.UTF8.GetBytes(calendar))) : calendar;
        return Encoding.UTF8.GetBytes(
            "Received: from mail.example.org (mail.example.org [203.0.113.9]) by mx.example.net; Mon, 2 Nov 2026 10:00:00 +0000\r\n" +
            "From: organizer@example.org\r\nTo: attendee@example.net\r\nSubject: crafted\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\n" +
            $"Message-ID: <crafted@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\nContent-Transfer-Encoding: {transfer}\r\n\r\n{body}");
    }

    /// <summary>A minimal event calendar with extra lines inside the VEVENT.</summary>
    public static string Event(string extra, string dtstart = "DTSTART:20261110T100000Z") =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:w@example.org\r\nDTSTAMP:20261102T100000Z\r\n" +
        $"{dtstart}\r\nSUMMARY:crafted\r\nORGANIZER:mailto:organizer@example.org\r\nATTENDEE:mailto:attendee@example.net\r\n{extra}END:VEVENT\r\nEND:VCALENDAR\r\n";

    /// <summary>Crafted worst cases, each a whole message, by name.</summary>
    public static IReadOnlyDictionary<string, byte[]> WorstCases => LazyWorstCases.Value;

    private static readonly Lazy<Dictionary<string, byte[]>> LazyWorstCases = new(BuildWorstCases);

    /// <summary>The calendar text of the calendar-only worst cases, for readers that take a calendar.</summary>
    public static IReadOnlyDictionary<string, string> WorstCalendars => LazyWorstCalendars.Value;

    private static readonly Lazy<Dictionary<string, string>> LazyWorstCalendars = new(BuildWorstCalendars);

    private static Dictionary<string, string> BuildWorstCalendars()
    {
        var nested = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            nested.Append("BEGIN:X-NEST\r\n");
        }
        var attendees = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            attendees.Append($"ATTENDEE;CN=Person {i};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:p{i}@d{i % 5000}.example\r\n");
        }
        var alarms = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            alarms.Append("BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT1M\r\nREPEAT:1000\r\nDURATION:PT1S\r\nEND:VALARM\r\n");
        }
        return new Dictionary<string, string>
        {
            ["rrule-secondly-unbounded"] = Event("RRULE:FREQ=SECONDLY\r\n"),
            ["rrule-secondly-never-matches"] = Event("RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30\r\n"),
            ["rrule-yearly-feb30"] = Event("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\n"),
            ["rrule-count-max"] = Event("RRULE:FREQ=SECONDLY;COUNT=2147483647\r\n"),
            ["rrule-interval-0"] = Event("RRULE:FREQ=MINUTELY;INTERVAL=0\r\n"),
            ["rrule-until-9999"] = Event("RRULE:FREQ=SECONDLY;UNTIL=99991231T235959Z;BYSETPOS=-1,1,2,3\r\n"),
            ["rrule-dtstart-year1"] = Event("RRULE:FREQ=MINUTELY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=1,2,3\r\n", "DTSTART:00010101T000000Z"),
            ["rrule-many-byparts"] = Event("RRULE:FREQ=SECONDLY;BYSECOND=" + string.Join(",", Enumerable.Range(0, 60)) + ";BYMINUTE=" + string.Join(",", Enumerable.Range(0, 60)) + ";BYHOUR=" + string.Join(",", Enumerable.Range(0, 24)) + "\r\n"),
            ["nesting-100k"] = Event(nested.ToString()),
            ["attendees-100k"] = Event(attendees.ToString()),
            ["alarms-10k"] = Event(alarms.ToString()),
            ["line-4mb"] = Event("DESCRIPTION:" + new string('A', 4 * 1024 * 1024) + "\r\n"),
            ["folds-1m"] = Event("DESCRIPTION:" + string.Concat(Enumerable.Repeat("x\r\n ", 1_000_000)) + "\r\n"),
            ["events-20k"] = Encoding.UTF8.GetString(Feed(20_000)),
            // Every number is a candidate amount for the money rules and the seed's features.
            ["numbers-60k"] = Event("DESCRIPTION:our bank details " + string.Concat(Enumerable.Repeat("1% ", 60_000)) + "\r\n"),
            // Every name starts a window for the routing-number regex, and every number (or IBAN) it finds is an
            // account whose surroundings are searched for a change word that is not there.
            // As much text as the content rules read (MaxTextChars), every word a Latin-Cyrillic look-alike of a brand.
            ["mixed-script-200k"] = Event("DESCRIPTION:" + string.Concat(Enumerable.Repeat("p\u0430ypal ", 200_000 / 7)) + "\r\n"),
            ["iban-15k"] = Event("DESCRIPTION:our details: " + string.Concat(Enumerable.Repeat("DE89 3704 0044 0532 0130 00 ", 15_000)) + "\r\n"),
            ["routing-15k"] = Event("DESCRIPTION:our details: " + string.Concat(Enumerable.Repeat("aba routing: 021000092 ", 15_000)) + "\r\n"),
        };
    }

    private static Dictionary<string, byte[]> BuildWorstCases()
    {
        var cases = new Dictionary<string, byte[]>();
        foreach (var (name, calendar) in BuildWorstCalendars())
        {
            cases[name] = AsMessage(calendar);
        }

        // 50 MB attachment (random base64) next to a normal invitation.
        var random = new Random(5);
        var blob = new byte[37_500_000];
        random.NextBytes(blob);
        var big = new StringBuilder("From: a@example.org\r\nTo: b@example.net\r\nSubject: big\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"bb\"\r\n\r\n--bb\r\n");
        big.Append("Content-Type: text/calendar; method=REQUEST\r\n\r\n").Append(Event("")).Append("\r\n--bb\r\nContent-Type: application/octet-stream; name=\"big.bin\"\r\n");
        big.Append("Content-Transfer-Encoding: base64\r\n\r\n").Append(Wrap(Convert.ToBase64String(blob))).Append("--bb--\r\n");
        cases["attachment-50mb"] = Encoding.ASCII.GetBytes(big.ToString());

        // A 50 MB calendar attachment (one event with an enormous base64 ATTACH).
        var hugeCalendar = Event("ATTACH;ENCODING=BASE64;VALUE=BINARY:" + Convert.ToBase64String(blob[..26_000_000]) + "\r\n");
        cases["calendar-attachment-50mb"] = AsMessage(hugeCalendar, "base64");

        // 10,000 nested multiparts and 1,000 nested message/rfc822.
        var deep = new StringBuilder("From: a@example.org\r\nTo: b@example.net\r\nSubject: deep\r\nMIME-Version: 1.0\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            deep.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        }
        deep.Append("Content-Type: text/calendar\r\n\r\n").Append(Event(""));
        for (var i = 9_999; i >= 0; i--)
        {
            deep.Append($"\r\n--b{i}--\r\n");
        }
        cases["mime-nesting-10k"] = Encoding.ASCII.GetBytes(deep.ToString());
        var rfc822 = new StringBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            rfc822.Append($"From: a{i}@example.org\r\nSubject: fwd {i}\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n");
        }
        rfc822.Append("From: z@example.org\r\nContent-Type: text/calendar\r\n\r\n").Append(Event(""));
        cases["rfc822-nesting-1k"] = Encoding.ASCII.GetBytes(rfc822.ToString());

        // 10,000 calendar parts.
        var parts = new StringBuilder("From: a@example.org\r\nTo: b@example.net\r\nSubject: parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"pp\"\r\n\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            parts.Append("--pp\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n").Append(Event("")).Append("\r\n");
        }
        cases["calendar-parts-10k"] = Encoding.ASCII.GetBytes(parts.Append("--pp--\r\n").ToString());

        // The same text in the body and again in the description.
        static byte[] Padded(string text) => Encoding.UTF8.GetBytes(
            "Received: from mail.example.org (mail.example.org [203.0.113.9]) by mx.example.net; Mon, 2 Nov 2026 10:00:00 +0000\r\n" +
            "From: organizer@example.org\r\nTo: attendee@example.net\r\nSubject: padded\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/alternative; boundary=\"pt\"\r\n\r\n--pt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
            "\r\n--pt\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n" + Event("DESCRIPTION:" + text + "\r\n") + "--pt--\r\n");

        // 300,000 characters of ordinary wording with a money and a date in every phrase: more than every content rule
        // reads (MaxTextChars) twice over.
        cases["padded-text-600k"] = Padded(string.Concat(Enumerable.Repeat("pay the 1.99 EUR customs fee by 08/10/2017 09:30 ", 300_000 / 50)));

        // The same in Greek, made of the beginnings of the account-change, payment and messenger words without one
        // whole word: every search for words outside ASCII stops at every letter.
        cases["greek-word-starts-600k"] = Padded(string.Concat(Enumerable.Repeat("νέ λογαριασμ πληρωμ τέλεγκρ ", 300_000 / 28)));

        // 20,000 recipients in To, each at its own organisation, and 2,000 links, each to its own host: every host is
        // checked against the recipients' organisations (links into the recipient's own site are not unrelated).
        var wide = new StringBuilder("Received: from mail.example.org (mail.example.org [203.0.113.9]) by mx.example.net; Mon, 2 Nov 2026 10:00:00 +0000\r\n");
        wide.Append("From: organizer@example.org\r\nTo: ").AppendJoin(", ", Enumerable.Range(0, 20_000).Select(i => $"u{i}@org{i}.example"));
        wide.Append("\r\nSubject: wide\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n");
        wide.Append(Event("DESCRIPTION:" + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"https://h{i}.site{i}.example/p")) + "\r\n"));
        cases["recipients-20k-links-2k"] = Encoding.UTF8.GetBytes(wide.ToString());

        // Headers MimeKit parses eagerly, made long: 100,000 To addresses, 80,000 References, 100,000 header fields.
        static byte[] WithHeaders(string headers) => Encoding.UTF8.GetBytes(
            "Received: from mail.example.org (mail.example.org [203.0.113.9]) by mx.example.net; Mon, 2 Nov 2026 10:00:00 +0000\r\n" +
            $"From: organizer@example.org\r\n{headers}Subject: headers\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n{Event("")}");
        cases["to-100k"] = WithHeaders("To: " + string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"u{i}@org{i}.example")) + "\r\n");
        cases["references-80k"] = WithHeaders("To: attendee@example.net\r\nReferences: " + string.Join(' ', Enumerable.Range(0, 80_000).Select(i => $"<id{i}@host{i}.example>")) + "\r\n");
        // 1,000 folded addresses in each of five address fields, and 1,000 Reply-To domains against 2,000 recipients.
        var folded = string.Join(",\r\n ", Enumerable.Range(0, 1_000).Select(i => $"u{i}@o{i}.example"));
        cases["address-fields-5x1000"] = WithHeaders(string.Concat(new[] { "To", "Cc", "Bcc", "Reply-To", "Resent-To" }.Select(h => $"{h}: {folded}\r\n")));
        cases["header-line-2mb"] = WithHeaders("To: attendee@example.net\r\n" + new string('x', 2_000_000) + "\r\n");
        cases["header-fields-100k"] = WithHeaders("To: attendee@example.net\r\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"X-H{i}: v{i}\r\n")));
        return cases;
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

    private static byte[] LoadTypical()
    {
        var path = Corpus is null ? null : Path.Combine(Corpus, "imip", "thunderbird", "outlook-test-invite.eml");
        return path is not null && File.Exists(path) ? File.ReadAllBytes(path) : new InvitationCorpus(3).Next(InvitationCorpus.Kind.Outlook, 1, 0);
    }

    private static byte[][] LoadCorpusMessages()
    {
        if (Corpus is null)
        {
            return [TypicalInvitation, GoogleInvitation];
        }
        return new[] { "imip", "spam" }
            .Select(d => Path.Combine(Corpus, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .Where(b => MessageReader.Read(b) is { HasCalendar: true, IsMessage: true })
            .ToArray();
    }

    private static string? LocateCorpus()
    {
        var shared = Environment.GetEnvironmentVariable("CALGUARD_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            return Directory.Exists(Path.Combine(shared, "corpus")) ? Path.Combine(shared, "corpus") : null;
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Calguard.slnx")))
                {
                    var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                    return Directory.Exists(corpus) ? corpus : null;
                }
            }
        }
        return null;
    }
}
