using MimeKit;
using MimeKit.Utils;

namespace Calguard.Host.Feedback.Arf;

/// <summary>
/// Reads an incoming ARF report (RFC 5965): a <c>multipart/report; report-type=feedback-report</c>, at the top or
/// forwarded once inside a message/rfc822, whose <c>message/feedback-report</c> part has the required fields once each
/// (§3.1: Feedback-Type, User-Agent, Version 1), and the original as message/rfc822 or text/rfc822-headers.
/// </summary>
public static class ArfParser
{
    private static readonly string[] OnlyOnce = ["Feedback-Type", "User-Agent", "Version", "Original-Mail-From", "Arrival-Date", "Source-IP", "Original-Envelope-Id", "Reporting-MTA", "Incidents"];

    /// <summary>Parses the report.</summary>
    /// <exception cref="ArfParseException">The message is not a well-formed ARF report; the code says what is wrong.</exception>
    public static IncomingFeedbackReport Parse(byte[] data)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(data, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException e)
        {
            throw new ArfParseException("unreadable-message", "the body is not a mail message: " + e.Message);
        }
        var report = FindReport(message.Body) ?? (message.Body is MessagePart { Message: { } inner } ? FindReport(inner.Body) : null)
            ?? throw new ArfParseException("not-a-feedback-report",
                $"the message is {message.Body?.ContentType.MimeType ?? "empty"}, not multipart/report; report-type=feedback-report (RFC 5965 §2)");
        var part = report.OfType<MessageFeedbackReport>().FirstOrDefault()
            ?? throw new ArfParseException("missing-feedback-report-part", "the multipart/report has no message/feedback-report part (RFC 5965 §2 c)");
        var fields = part.Fields;
        foreach (var name in OnlyOnce)
        {
            if (fields.Count(h => h.Field.Equals(name, StringComparison.OrdinalIgnoreCase)) > 1)
            {
                throw new ArfParseException("duplicate-field", $"{name} appears more than once; RFC 5965 §3.1 allows it once");
            }
        }
        string Required(string name) => fields[name]?.Trim() is { Length: > 0 } v ? v
            : throw new ArfParseException("missing-field", $"the feedback report has no {name} field, which RFC 5965 §3.1 requires");
        var type = Required("Feedback-Type").ToLowerInvariant();
        var agent = Required("User-Agent");
        var version = Required("Version");
        if (version != "1")
        {
            throw new ArfParseException("unsupported-version", $"Version is '{version}'; this reader knows version 1 (RFC 5965 §3.1)");
        }

        var original = report.Skip(2).FirstOrDefault() switch
        {
            // TextRfc822Headers is a MessagePart too: headers only.
            MessagePart { Message: { } m } => m,
            MimePart p when p.ContentType.IsMimeType("text", "rfc822-headers") => LoadHeaders(p),
            _ => null,
        };
        return new IncomingFeedbackReport
        {
            FeedbackType = type,
            UserAgent = agent,
            ReportMessageId = message.MessageId,
            Reporter = message.From.Mailboxes.FirstOrDefault()?.Address,
            OriginalMailFrom = Address(fields["Original-Mail-From"]),
            OriginalRcptTo = Values(fields, "Original-Rcpt-To").Select(Address).OfType<string>().ToArray(),
            ArrivalDate = fields["Arrival-Date"] is { } date && DateUtils.TryParse(date, out var parsed) ? parsed : null,
            SourceIp = fields["Source-IP"]?.Trim(),
            ReportedDomains = Values(fields, "Reported-Domain").Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).ToArray(),
            Original = original,
        };
    }

    private static MultipartReport? FindReport(MimeEntity? body) =>
        body is MultipartReport r && string.Equals(r.ReportType, "feedback-report", StringComparison.OrdinalIgnoreCase) ? r : null;

    private static MimeMessage? LoadHeaders(MimePart part)
    {
        using var buffer = new MemoryStream();
        part.Content?.DecodeTo(buffer);
        buffer.Position = 0;
        try
        {
            return MimeMessage.Load(buffer);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Values(HeaderList fields, string name) =>
        fields.Where(h => h.Field.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    private static string? Address(string? value)
    {
        var v = value?.Trim().Trim('<', '>').Trim();
        return string.IsNullOrEmpty(v) ? null : Reading.CalendarAddress.Normalise(v);
    }
}
