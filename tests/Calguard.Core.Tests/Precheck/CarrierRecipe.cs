using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Calguard.Core.Tests.Precheck;

/// <summary>How the calendar travels.</summary>
public enum Carrier
{
    CalendarType,
    NamedAttachment,
    Sniffed,
    Tnef,
    HeaderArea,
    BareFile,
    None,
}

/// <summary>How the file name is written.</summary>
public enum NameStyle
{
    Token,
    Quoted,
    QuotedPairs,
    Rfc2231,
    Rfc2231AllPercent,
    Rfc2231Continuations,
    Rfc2231ContinuationsReordered,
    Rfc2231ContinuationsEncoded,
    Rfc2047Base64,
    Rfc2047Q,
    Rfc2047Split,
    Rfc2047Utf16,
    Rfc2047Unquoted,
    FoldedInQuotes,
}

/// <summary>Where the file name is written.</summary>
public enum NamePlace
{
    ContentTypeName,
    DispositionFilename,
    Both,
}

/// <summary>The Content-Transfer-Encoding of the carrier part.</summary>
public enum Transfer
{
    Absent,
    SevenBit,
    EightBit,
    Binary,
    Base64,
    Base64Unwrapped,
    Base64WithJunk,
    QuotedPrintable,
    QuotedPrintableAllEscaped,
    QuotedPrintableSoftBreaks,
    UuEncode,
    Unknown,
}

/// <summary>The MIME structure around the carrier.</summary>
public enum Wrap
{
    Single,
    Mixed,
    Alternative,
    MixedWithAttachments,
    Nested,
    NestedTwice,
    NestedEncoded,
}

/// <summary>How the carrier's header field names are spelled.</summary>
public enum HeaderStyle
{
    Canonical,
    Upper,
    Lower,
    BlankBeforeColon,
    FoldedValue,
}

/// <summary>One generated message: every choice that matters to the precheck, printed when a property fails.</summary>
public sealed record CarrierRecipe(
    Carrier Carrier,
    string MediaType,
    NameStyle NameStyle,
    string FileName,
    NamePlace NamePlace,
    Transfer Transfer,
    int LeadingBlanks,
    bool Bom,
    string Begin,
    Wrap Wrap,
    HeaderStyle HeaderStyle,
    bool Lf,
    int Noise)
{
    /// <summary>Media types that MessageReader reads as calendars, written as senders write them.</summary>
    public static readonly string[] CalendarTypes =
    [
        "text/calendar", "TEXT/CALENDAR", "Text/Calendar", "text/calendar; method=REQUEST; charset=UTF-8", "text/calendar; method=\"CANCEL\"",
        "text/x-vcalendar", "text/x-calendar", "application/ics", "APPLICATION/ICS", "application/x-ics", "application/calendar",
        "text/ calendar", "text /calendar", "text/(comment)calendar", "text/calendar (comment)", "application/ics; name=x",
    ];

    /// <summary>Media types that are not calendar types.</summary>
    public static readonly string[] OtherTypes =
    [
        "application/octet-stream", "text/plain", "text/plain; charset=utf-8", "image/png", "application/pdf", "application/x-unknown",
        "text/html", "message/partial-x",
    ];

    /// <summary>File names that MessageReader reads as calendars (and a few that it does not).</summary>
    public static readonly string[] FileNames =
    [
        "invite.ics", "INVITE.ICS", "Invite.Ics", "meeting.ical", "meeting.icalendar", "busy.ifb", "old.vcs", "trailing.ics.",
        "trailing.ics ", "report 2024 (final).ics", "Einladung zum Gespräch.ics", "日程.ics", "a.ics.pdf", "physics.pdf", "winmail.dat",
        "WINMAIL.DAT",
    ];

    /// <summary>Spellings of BEGIN:VCALENDAR.</summary>
    public static readonly string[] Begins = ["BEGIN:VCALENDAR", "begin:vcalendar", "Begin:VCalendar", "BEGIN:vCalendar", "bEgIn:VcAlEnDaR"];

    /// <summary>The generator.</summary>
    public static Gen<CarrierRecipe> Generator { get; } =
        from carrier in Gen.Frequency((5, Gen.Constant(Carrier.CalendarType)), (5, Gen.Constant(Carrier.NamedAttachment)),
            (4, Gen.Constant(Carrier.Sniffed)), (2, Gen.Constant(Carrier.Tnef)), (1, Gen.Constant(Carrier.HeaderArea)),
            (1, Gen.Constant(Carrier.BareFile)), (2, Gen.Constant(Carrier.None)))
        from media in carrier == Carrier.CalendarType ? Gen.Elements(CalendarTypes) : Gen.Elements(OtherTypes)
        from nameStyle in Gen.Elements(Enum.GetValues<NameStyle>())
        from fileName in Gen.Elements(FileNames)
        from place in Gen.Elements(Enum.GetValues<NamePlace>())
        from transfer in Gen.Elements(Enum.GetValues<Transfer>())
        from blanks in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 16)), (1, Gen.Choose(17, 20)))
        from bom in Gen.Elements(false, false, true)
        from begin in Gen.Elements(Begins)
        from wrap in Gen.Elements(Enum.GetValues<Wrap>())
        from headerStyle in Gen.Elements(Enum.GetValues<HeaderStyle>())
        from lf in Gen.Elements(false, false, true)
        from noise in Gen.Choose(0, int.MaxValue)
        select new CarrierRecipe(carrier, media, nameStyle, fileName, place, transfer, blanks, bom, begin, wrap, headerStyle, lf, noise);

    /// <summary>Builds the message bytes.</summary>
    public byte[] Build() => new MessageBuilder(this).Build();
}

/// <summary>Turns a <see cref="CarrierRecipe"/> into raw message bytes.</summary>
internal sealed class MessageBuilder(CarrierRecipe r)
{
    private readonly Random _random = new(r.Noise);
    private string Nl => r.Lf ? "\n" : "\r\n";

    public byte[] Build()
    {
        if (r.Carrier == Precheck.Carrier.BareFile)
        {
            return CalendarBytes();
        }
        var entity = CarrierPart();
        var body = r.Wrap switch
        {
            Precheck.Wrap.Single => entity,
            Precheck.Wrap.Mixed => Multipart("mixed", [TextPart("Please see the invitation."), entity]),
            Precheck.Wrap.Alternative => Multipart("alternative", [TextPart("You are invited."), HtmlPart(), entity]),
            Precheck.Wrap.MixedWithAttachments => Multipart("mixed", [TextPart("Attached."), BinaryAttachment("scan.pdf", 3000), entity, BinaryAttachment("logo.png", 800)]),
            Precheck.Wrap.Nested => Multipart("mixed", [TextPart("Forwarded message below."), Rfc822(entity, encoded: false)]),
            Precheck.Wrap.NestedTwice => Multipart("mixed", [TextPart("Fwd: Fwd:"), Rfc822(Multipart("mixed", [TextPart("inner"), Rfc822(entity, false)]), false)]),
            Precheck.Wrap.NestedEncoded => Multipart("mixed", [TextPart("Forwarded as base64."), Rfc822(entity, encoded: true)]),
            _ => entity,
        };
        var top = new StringBuilder();
        top.Append("Received: from mx.example.org (mx.example.org [192.0.2.1]) by mx.example.net; Mon, 2 Nov 2026 10:00:00 +0000").Append(Nl);
        top.Append("From: \"Organizer\" <organizer@example.org>").Append(Nl);
        top.Append("To: attendee@example.net").Append(Nl);
        top.Append("Subject: =?utf-8?Q?Invitation=3A_meeting?=").Append(Nl);
        top.Append("Date: Mon, 2 Nov 2026 10:00:00 +0000").Append(Nl);
        top.Append("Message-ID: <").Append(r.Noise).Append("@example.org>").Append(Nl);
        if (r.Carrier == Precheck.Carrier.HeaderArea)
        {
            foreach (var line in CalendarText().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                top.Append(line.TrimEnd('\r')).Append(Nl);
            }
        }
        top.Append("MIME-Version: 1.0").Append(Nl);
        return [.. Encoding.UTF8.GetBytes(top.ToString()), .. body];
    }

    private string CalendarText()
    {
        var nl = Nl;
        return $"{r.Begin}{nl}VERSION:2.0{nl}PRODID:-//Calguard//Test//EN{nl}METHOD:REQUEST{nl}BEGIN:VEVENT{nl}UID:{r.Noise}@example.org{nl}" +
               $"DTSTAMP:20261102T100000Z{nl}DTSTART:20261110T100000Z{nl}SUMMARY:Meeting{nl}ORGANIZER:mailto:organizer@example.org{nl}" +
               $"ATTENDEE:mailto:attendee@example.net{nl}END:VEVENT{nl}END:VCALENDAR{nl}";
    }

    private byte[] CalendarBytes()
    {
        var lead = new string(Enumerable.Range(0, r.LeadingBlanks).Select(i => " \t\r\n"[(i + r.Noise) % 4]).ToArray());
        byte[] text = Encoding.UTF8.GetBytes(lead + CalendarText());
        return r.Bom ? [0xEF, 0xBB, 0xBF, .. text] : text;
    }

    private byte[] CarrierPart()
    {
        var headers = new List<(string Name, string Value)>();
        byte[] content;
        switch (r.Carrier)
        {
            case Precheck.Carrier.CalendarType:
                headers.Add(("Content-Type", r.MediaType));
                content = CalendarBytes();
                break;
            case Precheck.Carrier.NamedAttachment:
                AddNamed(headers, r.MediaType, r.FileName);
                content = CalendarBytes();
                break;
            case Precheck.Carrier.Sniffed:
                headers.Add(("Content-Type", r.MediaType));
                content = CalendarBytes();
                break;
            case Precheck.Carrier.Tnef:
                if (r.FileName.StartsWith("winmail", StringComparison.OrdinalIgnoreCase) || r.Noise % 2 == 0)
                {
                    AddNamed(headers, "application/octet-stream", "winmail.dat");
                }
                else
                {
                    headers.Add(("Content-Type", r.Noise % 3 == 0 ? "application/vnd.ms-tnef" : "application/ms-tnef"));
                }
                content = [0x78, 0x9F, 0x3E, 0x22, .. RandomBytes(40), .. Encoding.UTF8.GetBytes(CalendarText()), .. RandomBytes(20)];
                break;
            default:
                headers.Add(("Content-Type", r.MediaType));
                content = Encoding.UTF8.GetBytes("Nothing to see here. See you at the meeting, BEGIN at ten." + Nl);
                break;
        }
        var (cte, encoded) = Encode(content);
        if (cte is not null)
        {
            headers.Add(("Content-Transfer-Encoding", cte));
        }
        return Entity(headers, encoded);
    }

    private void AddNamed(List<(string Name, string Value)> headers, string media, string fileName)
    {
        var (param, extra) = NameParameter(fileName);
        switch (r.NamePlace)
        {
            case NamePlace.ContentTypeName:
                headers.Add(("Content-Type", $"{media};{extra}{param("name")}"));
                break;
            case NamePlace.DispositionFilename:
                headers.Add(("Content-Type", media));
                headers.Add(("Content-Disposition", $"attachment;{extra}{param("filename")}"));
                break;
            default:
                headers.Add(("Content-Type", $"{media};{extra}{param("name")}"));
                headers.Add(("Content-Disposition", $"attachment;{extra}{param("filename")}"));
                break;
        }
    }

    /// <summary>A function from parameter name to "name=value" text in the recipe's style, and the separator.</summary>
    private (Func<string, string> Param, string Separator) NameParameter(string fileName)
    {
        var sep = r.HeaderStyle == HeaderStyle.FoldedValue ? Nl + "\t" : " ";
        var utf8 = Encoding.UTF8.GetBytes(fileName);
        string Percent(IEnumerable<byte> bytes, bool all) =>
            string.Concat(bytes.Select(b => !all && b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-'
                ? ((char)b).ToString()
                : $"%{b:X2}"));
        var third = Math.Max(1, fileName.Length / 3);
        var pieces = new[] { fileName[..third], fileName[third..Math.Min(fileName.Length, 2 * third)], fileName[Math.Min(fileName.Length, 2 * third)..] };
        Func<string, string> param = r.NameStyle switch
        {
            NameStyle.Token when fileName.All(c => c < 128 && c > 32 && !"()<>@,;:\\\"/[]?=".Contains(c)) => n => $"{n}={fileName}",
            NameStyle.Token or NameStyle.Quoted => n => $"{n}=\"{fileName}\"",
            NameStyle.QuotedPairs => n => $"{n}=\"{string.Concat(fileName.Select((c, i) => i % 2 == 0 || c == '.' ? "\\" + c : c.ToString()))}\"",
            NameStyle.Rfc2231 => n => $"{n}*=utf-8''{Percent(utf8, all: false)}",
            NameStyle.Rfc2231AllPercent => n => $"{n}*=UTF-8'en'{Percent(utf8, all: true)}",
            NameStyle.Rfc2231Continuations => n => string.Join(";" + sep, pieces.Select((p, i) => $"{n}*{i}=\"{p}\"")),
            NameStyle.Rfc2231ContinuationsReordered => n => string.Join(";" + sep, pieces.Select((p, i) => (p, i)).Reverse().Select(x => $"{n}*{x.i}=\"{x.p}\"")),
            NameStyle.Rfc2231ContinuationsEncoded => n => string.Join(";" + sep,
                pieces.Select((p, i) => i == 0 ? $"{n}*0*=utf-8''{Percent(Encoding.UTF8.GetBytes(p), all: true)}" : $"{n}*{i}*={Percent(Encoding.UTF8.GetBytes(p), all: true)}")),
            NameStyle.Rfc2047Base64 => n => $"{n}=\"=?utf-8?B?{Convert.ToBase64String(utf8)}?=\"",
            NameStyle.Rfc2047Q => n => $"{n}=\"=?iso-8859-1?Q?{string.Concat(Encoding.Latin1.GetBytes(fileName).Select(b => b == (byte)'.' || b > 127 || b == (byte)' ' ? $"={b:X2}" : ((char)b).ToString()))}?=\"",
            NameStyle.Rfc2047Split => n => $"{n}=\"{string.Join(" ", pieces.Where(p => p.Length > 0).Select(p => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(p))}?="))}\"",
            NameStyle.Rfc2047Utf16 => n => $"{n}=\"=?utf-16le?B?{Convert.ToBase64String(Encoding.Unicode.GetBytes(fileName))}?=\"",
            NameStyle.Rfc2047Unquoted => n => $"{n}==?utf-8?B?{Convert.ToBase64String(utf8)}?=",
            NameStyle.FoldedInQuotes => n => $"{n}=\"{pieces[0]}{Nl} {pieces[1]}{pieces[2]}\"",
            _ => n => $"{n}={fileName}",
        };
        return (param, sep);
    }

    private (string? Cte, byte[] Body) Encode(byte[] content)
    {
        switch (r.Transfer)
        {
            case Transfer.Absent:
                return (null, content);
            case Transfer.SevenBit:
                return ("7bit", content);
            case Transfer.EightBit:
                return ("8bit", content);
            case Transfer.Binary:
                return ("binary", content);
            case Transfer.Unknown:
                return ("x-gzip64", content);
            case Transfer.Base64:
                return (Pick("base64", "BASE64", "Base64", " base64 ; x=y"), Ascii(WrapLines(Convert.ToBase64String(content), 76)));
            case Transfer.Base64Unwrapped:
                return ("base64", Ascii(Convert.ToBase64String(content) + Nl));
            case Transfer.Base64WithJunk:
                {
                    var b64 = Convert.ToBase64String(content);
                    var sb = new StringBuilder();
                    for (var i = 0; i < b64.Length; i++)
                    {
                        if (_random.Next(5) == 0)
                        {
                            sb.Append("!.#~"[_random.Next(4)]);
                        }
                        sb.Append(b64[i]);
                    }
                    return ("base64", Ascii(WrapLines(sb.ToString(), 60)));
                }
            case Transfer.QuotedPrintable:
                return (Pick("quoted-printable", "Quoted-Printable", "QUOTED-PRINTABLE"), Ascii(Qp(content, escapeAll: false, softBreakEvery: 76)));
            case Transfer.QuotedPrintableAllEscaped:
                return ("quoted-printable", Ascii(Qp(content, escapeAll: true, softBreakEvery: 75)));
            case Transfer.QuotedPrintableSoftBreaks:
                return ("quoted-printable", Ascii(Qp(content, escapeAll: false, softBreakEvery: 3)));
            case Transfer.UuEncode:
                return (Pick("x-uuencode", "uuencode"), Ascii(Uu(content)));
            default:
                return (null, content);
        }
    }

    private string Pick(params string[] options) => options[_random.Next(options.Length)];

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private string WrapLines(string s, int width)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i += width)
        {
            sb.Append(s, i, Math.Min(width, s.Length - i)).Append(Nl);
        }
        return sb.ToString();
    }

    private string Qp(byte[] content, bool escapeAll, int softBreakEvery)
    {
        var sb = new StringBuilder();
        var column = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            string piece;
            if (b == (byte)'\n' && !escapeAll)
            {
                sb.Append(Nl);
                column = 0;
                continue;
            }
            if (b == (byte)'\r' && !escapeAll && i + 1 < content.Length && content[i + 1] == (byte)'\n')
            {
                continue;
            }
            piece = escapeAll || b is < 33 or > 126 or (byte)'=' || _random.Next(6) == 0 ? $"={b:X2}" : ((char)b).ToString();
            if (column + piece.Length > softBreakEvery)
            {
                sb.Append('=').Append(Nl);
                column = 0;
            }
            sb.Append(piece);
            column += piece.Length;
        }
        return sb.Append(Nl).ToString();
    }

    private string Uu(byte[] content)
    {
        var sb = new StringBuilder($"begin 644 {r.FileName.Trim()}{Nl}");
        static char Enc(int v) => v == 0 ? '`' : (char)(v + 32);
        for (var i = 0; i < content.Length; i += 45)
        {
            var n = Math.Min(45, content.Length - i);
            sb.Append(Enc(n));
            for (var j = 0; j < n; j += 3)
            {
                int b0 = content[i + j], b1 = j + 1 < n ? content[i + j + 1] : 0, b2 = j + 2 < n ? content[i + j + 2] : 0;
                sb.Append(Enc(b0 >> 2)).Append(Enc((b0 << 4 | b1 >> 4) & 63)).Append(Enc((b1 << 2 | b2 >> 6) & 63)).Append(Enc(b2 & 63));
            }
            sb.Append(Nl);
        }
        return sb.Append('`').Append(Nl).Append("end").Append(Nl).ToString();
    }

    private byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string FieldName(string canonical) => r.HeaderStyle switch
    {
        HeaderStyle.Upper => canonical.ToUpperInvariant(),
        HeaderStyle.Lower => canonical.ToLowerInvariant(),
        HeaderStyle.BlankBeforeColon => canonical + " ",
        _ => canonical,
    };

    private byte[] Entity(List<(string Name, string Value)> headers, byte[] body)
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in headers)
        {
            var folded = r.HeaderStyle == HeaderStyle.FoldedValue ? Nl + "\t" : " ";
            sb.Append(FieldName(name)).Append(':').Append(folded).Append(value).Append(Nl);
        }
        sb.Append(Nl);
        return [.. Encoding.UTF8.GetBytes(sb.ToString()), .. body];
    }

    private byte[] TextPart(string text) => Entity([("Content-Type", "text/plain; charset=utf-8")], Encoding.UTF8.GetBytes(text + Nl));

    private byte[] HtmlPart() => Entity([("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
        Ascii($"<html><body><p style=3D\"color:red\">You are invited.</p></body></html>{Nl}"));

    private byte[] BinaryAttachment(string name, int size) =>
        Entity([("Content-Type", $"application/octet-stream; name=\"{name}\""), ("Content-Disposition", $"attachment; filename=\"{name}\""), ("Content-Transfer-Encoding", "base64")],
            Ascii(WrapLines(Convert.ToBase64String(RandomBytes(size)), 76)));

    private byte[] Rfc822(byte[] inner, bool encoded)
    {
        var message = Encoding.UTF8.GetBytes($"From: inner@example.org{Nl}To: attendee@example.net{Nl}Subject: inner{Nl}MIME-Version: 1.0{Nl}").Concat(inner).ToArray();
        return encoded
            ? Entity([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "base64")], Ascii(WrapLines(Convert.ToBase64String(message), 76)))
            : Entity([("Content-Type", "message/rfc822")], message);
    }

    private byte[] Multipart(string subtype, byte[][] parts)
    {
        var boundary = $"=_b{r.Noise % 10000}_{subtype}";
        var head = Encoding.UTF8.GetBytes($"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{Nl}{Nl}This is a multi-part message in MIME format.{Nl}");
        var result = new List<byte>(head);
        foreach (var part in parts)
        {
            result.AddRange(Encoding.UTF8.GetBytes($"--{boundary}{Nl}"));
            result.AddRange(part);
            result.AddRange(Encoding.UTF8.GetBytes(Nl));
        }
        result.AddRange(Encoding.UTF8.GetBytes($"--{boundary}--{Nl}"));
        return [.. result];
    }
}
