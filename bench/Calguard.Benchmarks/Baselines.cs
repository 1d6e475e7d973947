using System.Text;
using MimeKit;

namespace Calguard.Benchmarks;

/// <summary>The reference points the targets are stated against.</summary>
public static class Baselines
{
    private static readonly string[] CalendarTypes = ["text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"];

    /// <summary>
    /// MimeKit's bare parse-and-extract, as in the integration research (§7): <c>MimeMessage.Load</c>, walk
    /// <c>BodyParts</c>, decode every calendar part to a string. Returns the total characters decoded, or -1 when MimeKit cannot parse the message.
    /// </summary>
    public static int MimeKitParseAndExtract(byte[] message)
    {
        using var stream = new MemoryStream(message, writable: false);
        MimeMessage parsed;
        try
        {
            parsed = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            return -1; // MimeKit refuses a few corpus files (no header block); the reader falls back to a raw search.
        }
        var chars = 0;
        foreach (var part in parsed.BodyParts.OfType<MimePart>())
        {
            var type = part.ContentType.MimeType;
            if (CalendarTypes.Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)) ||
                (part.FileName?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                using var decoded = new MemoryStream();
                part.Content?.DecodeTo(decoded);
                chars += Encoding.UTF8.GetString(decoded.GetBuffer(), 0, (int)decoded.Length).Length;
            }
        }
        return chars;
    }

    /// <summary>
    /// <see cref="MimeKitParseAndExtract"/> with the parsed objects taken off the finalizer queue (as MessageReader does):
    /// what the same probe costs once MimeKit's no-op finalizers no longer keep every parsed message alive into gen 1.
    /// </summary>
    public static int MimeKitParseAndExtractNoFinalizers(byte[] message)
    {
        using var stream = new MemoryStream(message, writable: false);
        MimeMessage parsed;
        try
        {
            parsed = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            return -1;
        }
        GC.SuppressFinalize(parsed);
        Suppress(parsed.Body);
        var chars = 0;
        foreach (var part in parsed.BodyParts.OfType<MimePart>())
        {
            var type = part.ContentType.MimeType;
            if (CalendarTypes.Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)) ||
                (part.FileName?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                using var decoded = new MemoryStream();
                part.Content?.DecodeTo(decoded);
                chars += Encoding.UTF8.GetString(decoded.GetBuffer(), 0, (int)decoded.Length).Length;
            }
        }
        return chars;

        static void Suppress(MimeEntity? entity)
        {
            if (entity is null)
            {
                return;
            }
            GC.SuppressFinalize(entity);
            switch (entity)
            {
                case MimePart { Content: { } content }:
                    GC.SuppressFinalize(content);
                    break;
                case Multipart multipart:
                    foreach (var child in multipart)
                    {
                        Suppress(child);
                    }
                    break;
                case MessagePart { Message: { } inner }:
                    GC.SuppressFinalize(inner);
                    Suppress(inner.Body);
                    break;
            }
        }
    }

    /// <summary>The decoded calendar parts (text/calendar, application/ics, *.ics) of a message, by MimeKit.</summary>
    public static IEnumerable<byte[]> MimeKitCalendarParts(byte[] message)
    {
        using var stream = new MemoryStream(message, writable: false);
        MimeMessage parsed;
        try
        {
            parsed = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            yield break;
        }
        foreach (var part in parsed.BodyParts.OfType<MimePart>())
        {
            var type = part.ContentType.MimeType;
            if (CalendarTypes.Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)) ||
                (part.FileName?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                using var decoded = new MemoryStream();
                part.Content?.DecodeTo(decoded);
                yield return decoded.ToArray();
            }
        }
    }

    /// <summary>Ical.Net 5.2.4 on one calendar text, the way untrusted input must be loaded (research §6).
    /// Returns the number of events, or -1 when Ical.Net throws.</summary>
    public static int IcalNetLoad(byte[] calendar)
    {
        try
        {
            var calendars = Ical.Net.CalendarCollection.Load(Encoding.UTF8.GetString(calendar));
            var events = 0;
            foreach (var c in calendars)
            {
                events += c.Events.Count;
            }
            return events;
        }
        catch (Exception)
        {
            return -1;
        }
    }
}
