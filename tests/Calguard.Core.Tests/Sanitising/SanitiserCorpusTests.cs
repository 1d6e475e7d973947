using System.Text;
using Calguard.Decisions;
using Calguard.Reading;
using Calguard.Sanitising;
using Calguard.Scoring;
using MimeKit;

namespace Calguard.Core.Tests.Sanitising;

/// <summary>Real invitations sanitised with each flag: the output reads in MimeKit and Ical.Net, carries the changes, and
/// every non-calendar part is byte-identical.</summary>
public class SanitiserCorpusTests
{
    public enum Flags
    {
        StripAlarms,
        Cap,
        Transparent,
        Demote,
        All,
    }

    private const int Cap = 5;

    public static readonly string[] Files =
    [
        "imip/thunderbird/teams-meeting-invite.eml", // Outlook/Teams, base64, CRLF
        "imip/thunderbird/outlook-test-invite.eml", // Outlook, base64
        "imip/thunderbird/meet-meeting-invite.eml", // Google Meet: quoted-printable text/calendar + base64 application/ics
        "imip/thunderbird/repeat-event.eml", // 7bit, RRULE, VALARM, TRANSP:OPAQUE
        "imip/thunderbird/single-event.eml", // binary, LF
        "imip/thunderbird/event-with-file-attachment.eml", // a non-calendar attachment next to the invitation
        "imip/thunderbird/message-non-invite.eml", // quoted-printable .ics
        "imip/thunderbird/message-containing-event.eml", // base64 PUBLISH
        "imip/thunderbird/exception-major.eml", // RECURRENCE-ID override
        "imip/nextcloud-mail/request_google.eml",
        "imip/nextcloud-mail/request_outlook_com.eml",
        "imip/calmailproc/test-05-1.eml",
        "imip/calmailproc/test-06-1.eml", // text/calendar + application/ics
        "imip/calmailproc/test-08.eml",
        "imip/calmailproc/test-10.eml", // the message itself is text/calendar
        "imip/calmailproc/test-11-2.eml",
        "imip/calmailproc/test-15.eml", // text/plain named .ics, quoted-printable
        "imip/calmailproc/test-16-1.eml", // application/octet-stream named .ics
        "imip/libical/test-data/complex-mime.eml", // multipart/related, quoted-printable, a .doc attachment
        "imip/rspamd/ics.eml",
        "imip/tmail-backend/emailWithAliceInviteBobIcsAttachment.eml",
    ];

    public static TheoryData<string, Flags> Cases()
    {
        var data = new TheoryData<string, Flags>();
        foreach (var file in Files)
        {
            foreach (var flags in Enum.GetValues<Flags>())
            {
                data.Add(file, flags);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sanitised_output_reads_and_carries_the_changes(string file, Flags flags)
    {
        var original = Corpus.Bytes(file);
        var invitation = MessageReader.Read(original);
        Assert.NotEmpty(invitation.Parts);
        var verdict = new Engine().Judge(invitation);
        var decision = DecisionFor(flags);

        var result = new Sanitiser().Sanitise(invitation, verdict, decision);

        Assert.All(result.Parts, p => Assert.NotEqual(SanitisedPartOutcome.Skipped, p.Outcome));
        var message = MimeMessage.Load(new MemoryStream(result.Message));
        AssertCalguardHeadersOnce(message, verdict, decision);

        var output = MessageReader.Read(result.Message);
        Assert.Equal(invitation.Parts.Count, output.Parts.Count);
        for (var i = 0; i < output.Parts.Count; i++)
        {
            var before = invitation.Parts[i];
            var after = output.Parts[i];
            AssertIcalNetReads(before.Content, after.Content);
            var components = Flatten(after.Read.Roots).ToList();
            if (decision.StripAlarms)
            {
                Assert.DoesNotContain(components, c => c.Name == "VALARM");
                if (Flatten(before.Read.Roots).Any(c => c.Name == "VALARM"))
                {
                    Assert.True(result.Parts[i].Edits!.AlarmsRemoved > 0);
                }
            }
            if (decision.CapInstances is { } cap)
            {
                foreach (var rule in components.Where(c => c.Name is "VEVENT" or "VTODO").SelectMany(c => c.GetAll("RRULE")))
                {
                    AssertCapped(rule.RawValue, cap);
                }
            }
            if (decision.MakeTransparent)
            {
                Assert.All(components.Where(c => c.Name == "VEVENT"), ev =>
                    Assert.Equal("TRANSPARENT", Assert.Single(ev.GetAll("TRANSP")).RawValue));
            }
            if (decision.Demote)
            {
                Assert.Equal("application/octet-stream", after.Carrier.ContentType);
                Assert.Null(after.Carrier.MethodParameter);
                Assert.Equal(Sanitiser.DemotedFileName, after.Carrier.FileName);
                Assert.True(after.Carrier.IsAttachment);
                Assert.DoesNotContain(after.Read.Roots, r => r.Get("METHOD") is not null);
            }
            else
            {
                Assert.Equal(before.Carrier with { Size = 0 }, after.Carrier with { Size = 0 });
            }
        }
        AssertOtherPartsIdentical(original, result.Message, invitation);
    }

    [Theory]
    [MemberData(nameof(ForgedCases))]
    public void Forged_calguard_headers_are_replaced(string file)
    {
        var original = Corpus.Bytes(file);
        var forged = Encoding.ASCII.GetBytes("X-Calguard-Verdict: clean\r\nX-CALGUARD-AUTOADD: yes\r\nx-calguard-score:\r\n -100\r\n");
        var input = forged.Concat(original).ToArray();
        var invitation = MessageReader.Read(input);
        var verdict = new Engine().Judge(invitation);
        var decision = DecisionFor(Flags.All);

        var result = new Sanitiser().Sanitise(invitation, verdict, decision);

        var message = MimeMessage.Load(new MemoryStream(result.Message));
        AssertCalguardHeadersOnce(message, verdict, decision);
        Assert.Equal(["X-Calguard-Verdict", "X-CALGUARD-AUTOADD", "x-calguard-score"], result.HeadersRemoved.Select(h => h.Name));
        Assert.Equal("no", message.Headers[CalguardHeaders.Autoadd]);
        AssertOtherPartsIdentical(original, result.Message, invitation);
    }

    public static TheoryData<string> ForgedCases() => [.. Files.Take(6)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Milter_view_glued_under_the_original_headers_is_the_same_message(string file, Flags flags)
    {
        var original = Corpus.Bytes(file);
        var invitation = MessageReader.Read(original);
        var result = new Sanitiser().Sanitise(invitation, new Engine().Judge(invitation), DecisionFor(flags));

        // What a milter does: keep the original headers, delete the removed ones, change Content-Type and
        // Content-Transfer-Encoding to the given values, add the new headers at the end, replace the body.
        var headers = HeaderList.Load(new MemoryStream(original));
        var glued = new StringBuilder();
        var removed = result.HeadersRemoved.ToList();
        foreach (var header in headers)
        {
            if (removed.FirstOrDefault(r => r.Name == header.Field) is { } r)
            {
                removed.Remove(r);
                continue;
            }
            var value = header.Id switch
            {
                HeaderId.ContentType => result.ContentType,
                HeaderId.ContentTransferEncoding => result.ContentTransferEncoding,
                _ => Encoding.Latin1.GetString(header.RawValue).Trim(),
            };
            if (value is not null)
            {
                glued.Append(header.Field).Append(": ").Append(value).Append("\r\n");
            }
        }
        foreach (var added in result.HeadersAdded)
        {
            glued.Append(added.Name).Append(": ").Append(added.Value).Append("\r\n");
        }
        glued.Append("\r\n");
        var milterMessage = Encoding.Latin1.GetBytes(glued.ToString()).Concat(result.Body).ToArray();

        Assert.Equal(Normalise(result.Message), Normalise(milterMessage));
        Assert.Equal(result.BodyChanged, !result.Body.AsSpan().SequenceEqual(original.AsSpan(HeaderEnd(original))));
    }

    [Fact]
    public void Tnef_calendars_are_skipped_and_reported()
    {
        var tnef = Corpus.Bytes("imip/mimekit-tnef/christmas-appointment.tnef");
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Organizer", "organizer@example.org"));
        message.To.Add(new MailboxAddress("Recipient", "recipient@example.org"));
        message.Subject = "TNEF";
        var body = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "see attachment" },
            new MimePart("application", "ms-tnef") { Content = new MimeContent(new MemoryStream(tnef)), FileName = "winmail.dat", ContentTransferEncoding = ContentEncoding.Base64 },
        };
        message.Body = body;
        var stream = new MemoryStream();
        message.WriteTo(stream);
        var bytes = stream.ToArray();
        var invitation = MessageReader.Read(bytes);
        Assert.Contains(invitation.Parts, p => p.Carrier.Kind == CarrierKind.Tnef);

        var result = new Sanitiser().Sanitise(invitation, new Engine().Judge(invitation), DecisionFor(Flags.All));

        Assert.All(result.Parts.Where(p => p.Kind == CarrierKind.Tnef || p.Path.Contains(".t")), p =>
        {
            Assert.Equal(SanitisedPartOutcome.Skipped, p.Outcome);
            Assert.Contains("TNEF", p.Reason);
        });
        Assert.True(result.Incomplete);
        Assert.Equal(bytes[HeaderEnd(bytes)..], result.Body);
    }

    [Fact]
    public void Calendar_lines_in_the_header_area_are_skipped_and_reported()
    {
        var input = Encoding.ASCII.GetBytes("From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" +
                                            "UID:1\r\nDTSTART:20300101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n\r\nhello\r\n");
        var invitation = MessageReader.Read(input);
        var result = new Sanitiser().Sanitise(invitation, new Engine().Judge(invitation), DecisionFor(Flags.All));
        var part = Assert.Single(result.Parts);
        Assert.Equal(CarrierKind.Headers, part.Kind);
        Assert.Equal(SanitisedPartOutcome.Skipped, part.Outcome);
        Assert.EndsWith("\r\n\r\nhello\r\n", Encoding.ASCII.GetString(result.Message));
    }

    [Fact]
    public void A_message_that_is_only_a_calendar_is_wrapped_when_demoted()
    {
        var original = Corpus.Bytes("imip/calmailproc/test-10.eml");
        var invitation = MessageReader.Read(original);
        var result = new Sanitiser().Sanitise(invitation, new Engine().Judge(invitation), DecisionFor(Flags.Demote));

        Assert.True(result.ContentHeadersChanged);
        Assert.StartsWith("multipart/mixed; boundary=", result.ContentType);
        Assert.Null(result.ContentTransferEncoding);
        var message = MimeMessage.Load(new MemoryStream(result.Message));
        var attachment = Assert.IsType<MimePart>(Assert.Single((Multipart)message.Body!));
        Assert.Equal("application/octet-stream", attachment.ContentType.MimeType);
        Assert.Equal(Sanitiser.DemotedFileName, attachment.FileName);
        Assert.True(attachment.IsAttachment);
    }

    [Fact]
    public void Every_corpus_message_is_sanitised_without_throwing()
    {
        var files = Corpus.Files("imip", ".eml", ".txt", ".mbox").Concat(Corpus.Files("spam", ".eml")).Concat(Corpus.Files("malformed")).ToList();
        Assert.True(files.Count > 100);
        var sanitiser = new Sanitiser();
        foreach (var file in files)
        {
            var bytes = Corpus.Bytes(file);
            var invitation = MessageReader.Read(bytes);
            var verdict = new Engine().Judge(invitation);
            foreach (var flags in Enum.GetValues<Flags>())
            {
                var result = sanitiser.Sanitise(invitation, verdict, DecisionFor(flags));
                Assert.NotNull(result.Message);
                if (invitation.IsMessage && invitation.Mime is not null)
                {
                    var reread = MessageReader.Read(result.Message);
                    Assert.Equal(invitation.Parts.Count(p => p.Carrier.Kind != CarrierKind.Headers),
                        reread.Parts.Count(p => p.Carrier.Kind != CarrierKind.Headers));
                }
            }
        }
    }

    internal static Decision DecisionFor(Flags flags) => new()
    {
        Action = DecisionAction.Sanitize,
        Reasons = ["test"],
        StripAlarms = flags is Flags.StripAlarms or Flags.All,
        CapInstances = flags is Flags.Cap or Flags.All ? Cap : null,
        MakeTransparent = flags is Flags.Transparent or Flags.All,
        Demote = flags is Flags.Demote or Flags.All,
        SuppressDefaultAlarms = true,
    };

    internal static void AssertCalguardHeadersOnce(MimeMessage message, Verdict verdict, Decision decision)
    {
        string[] names = [CalguardHeaders.Verdict, CalguardHeaders.Score, CalguardHeaders.Action, CalguardHeaders.Autoadd, CalguardHeaders.DefaultAlarms];
        foreach (var name in names)
        {
            Assert.Single(message.Headers, h => h.Field.Equals(name, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal(verdict.Hits.Count > 0 ? 1 : 0, message.Headers.Count(h => h.Field.Equals(CalguardHeaders.Symbols, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(verdict.Name, message.Headers[CalguardHeaders.Verdict]);
        Assert.Equal(decision.Action.ToName(), message.Headers[CalguardHeaders.Action]);
        Assert.Equal(CalguardHeaders.FormatScore(verdict.Score), message.Headers[CalguardHeaders.Score]);
    }

    internal static void AssertOtherPartsIdentical(byte[] original, byte[] sanitised, Invitation invitation)
    {
        var calendarPaths = invitation.Parts.Select(p => p.Carrier.Path).ToHashSet();
        var before = MimeLayout.Leaves(original);
        var after = MimeLayout.Leaves(sanitised);
        if (before.Count == 1 && calendarPaths.Contains("1"))
        {
            return; // the whole message is the calendar part
        }
        Assert.Equal(before.Select(l => l.Path), after.Select(l => l.Path));
        var compared = 0;
        foreach (var (b, a) in before.Zip(after))
        {
            if (calendarPaths.Contains(b.Path))
            {
                continue;
            }
            Assert.True(b.Raw.AsSpan().SequenceEqual(a.Raw), $"part {b.Path} ({b.Part.ContentType.MimeType}) changed");
            compared++;
        }
        Assert.Equal(before.Count - before.Count(l => calendarPaths.Contains(l.Path)), compared);
    }

    private static void AssertCapped(string rule, int cap)
    {
        var parts = rule.Split(';').Select(p => p.Split('=', 2)).Where(kv => kv.Length == 2).ToDictionary(kv => kv[0].ToUpperInvariant(), kv => kv[1]);
        if (parts.TryGetValue("COUNT", out var count))
        {
            Assert.InRange(int.Parse(count), 1, cap);
            Assert.False(parts.ContainsKey("UNTIL"), rule);
        }
        else
        {
            Assert.True(parts.ContainsKey("UNTIL"), $"unbounded after capping: {rule}");
            Assert.DoesNotContain(parts["FREQ"].ToUpperInvariant(), new[] { "SECONDLY", "MINUTELY", "HOURLY" });
        }
    }

    private static void AssertIcalNetReads(byte[] before, byte[] after)
    {
        bool Loads(byte[] bytes)
        {
            try
            {
                return Ical.Net.CalendarCollection.Load(Encoding.UTF8.GetString(bytes)) is { Count: > 0 };
            }
            catch (Exception)
            {
                return false;
            }
        }
        if (Loads(before))
        {
            Assert.True(Loads(after), "Ical.Net read the original calendar but not the sanitised one:\n" + Encoding.UTF8.GetString(after));
        }
    }

    private static IEnumerable<CalendarComponent> Flatten(IEnumerable<CalendarComponent> roots)
    {
        foreach (var root in roots)
        {
            yield return root;
            foreach (var child in Flatten(root.Children))
            {
                yield return child;
            }
        }
    }

    // Two messages are the same when they have the same header fields (name and unfolded value, in order) and their
    // bodies serialise alike.
    private static string Normalise(byte[] message)
    {
        var parsed = MimeMessage.Load(new MemoryStream(message));
        var sb = new StringBuilder();
        foreach (var header in HeaderList.Load(new MemoryStream(message)))
        {
            sb.Append(header.Field).Append(": ").Append(MimeKit.Utils.MimeUtils.Unquote(header.Value).Trim()).Append('\n');
        }
        var stream = new MemoryStream();
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        parsed.Body?.WriteTo(format, stream, contentOnly: true);
        return sb.Append('\n').Append(Encoding.Latin1.GetString(stream.ToArray())).ToString();
    }

    internal static int HeaderEnd(byte[] message)
    {
        var crlf = message.AsSpan().IndexOf("\r\n\r\n"u8);
        var lf = message.AsSpan().IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            return crlf + 4;
        }
        return lf >= 0 ? lf + 2 : message.Length;
    }
}
