using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Calguard.Provenance;
using MimeKit;
using MimeKit.Utils;

namespace Calguard.Host.Feedback.Arf;

/// <summary>
/// Builds the ARF report (RFC 5965) for a reported invitation from its provenance: a human-readable part, the
/// <c>message/feedback-report</c> fields, and the original iMIP message when retained, else its headers (R25–R27;
/// practice document §4.6 maps the calendar onto ARF: Reported-URI for every link in the event).
/// </summary>
public sealed class ArfReportBuilder(ArfOptions options)
{
    /// <summary>The User-Agent field: <c>Calguard/VERSION</c>.</summary>
    public static string UserAgent { get; } = "Calguard/" + Version();

    /// <summary>The feedback-loop address configured for <paramref name="domain"/> or a parent of it, else <c>abuse@</c> the domain.</summary>
    public string AddressFor(string domain)
    {
        for (var d = domain.ToLowerInvariant(); d.Length > 0;)
        {
            if (options.FeedbackLoops.TryGetValue(d, out var address))
            {
                return address;
            }
            var dot = d.IndexOf('.', StringComparison.Ordinal);
            d = dot < 0 ? string.Empty : d[(dot + 1)..];
        }
        return "abuse@" + domain.ToLowerInvariant();
    }

    /// <summary>Builds the report.</summary>
    /// <param name="record">The recipient's provenance record of the invitation (with its raw message when retained).</param>
    /// <param name="reportedDomain">The authenticated domain (from <see cref="ArfEligibility"/>).</param>
    /// <param name="reportId">The user's report, for the Message-ID.</param>
    /// <param name="now">The report's Date.</param>
    public ArfReport Build(ProvenanceRecord record, string reportedDomain, long reportId, DateTimeOffset now)
    {
        var from = options.From ?? throw new InvalidOperationException("Calguard:Feedback:Arf:From is not set");
        var to = AddressFor(reportedDomain);
        var type = ArfFeedbackType.For(record.Symbols);
        var recipient = options.RedactRecipients ? Redact(record.Recipient) : record.Recipient;

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"{(type == "fraud" ? "Fraud" : "Abuse")} report: calendar invitation spam from {reportedDomain}";
        message.Date = now;
        message.MessageId = $"arf-{reportId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}@{Reading.CalendarAddress.DomainOf(from)}";
        // Auto-generated (RFC 3834): nobody's autoresponder should answer a report.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var report = new MultipartReport("feedback-report");
        report.Add(new TextPart("plain") { Text = HumanReadable(record, reportedDomain, type, recipient) });
        report.Add(Fields(record, reportedDomain, type, recipient));
        report.Add(Original(record, recipient));
        message.Body = report;
        return new ArfReport(message, to, reportedDomain, type);
    }

    private MessageFeedbackReport Fields(ProvenanceRecord record, string reportedDomain, string type, string recipient)
    {
        var part = new MessageFeedbackReport();
        var f = part.Fields;
        f.Add("Feedback-Type", type);
        f.Add("User-Agent", UserAgent);
        f.Add("Version", "1");
        f.Add("Original-Mail-From", "<" + (record.EnvelopeSender ?? string.Empty) + ">");
        f.Add("Original-Rcpt-To", "<" + recipient + ">");
        f.Add("Arrival-Date", DateUtils.FormatDate(record.ArrivalTime));
        if (options.ReportingMta is { } mta)
        {
            f.Add("Reporting-MTA", "dns; " + mta);
        }
        if (record.SourceIp is { } ip)
        {
            f.Add("Source-IP", ip);
        }
        f.Add("Reported-Domain", reportedDomain);
        foreach (var uri in record.Links)
        {
            f.Add("Reported-URI", uri);
        }
        return part;
    }

    private MimeEntity Original(ProvenanceRecord record, string recipient)
    {
        if (record.RawMessage is { } raw)
        {
            var bytes = options.RedactRecipients ? ReplaceAddress(raw, record.Recipient, recipient) : raw;
            using var stream = new MemoryStream(bytes, writable: false);
            var original = MimeMessage.Load(stream);
            if (options.AttachOriginal)
            {
                return new MessagePart("rfc822") { Message = original };
            }
            return Headers(original.Headers);
        }
        // Not retained: the headers provenance knows, so the operator can still find the message in its logs.
        var known = new HeaderList();
        if (record.From is { } fromAddress)
        {
            known.Add(HeaderId.From, fromAddress);
        }
        known.Add(HeaderId.To, recipient);
        if (record.MessageId is { } mid)
        {
            known.Add(HeaderId.MessageId, "<" + mid + ">");
        }
        known.Add(HeaderId.Date, DateUtils.FormatDate(record.ArrivalTime));
        if (record.Summary is { } summary)
        {
            known.Add(HeaderId.Subject, summary);
        }
        return Headers(known);
    }

    private static TextRfc822Headers Headers(HeaderList headers)
    {
        var message = new MimeMessage();
        message.Headers.Clear();
        foreach (var h in headers)
        {
            message.Headers.Add(h.Clone());
        }
        return new TextRfc822Headers { Message = message };
    }

    private string HumanReadable(ProvenanceRecord record, string reportedDomain, string type, string recipient)
    {
        var text = new StringBuilder();
        text.Append("This is an ").Append(type == "fraud" ? "abuse report about fraud (phishing)" : "abuse report")
            .Append(" for a calendar invitation (iMIP) that a user marked as spam.\n\n");
        text.Append("The invitation was sent with a valid DKIM signature of ").Append(reportedDomain)
            .Append(", which is why this report comes to you (RFC 6650). Calendar invitations are added to calendars ")
            .Append("automatically, so spam of this kind keeps alerting the recipient until removed.\n\n");
        text.Append("Received:    ").Append(record.ArrivalTime.ToString("u", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("Envelope:    <").Append(record.EnvelopeSender).Append("> -> <").Append(recipient).Append(">\n");
        if (record.SourceIp is { } ip)
        {
            text.Append("Source IP:   ").Append(ip).Append('\n');
        }
        if (record.MessageId is { } mid)
        {
            text.Append("Message-ID:  <").Append(mid).Append(">\n");
        }
        if (record.Organizer is { } organizer)
        {
            text.Append("Organizer:   ").Append(organizer).Append('\n');
        }
        if (record.Uid is { } uid)
        {
            text.Append("Event UID:   ").Append(uid).Append('\n');
        }
        text.Append("Verdict:     ").Append(record.Verdict).Append(' ').Append(record.Score.ToString("0.#", CultureInfo.InvariantCulture))
            .Append(" (").Append(string.Join(", ", record.Symbols)).Append(")\n");
        if (record.Links.Count > 0)
        {
            text.Append("Links:       ").Append(record.Links.Count.ToString(CultureInfo.InvariantCulture)).Append(" (listed as Reported-URI)\n");
        }
        text.Append('\n').Append(record.RawMessage is null
            ? "The original message was not retained; the attached headers are those recorded when it arrived.\n"
            : options.AttachOriginal ? "The original message is attached.\n" : "The original message's headers are attached.\n");
        if (options.RedactRecipients)
        {
            text.Append("The recipient's address is redacted.\n");
        }
        return text.ToString();
    }

    /// <summary>The recipient with its local part replaced: a keyed hash with a redaction key (stable per user), else <c>redacted</c>.</summary>
    public string Redact(string recipient)
    {
        var domain = Reading.CalendarAddress.DomainOf(recipient) ?? "invalid";
        if (options.RedactionKey is not { } key)
        {
            return "redacted@" + domain;
        }
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(recipient.ToLowerInvariant()));
        return "redacted-" + Convert.ToHexStringLower(hash.AsSpan(0, 8)) + "@" + domain;
    }

    /// <summary>Replaces every occurrence of an address (ASCII, any case) in a raw message.</summary>
    private static byte[] ReplaceAddress(byte[] raw, string address, string replacement)
    {
        var needle = Encoding.ASCII.GetBytes(address.ToLowerInvariant());
        var with = Encoding.ASCII.GetBytes(replacement);
        if (needle.Length == 0 || address.Any(c => c > 127))
        {
            return raw;
        }
        using var output = new MemoryStream(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            if (i + needle.Length <= raw.Length && MatchesIgnoreCase(raw.AsSpan(i, needle.Length), needle))
            {
                output.Write(with);
                i += needle.Length;
            }
            else
            {
                output.WriteByte(raw[i]);
                i++;
            }
        }
        return output.ToArray();
    }

    private static bool MatchesIgnoreCase(ReadOnlySpan<byte> span, byte[] lower)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            var b = span[i];
            if ((b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b) != lower[i])
            {
                return false;
            }
        }
        return true;
    }

    private static string Version()
    {
        var assembly = typeof(ArfReportBuilder).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // "1.0.0+<commit>": the commit is not the reader's business.
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "0";
    }
}
