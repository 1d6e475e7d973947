using System.Globalization;
using System.Text;
using Calguard.Reading;

namespace Calguard.Core.Tests.Reading;

public class MessageReaderTests
{
    private static readonly ReadOptions Trusting = new() { TrustedAuthservIds = ["mx.example.net"] };

    private const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1\r\nDTSTART:20300101T100000Z\r\nSUMMARY:Party\r\nORGANIZER:mailto:a@sender.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private static Invitation Read(string message, ReadOptions? options = null) => MessageReader.Read(Encoding.UTF8.GetBytes(message.ReplaceLineEndings("\r\n")), options ?? Trusting);

    private static string Multipart(string partHeaders, string body) => $"""
        From: a@sender.example
        To: b@rcpt.example
        Subject: test
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain

        Hello
        --b1
        {partHeaders}

        {body}
        --b1--

        """;

    [Theory]
    [InlineData("Content-Type: text/calendar; method=REQUEST", CarrierKind.TextCalendar)]
    [InlineData("Content-Type: application/ics", CarrierKind.ApplicationIcs)]
    [InlineData("Content-Type: application/pdf; name=\"invite.ics\"", CarrierKind.NamedAttachment)]
    [InlineData("Content-Type: application/octet-stream\nContent-Disposition: attachment; filename*=utf-8''einladung.ics", CarrierKind.NamedAttachment)]
    [InlineData("Content-Type: text/plain", CarrierKind.Sniffed)]
    public void FindsEveryCarrier(string headers, CarrierKind kind)
    {
        var inv = Read(Multipart(headers, Ics));
        var part = Assert.Single(inv.Parts);
        Assert.Equal(kind, part.Carrier.Kind);
        Assert.Equal("Party", inv.Events.Single().Event.Summary);
    }

    [Theory]
    [InlineData("quoted-printable")]
    [InlineData("base64")]
    public void DecodesLongBodiesAsMimeKitDoes(string encoding)
    {
        // Escapes and soft line breaks fall across the 4 KB chunks the decoder is fed.
        var text = new StringBuilder();
        for (var i = 0; i < 900; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Zeile {i}: Grüße, café = ½ · {new string('x', i % 97)}\n");
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var body = encoding == "base64"
            ? Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks)
            : QuotedPrintable(bytes);
        var message = Multipart("Content-Type: text/calendar; method=REQUEST", Ics)
            .Replace("Content-Type: text/plain\n\nHello", $"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {encoding}\n\n{body}", StringComparison.Ordinal);
        var raw = Encoding.UTF8.GetBytes(message.ReplaceLineEndings("\r\n"));

        var inv = MessageReader.Read(raw, Trusting);

        var mime = MimeKit.MimeMessage.Load(new MemoryStream(raw));
        using var decoded = new MemoryStream();
        using (var stream = mime.BodyParts.OfType<MimeKit.TextPart>().First().Content!.Open())
        {
            stream.CopyTo(decoded);
        }
        Assert.Equal(Encoding.UTF8.GetString(decoded.ToArray()), inv.Bodies.PlainText);
        Assert.Contains("Zeile 899", inv.Bodies.PlainText, StringComparison.Ordinal);
    }

    private static string QuotedPrintable(byte[] bytes)
    {
        var sb = new StringBuilder();
        var line = 0;
        foreach (var b in bytes)
        {
            var token = b == '\n' ? "\n" : b is >= 33 and <= 126 and not (byte)'=' || b == ' ' ? ((char)b).ToString() : $"={b:X2}";
            if (token != "\n" && line + token.Length > 75)
            {
                sb.Append("=\n");
                line = 0;
            }
            sb.Append(token);
            line = token == "\n" ? 0 : line + token.Length;
        }
        return sb.ToString();
    }

    [Fact]
    public void DecodesBase64AndKeepsTheMethodParameter()
    {
        var b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Ics), Base64FormattingOptions.InsertLineBreaks);
        var inv = Read(Multipart("Content-Type: text/calendar; method=request\nContent-Transfer-Encoding: base64", b64));
        Assert.Equal("REQUEST", inv.Parts.Single().Carrier.MethodParameter);
        Assert.Equal("u1", inv.Events.Single().Event.Uid);
    }

    [Fact]
    public void AMessageWithThousandsOfPartsIsParsedOnlyUpToTheBoundaryBound()
    {
        var options = new ReadOptions { TrustedAuthservIds = ["mx.example.net"], MaxParts = 10 };
        var body = new StringBuilder(Multipart("Content-Type: text/calendar; method=REQUEST", Ics).Replace("--b1--", ""));
        for (var i = 0; i < 200; i++)
        {
            body.Append("--b1\r\nContent-Type: text/plain\r\n\r\nfiller\r\n");
        }

        var inv = Read(body.Append("--b1--\r\n").ToString(), options);

        Assert.Single(inv.Parts);
        Assert.True(inv.LimitHit);
        Assert.Contains(inv.Anomalies, a => a.Kind == AnomalyKind.LimitExceeded && a.Detail.Contains("40 MIME boundary lines"));
    }

    [Fact]
    public void AMessageOverMaxMessageBytesIsParsedUpToALineEndAndSaysSo()
    {
        var options = new ReadOptions { TrustedAuthservIds = ["mx.example.net"], MaxMessageBytes = 64 * 1024 };
        var filler = string.Concat(Enumerable.Repeat("filler line of an attachment that comes after the calendar\r\n", 4000));
        var message = Multipart("Content-Type: text/calendar; method=REQUEST", Ics).Replace("--b1--", $"--b1\r\nContent-Type: text/plain\r\n\r\n{filler}--b1--");

        var inv = Read(message, options);

        Assert.Equal("u1", inv.Events.Single().Event.Uid);
        Assert.True(inv.LimitHit);
        Assert.Contains(inv.Anomalies, a => a.Kind == AnomalyKind.LimitExceeded && a.Detail.Contains("MaxMessageBytes 65536"));
        Assert.True(inv.Size > 64 * 1024, "the size reported is the message's, not the part that was parsed");
    }

    [Fact]
    public void MailWithoutCalendarContentIsReadFromItsHeadersAlone()
    {
        // A body of 1,500 small parts behind the headers: MimeKit would build an entity with its headers for each
        // (megabytes); only the header block is parsed, and the header facts are all there.
        var parts = new StringBuilder();
        for (var i = 0; i < 1500; i++)
        {
            parts.Append($"--b1\r\nContent-Type: text/plain; charset=utf-8; name=\"note{i}.txt\"\r\nContent-Disposition: attachment; filename=\"note{i}.txt\"\r\nX-Part: {i}\r\n\r\nline {i}\r\n");
        }
        var message = $"""
            Received: from mail.sender.example by mx.example.net; Mon, 2 Nov 2026 10:00:00 +0000
            From: Sender <a@sender.example>
            To: b@rcpt.example
            Subject: quarterly figures
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b1"

            {parts}--b1--
            """;

        var bytes = Encoding.UTF8.GetBytes(message.ReplaceLineEndings("\r\n"));
        MessageReader.Read(bytes, Trusting);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var inv = MessageReader.Read(bytes, Trusting);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("quarterly figures", inv.Message.Subject);
        Assert.Equal("a@sender.example", inv.Message.From?.Address);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), inv.Transport.ArrivalTime);
        Assert.Empty(inv.Parts);
        Assert.Equal(bytes.Length, inv.Size);
        Assert.True(allocated < 256 * 1024, $"reading the headers of a message of 1,500 parts allocated {allocated} bytes");
    }

    [Fact]
    public void FollowsNestedMessages()
    {
        var inner = "From: x@y.example\r\nSubject: inner\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + Ics;
        var inv = Read(Multipart("Content-Type: message/rfc822", inner));
        var part = Assert.Single(inv.Parts);
        Assert.Equal(1, part.Carrier.MessageDepth);
    }

    [Fact]
    public void FindsTheICalendarInsideATnefAppointment()
    {
        var tnef = Convert.ToBase64String(TestCorpus.SharedBytes("imip/mimekit-tnef/christmas-appointment.tnef"), Base64FormattingOptions.InsertLineBreaks);
        var inv = Read(Multipart("Content-Type: application/ms-tnef; name=\"winmail.dat\"\nContent-Transfer-Encoding: base64", tnef));
        Assert.Contains(inv.Parts, p => p.Carrier.Kind == CarrierKind.Tnef && p.Calendars.Single().Events.Single().Summary == "Christmas Celebration!");
    }

    [Fact]
    public void FindsACalendarWrittenIntoTheHeaderArea()
    {
        var inv = MessageReader.Read(TestCorpus.SharedBytes("malformed/tmail-backend/ics_in_header.eml"), Trusting);
        Assert.Contains(inv.Parts, p => p.Carrier.Kind == CarrierKind.Headers);
    }

    [Fact]
    public void TrustsOnlyConfiguredAuthservIdsAndTheTopmostBlock()
    {
        var message = """
            Received: from mx1 by mx.example.net; Mon, 1 Jan 2024 10:00:00 +0000
            Authentication-Results: mx.example.net; dkim=pass header.d=sender.example; spf=pass smtp.mailfrom=sender.example; dmarc=pass header.from=sender.example
            Authentication-Results: other.example; dkim=fail header.d=sender.example
            Received: from client by smtp.sender.example; Mon, 1 Jan 2024 09:59:00 +0000
            Authentication-Results: mx.example.net; dkim=pass header.d=forged.example
            From: a@sender.example
            To: b@rcpt.example
            Subject: t
            Content-Type: text/calendar; method=REQUEST

            """ + Ics;
        var auth = Read(message).Transport.Authentication;
        Assert.True(auth.HasTrustedResults);
        Assert.Equal(["sender.example"], auth.DkimPassDomains.ToArray());
        Assert.Equal(1, auth.ShadowedHeaders);
        Assert.True(auth.Authenticates("sender.example"));
        Assert.False(auth.Authenticates("forged.example"));
        Assert.False(Read(message, ReadOptions.Default).Transport.Authentication.HasTrustedResults);
    }

    [Fact]
    public void ArrivalTimeIsTheTopmostReceivedDateNotTheWallClock()
    {
        var inv = Read("Received: from a by mx.example.net; Tue, 2 Feb 2016 10:00:00 +0000\nDate: Mon, 1 Feb 2016 09:00:00 +0000\nFrom: a@b.example\nContent-Type: text/calendar\n\n" + Ics);
        Assert.Equal(new DateTimeOffset(2016, 2, 2, 10, 0, 0, TimeSpan.Zero), inv.Transport.ArrivalTime);
        Assert.Equal("received", inv.Transport.ArrivalSource);
    }

    [Fact]
    public void ReadsABareCalendarFileWithItsDtstampAsArrival()
    {
        var inv = MessageReader.Read(Encoding.UTF8.GetBytes(Ics.Replace("UID:u1", "UID:u1\r\nDTSTAMP:20250505T000000Z")), Trusting);
        Assert.False(inv.IsMessage);
        Assert.Equal("dtstamp", inv.Transport.ArrivalSource);
    }

    [Fact]
    public void EveryFileOfTheSharedCorpusIsReadWithoutThrowing()
    {
        foreach (var f in Directory.EnumerateFiles(TestCorpus.Shared, "*", SearchOption.AllDirectories))
        {
            var inv = MessageReader.Read(File.ReadAllBytes(f), Trusting, new ScanContext { Source = f });
            Assert.NotNull(inv);
        }
    }

    [Fact]
    public void AnOverlongAddressHeaderIsCutAfterAWholeAddressAndReported()
    {
        var to = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"u{i}@org{i}.example"));
        var invitation = Read($"From: a@sender.example\nTo: {to}\nCc: c@rcpt.example\nSubject: wide\nContent-Type: text/calendar; method=REQUEST\n\n{Ics}");

        Assert.True(invitation.LimitHit);
        Assert.Contains(invitation.Anomalies, a => a.Detail.StartsWith("the To header is", StringComparison.Ordinal));
        // Whole addresses only, the first ones, and the headers after the cut still read.
        Assert.Equal(1_000, invitation.Message.To.Count); // the facts keep the first 1,000 in any case
        Assert.Equal("u0@org0.example", invitation.Message.To[0].Address);
        Assert.All(invitation.Message.To, a => Assert.EndsWith(".example", a.Address, StringComparison.Ordinal));
        Assert.Equal("c@rcpt.example", Assert.Single(invitation.Message.Cc).Address);
        Assert.Equal("wide", invitation.Message.Subject);
        Assert.Equal("Party", Assert.Single(invitation.Events).Event.Summary);
    }

    [Fact]
    public void AnOrdinaryLongMessageKeepsItsHeaders()
    {
        var body = new string('x', 100_000);
        var invitation = Read($"From: a@sender.example\nTo: b@rcpt.example, c@rcpt.example\nSubject: long\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\n{body}\n--b1\nContent-Type: text/calendar; method=REQUEST\n\n{Ics}\n--b1--\n");

        Assert.False(invitation.LimitHit);
        Assert.Equal(2, invitation.Message.To.Count);
    }

    [Fact]
    public void AnOverlongHeaderIsCutAfterAWholeWord()
    {
        var references = string.Join(" ", Enumerable.Range(0, 5_000).Select(i => $"<id{i}@host{i}.example>"));
        var invitation = Read($"From: a@sender.example\nTo: b@rcpt.example\nReferences: {references}\nSubject: refs\nContent-Type: text/calendar; method=REQUEST\n\n{Ics}");

        Assert.True(invitation.LimitHit);
        Assert.Contains(invitation.Anomalies, a => a.Detail.StartsWith("the References header is", StringComparison.Ordinal));
        Assert.Equal("refs", invitation.Message.Subject);
        Assert.Single(invitation.Events);
    }

    [Fact]
    public void FieldsBeyondTheLimitAreDroppedButTheMimeFieldsStay()
    {
        var filler = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"X-Filler-{i}: {new string('v', 20)}\n"));
        var invitation = Read($"From: a@sender.example\nTo: b@rcpt.example\nSubject: many\n{filler}MIME-Version: 1.0\nContent-Type: text/calendar; method=REQUEST\n\n{Ics}");

        Assert.True(invitation.LimitHit);
        Assert.Contains(invitation.Anomalies, a => a.Detail.EndsWith("after the first 1000 were not read", StringComparison.Ordinal));
        // The calendar body is still found through the Content-Type that came after the dropped fields.
        Assert.Equal("Party", Assert.Single(invitation.Events).Event.Summary);
        Assert.Equal(CarrierKind.TextCalendar, Assert.Single(invitation.Parts).Carrier.Kind);
    }

    [Fact]
    public void AnOverlongLineWithoutAFieldNameIsCutToo()
    {
        var invitation = Read($"From: a@sender.example\n{new string('x', 200_000)}\nTo: b@rcpt.example\nSubject: junk\nContent-Type: text/calendar; method=REQUEST\n\n{Ics}");

        Assert.True(invitation.LimitHit);
        Assert.Contains(invitation.Anomalies, a => a.Detail.StartsWith("a header line of 200002 bytes without a field name", StringComparison.Ordinal));
    }
}
