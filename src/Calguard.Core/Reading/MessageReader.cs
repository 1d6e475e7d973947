using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Encodings;
using MimeKit.Tnef;
using MimeKit.Utils;

namespace Calguard.Reading;

/// <summary>
/// Reads raw bytes into an <see cref="Invitation"/>: the message through MimeKit, every calendar carrier
/// (text/calendar with or without <c>method</c>, application/ics, <c>*.ics</c> under any type, content that
/// starts with BEGIN:VCALENDAR, nested <c>message/rfc822</c>, TNEF <c>winmail.dat</c>), the headers, the
/// trusted authentication results and the text bodies. Never throws on bad input (R34: parse all parts).
/// </summary>
public static class MessageReader
{
    private static readonly HashSet<string> CalendarTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/calendar", "text/x-vcalendar", "text/x-calendar", "application/ics", "application/x-ics", "application/calendar",
    };

    private static readonly string[] CalendarExtensions = [".ics", ".ical", ".icalendar", ".ifb", ".vcs"];

    /// <summary>Reads a message, or a bare iCalendar file when the input starts with BEGIN:VCALENDAR.</summary>
    public static Invitation Read(ReadOnlyMemory<byte> data, ReadOptions? options = null, ScanContext? context = null)
    {
        options ??= ReadOptions.Default;
        context ??= ScanContext.Empty;
        if (CalendarSniffer.StartsWithCalendar(data.Span))
        {
            return ReadCalendarFile(data, options, context);
        }
        return ReadMessage(data, options, context);
    }

    /// <summary>Reads a bare iCalendar file (no MIME around it).</summary>
    public static Invitation ReadCalendarFile(ReadOnlyMemory<byte> data, ReadOptions options, ScanContext context)
    {
        var bytes = data.Span.Length > options.Calendar.MaxBytes ? data.Span[..options.Calendar.MaxBytes].ToArray() : data.ToArray();
        var read = CalendarReader.Read(data.Span, options.Calendar);
        var carrier = new CalendarCarrier(CarrierKind.File, "text/calendar", null, context.Source is null ? null : Path.GetFileName(context.Source), "1", 0, false, data.Length);
        var part = new CalendarPart(carrier, read, bytes);

        // A file has no Received header: its own DTSTAMP is the best "when was this sent".
        var stamp = part.Calendars.SelectMany(c => c.Events).Select(e => e.StampUtc ?? e.CreatedUtc).FirstOrDefault(s => s is not null);
        var arrival = context.ArrivalTime ?? (stamp is { } s ? new DateTimeOffset(DateTime.SpecifyKind(s, DateTimeKind.Utc)) : DateTimeOffset.UtcNow);
        return new Invitation
        {
            Source = context.Source ?? "stdin",
            Size = data.Length,
            IsMessage = false,
            Parts = [part],
            LimitHit = read.LimitHit,
            Raw = data,
            Transport = new TransportFacts
            {
                ArrivalTime = arrival,
                ArrivalSource = context.ArrivalTime is not null ? "context" : stamp is not null ? "dtstamp" : "clock",
                MailFrom = context.MailFrom,
                Recipients = context.Recipients,
                ClientIp = context.ClientIp,
                Helo = context.Helo,
                AuthenticatedUser = context.AuthenticatedUser,
            },
        };
    }

    private static Invitation ReadMessage(ReadOnlyMemory<byte> data, ReadOptions options, ScanContext context)
    {
        var walker = new Walker(options);
        // Most mail carries no calendar: the precheck never misses one the walk would find, so the walk (decoding
        // every part) is skipped for the rest and only the header facts are read.
        var mayHoldCalendar = CalendarPrecheck.MayContainCalendar(data.Span);
        data = SkipPreamble(data, walker);
        data = BoundHeaders(data, options, walker);
        MimeMessage? message = null;
        try
        {
            // Mail without calendar content is judged on its headers alone, so its body (often large attachments)
            // is not parsed at all; a message that may hold a calendar is parsed up to MaxMessageBytes.
            var parsed = mayHoldCalendar ? BoundParse(BoundSize(data, options, walker), options, walker) : HeaderBlock(data);
            var stream = MemoryMarshal.TryGetArray(parsed, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false, publiclyVisible: true)
                : new MemoryStream(parsed.ToArray(), writable: false);
            var parserOptions = new ParserOptions { MaxMimeDepth = options.MaxMimeDepth };
            var parser = new MimeParser(parserOptions, stream, persistent: true);
            message = parser.ParseMessage();
            var budget = options.MaxParts * 4;
            GC.SuppressFinalize(message);
            SkipFinalizers(message.Body, 0, ref budget, options);
        }
        catch (Exception e) when (e is FormatException or ParseException or IOException or ArgumentException or InvalidOperationException)
        {
            walker.Note(AnomalyKind.MimeMalformed, $"the message could not be parsed as MIME: {e.Message}");
        }

        if (message is not null && mayHoldCalendar)
        {
            walker.CalendarInHeaders(message);
            try
            {
                walker.Walk(message.Body, "1", 0);
            }
            catch (Exception e) when (e is FormatException or ParseException or IOException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                walker.Note(AnomalyKind.MimeMalformed, $"a part could not be read: {e.Message}");
            }
        }
        else if (message is null && mayHoldCalendar)
        {
            walker.RawFallback(data.Span);
        }

        var facts = message is null ? MessageFacts.None : ReadFacts(message, options);
        var transport = ReadTransport(message, options, context, facts);
        return new Invitation
        {
            Source = context.Source ?? facts.MessageId ?? "message",
            Size = data.Length,
            IsMessage = true,
            Message = facts,
            Transport = transport,
            Bodies = walker.Bodies(),
            Parts = walker.Parts,
            Anomalies = walker.Anomalies,
            LimitHit = walker.LimitHit || walker.Parts.Any(p => p.Read.LimitHit),
            Mime = message,
            Raw = data,
        };
    }

    /// <summary>
    /// Takes MimeKit's entities and content objects off the finalizer queue. Their finalizers only dispose streams over
    /// our own byte array (content) or nothing at all (<c>Dispose(false)</c> of entities and messages), yet a finalizable
    /// object outlives its first collection with all it references: every gen-0 collection promoted the whole parsed
    /// message, so each became a gen-1 collection, and the finalizer thread cost as much CPU again.
    /// </summary>
    private static void SkipFinalizers(MimeEntity? entity, int depth, ref int budget, ReadOptions options)
    {
        if (entity is null || --budget < 0 || depth > options.MaxMimeDepth + options.MaxNestedMessages)
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
                    SkipFinalizers(child, depth + 1, ref budget, options);
                }
                break;
            case MessagePart { Message: { } inner }:
                GC.SuppressFinalize(inner);
                SkipFinalizers(inner.Body, depth + 1, ref budget, options);
                break;
        }
    }

    /// <summary>The first <see cref="ReadOptions.MaxMessageBytes"/> of a message, cut at a line end; the whole message when it is smaller.</summary>
    private static ReadOnlyMemory<byte> BoundSize(ReadOnlyMemory<byte> data, ReadOptions options, Walker walker)
    {
        if (data.Length <= options.MaxMessageBytes)
        {
            return data;
        }
        // Cut at a line end, so that MimeKit sees whole lines; the parts that were cut short read as truncated.
        var cut = data.Span[..options.MaxMessageBytes].LastIndexOf((byte)'\n') + 1;
        cut = cut > 0 ? cut : options.MaxMessageBytes;
        walker.NoteLimit($"message of {data.Length} bytes; only the first {cut} bytes were parsed (MaxMessageBytes {options.MaxMessageBytes})");
        return data[..cut];
    }

    /// <summary>The header block and the blank line that ends it; the whole message when it has no body.</summary>
    private static ReadOnlyMemory<byte> HeaderBlock(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        var crlf = span.IndexOf("\n\r\n"u8);
        // A bare-LF blank line after the CRLF one would end the block later, so it is looked for only before it.
        var lf = (crlf < 0 ? span : span[..(crlf + 1)]).IndexOf("\n\n"u8);
        var end = (lf, crlf) switch
        {
            ( < 0, < 0) => span.Length,
            ( < 0, _) => crlf + 3,
            (_, < 0) => lf + 2,
            _ => Math.Min(lf + 2, crlf + 3),
        };
        return data[..end];
    }

    /// <summary>
    /// Cuts the message before its boundary line number <c>4 × MaxParts</c>: MimeKit builds every entity before the
    /// walker's part limit applies, so 10,000 tiny parts would cost 100+ ms. Lines that start with <c>--</c> are
    /// counted with a vectorised search; signatures and rules in text bodies stay far below the bound.
    /// </summary>
    private static ReadOnlyMemory<byte> BoundParse(ReadOnlyMemory<byte> data, ReadOptions options, Walker walker)
    {
        var span = data.Span;
        var bound = (long)options.MaxParts * 4;
        var seen = 0L;
        var offset = 0;
        while (offset < span.Length)
        {
            var at = span[offset..].IndexOf("\n--"u8);
            if (at < 0)
            {
                return data;
            }

            offset += at + 1;
            if (++seen > bound)
            {
                walker.NoteLimit($"more than {bound} MIME boundary lines; the message was parsed up to byte {offset} only");
                return data[..offset];
            }
        }

        return data;
    }

    private static readonly string[] AddressHeaders =
    [
        "to", "cc", "bcc", "from", "sender", "reply-to", "resent-to", "resent-cc", "resent-bcc", "resent-from", "resent-sender", "disposition-notification-to",
    ];

    /// <summary>
    /// Bounds the header block before MimeKit parses it, recording each cut as a limit hit. A field longer than
    /// <see cref="ReadOptions.MaxHeaderFieldBytes"/> is cut after its last whole item (an address after a comma, a
    /// word, an encoded word or a parameter after a space or semicolon); fields after the first
    /// <see cref="ReadOptions.MaxHeaderFields"/> are dropped, except the MIME ones the body needs. MimeKit's cost grows
    /// faster than linearly with an address list, a References line or a parameter list: crafted headers of 1–4 MB
    /// cost it 0.1–0.3 s and 0.3–0.8 GB.
    /// </summary>
    private static ReadOnlyMemory<byte> BoundHeaders(ReadOnlyMemory<byte> data, ReadOptions options, Walker walker)
    {
        var limit = options.MaxHeaderFieldBytes;
        if (data.Length <= limit)
        {
            return data; // no field can be longer than the whole message, and so few fields cost nothing
        }
        var span = data.Span[..HeaderBlock(data).Length];
        List<(int Keep, int End)>? cuts = null;
        var fields = 0;
        var dropped = 0;
        // The address fields share one budget: MimeKit spends about 10 KB per folded address, and twelve address
        // fields of 64 KiB each would pass 64 MB.
        var addressBudget = limit;
        var start = 0;
        while (start < span.Length)
        {
            // A field runs to the first line end not followed by a folding space or tab.
            var end = start;
            do
            {
                var eol = span[end..].IndexOf((byte)'\n');
                end = eol < 0 ? span.Length : end + eol + 1;
            }
            while (end < span.Length && span[end] is (byte)' ' or (byte)'\t');
            var field = span[start..end];
            var colon = field.IndexOf((byte)':');
            // A name within the limit makes a field; a longer line without one is cut like any other.
            var named = colon > 0 && colon < limit;
            var name = named ? field[..colon].Trim(" \t"u8) : default;
            var address = named && IsNamed(name, AddressHeaders);
            var allowed = address ? Math.Max(addressBudget, MinAddressField) : limit;
            var kept = field.Length;
            if (named && ++fields > options.MaxHeaderFields && !IsMimeHeader(name))
            {
                (cuts ??= []).Add((start, end));
                dropped++;
                kept = 0;
            }
            else if (field.Length > allowed)
            {
                // Before the last separator that fits (an address after a comma, else a word or a parameter), keeping
                // the field's own line break.
                var head = field[..allowed];
                var after = !named ? -1 : address ? head.LastIndexOf((byte)',') : head.LastIndexOfAny((byte)' ', (byte)'\t', (byte)';');
                kept = !named ? allowed : after > colon ? after : colon + 1;
                var lineBreak = field.EndsWith("\r\n"u8) ? 2 : field.EndsWith("\n"u8) ? 1 : 0;
                (cuts ??= []).Add((start + kept, end - lineBreak));
                walker.NoteLimit(named
                    ? $"the {Encoding.ASCII.GetString(name[..Math.Min(name.Length, 40)])} header is {field.Length} bytes; read up to {kept}"
                    : $"a header line of {field.Length} bytes without a field name; read up to {kept}");
            }
            addressBudget -= address ? kept : 0;
            start = end;
        }
        if (dropped > 0)
        {
            walker.NoteLimit($"{fields} header fields; {dropped} after the first {options.MaxHeaderFields} were not read");
        }
        if (cuts is null)
        {
            return data;
        }
        var bounded = new byte[data.Length - cuts.Sum(c => c.End - c.Keep)];
        var from = 0;
        var written = 0;
        foreach (var (keep, end) in cuts)
        {
            data.Span[from..keep].CopyTo(bounded.AsSpan(written));
            written += keep - from;
            from = end;
        }
        data.Span[from..].CopyTo(bounded.AsSpan(written));
        return bounded;
    }

    // What each address field may keep once the shared budget is spent: a Cc of a few addresses costs nothing.
    private const int MinAddressField = 1024;

    private static bool IsMimeHeader(ReadOnlySpan<byte> name)
    {
        var trimmed = name.Trim(" \t"u8);
        return trimmed.Length >= 8 && (Ascii.EqualsIgnoreCase(trimmed[..8], "content-"u8) || Ascii.EqualsIgnoreCase(trimmed, "mime-version"u8));
    }

    private static bool IsNamed(ReadOnlySpan<byte> name, string[] names)
    {
        foreach (var candidate in names)
        {
            if (Ascii.EqualsIgnoreCase(name, candidate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Skips blank lines and an mbox "From " line before the headers; MimeKit would read them as the end of the headers.</summary>
    private static ReadOnlyMemory<byte> SkipPreamble(ReadOnlyMemory<byte> data, Walker walker)
    {
        var span = data.Span;
        var offset = 0;
        for (var lines = 0; lines < 4 && offset < span.Length; lines++)
        {
            var rest = span[offset..];
            var eol = rest.IndexOf((byte)'\n');
            var line = eol < 0 ? rest : rest[..eol];
            var blank = line.Trim(" \t\r"u8).IsEmpty;
            var mbox = line.StartsWith("From "u8);
            if (!blank && !mbox)
            {
                break;
            }
            if (blank && lines == 0)
            {
                walker.Note(AnomalyKind.MimeMalformed, "the message starts with blank lines before its headers");
            }
            offset += eol < 0 ? rest.Length : eol + 1;
        }
        return offset == 0 || offset >= span.Length ? data : data[offset..];
    }

    private static MessageFacts ReadFacts(MimeMessage message, ReadOptions options)
    {
        var from = message.From.Mailboxes.FirstOrDefault();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var dkimDomains = new List<string>();
        var received = 0;
        foreach (var header in message.Headers)
        {
            var field = header.Field;
            if (header.Id == HeaderId.Received)
            {
                received++;
            }
            else if (header.Id == HeaderId.DkimSignature)
            {
                var d = TagValue(header.Value, "d");
                if (d is not null)
                {
                    dkimDomains.Add(d.ToLowerInvariant());
                }
            }
            if (options.CapturedHeaders.Count > 0 && MayBeCaptured(options.CapturedHeaders, field) && !headers.ContainsKey(field) &&
                options.CapturedHeaders.Contains(field.ToLowerInvariant()))
            {
                headers[field.ToLowerInvariant()] = header.Value.Trim();
            }
        }
        return new MessageFacts
        {
            From = Convert(from),
            FromAsWritten = from?.Address?.Trim(),
            FromCount = message.From.Mailboxes.Count(),
            Sender = Convert(message.Sender),
            ReplyTo = Addresses(message.ReplyTo, int.MaxValue),
            To = Addresses(message.To, 1000),
            Cc = Addresses(message.Cc, 1000),
            ReturnPath = message.Headers[HeaderId.ReturnPath]?.Trim().Trim('<', '>').ToLowerInvariant() is { Length: > 0 } rp ? rp : null,
            Subject = message.Subject,
            MessageId = message.MessageId,
            Date = message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            IsList = message.Headers.Contains(HeaderId.ListUnsubscribe) || message.Headers.Contains(HeaderId.ListId),
            Mailer = message.Headers[HeaderId.XMailer] ?? message.Headers["User-Agent"],
            DkimSignatureDomains = dkimDomains,
            ReceivedCount = received,
            Headers = headers,
        };
    }

    // Lower-casing keeps a header name's length: only a name as long as a captured one can be captured (no copy per header).
    private static bool MayBeCaptured(IReadOnlyCollection<string> captured, string field)
    {
        foreach (var name in captured)
        {
            if (name.Length == field.Length)
            {
                return true;
            }
        }
        return false;
    }

    // The first `max` readable mailboxes of a list, in order.
    private static MailAddress[] Addresses(InternetAddressList list, int max)
    {
        List<MailAddress>? addresses = null;
        foreach (var mailbox in list.Mailboxes)
        {
            if ((addresses?.Count ?? 0) >= max)
            {
                break;
            }
            if (Convert(mailbox) is { } address)
            {
                (addresses ??= []).Add(address);
            }
        }
        return addresses is null ? [] : addresses.ToArray();
    }

    private static MailAddress? Convert(MailboxAddress? mailbox)
    {
        if (mailbox?.Address is not { Length: > 0 } address)
        {
            return null;
        }
        return new MailAddress(address.Trim().ToLowerInvariant(), string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim());
    }

    private static TransportFacts ReadTransport(MimeMessage? message, ReadOptions options, ScanContext context, MessageFacts facts)
    {
        DateTimeOffset? received = null;
        string? receivedIp = null;
        var auth = AuthenticationFacts.None;
        if (message is not null)
        {
            foreach (var header in message.Headers)
            {
                if (header.Id != HeaderId.Received)
                {
                    continue;
                }
                // The topmost Received header is the newest hop: our own MTA wrote it, so a sender cannot forge it.
                var value = header.Value;
                if (received is null)
                {
                    var semicolon = value.LastIndexOf(';');
                    if (semicolon >= 0 && DateUtils.TryParse(value[(semicolon + 1)..].Trim(), out var date))
                    {
                        received = date;
                    }
                }
                receivedIp ??= BracketedIp(value);
                if (received is not null && receivedIp is not null)
                {
                    break;
                }
            }
            auth = ReadAuthentication(message, options);
        }

        DateTimeOffset arrival;
        string source;
        if (context.ArrivalTime is { } known)
        {
            (arrival, source) = (known, "context");
        }
        else if (received is { } r)
        {
            (arrival, source) = (r, "received");
        }
        else if (facts.Date is { } d)
        {
            (arrival, source) = (d, "date");
        }
        else
        {
            (arrival, source) = (DateTimeOffset.UtcNow, "clock");
        }

        return new TransportFacts
        {
            ArrivalTime = arrival,
            ArrivalSource = source,
            MailFrom = context.MailFrom ?? facts.ReturnPath,
            Recipients = context.Recipients,
            ClientIp = context.ClientIp ?? receivedIp,
            Helo = context.Helo,
            AuthenticatedUser = context.AuthenticatedUser,
            Authentication = auth,
        };
    }

    private static string? BracketedIp(string received)
    {
        var from = received.IndexOf("from ", StringComparison.OrdinalIgnoreCase);
        var by = received.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (from < 0)
        {
            return null;
        }
        var clause = by > from ? received[from..by] : received[from..];
        var open = clause.IndexOf('[');
        while (open >= 0)
        {
            var close = clause.IndexOf(']', open + 1);
            if (close < 0)
            {
                return null;
            }
            var candidate = clause[(open + 1)..close];
            if (candidate.StartsWith("IPv6:", StringComparison.OrdinalIgnoreCase))
            {
                candidate = candidate[5..];
            }
            if (System.Net.IPAddress.TryParse(candidate, out var ip))
            {
                return ip.ToString();
            }
            open = clause.IndexOf('[', close);
        }
        // Microsoft writes "from host (192.0.2.1) by …".
        var paren = clause.IndexOf('(');
        if (paren >= 0 && clause.IndexOf(')', paren) is var end && end > paren &&
            System.Net.IPAddress.TryParse(clause[(paren + 1)..end].Trim(), out var ip2))
        {
            return ip2.ToString();
        }
        return null;
    }

    private static AuthenticationFacts ReadAuthentication(MimeMessage message, ReadOptions options)
    {
        if (options.TrustedAuthservIds.Count == 0)
        {
            return AuthenticationFacts.None;
        }
        var seenSpf = false;
        var seenDmarc = false;
        var dkim = new List<DkimResult>();
        string? spf = null, spfDomain = null, dmarc = null, dmarcDomain = null, arc = null, authservId = null;
        var trusted = false;
        var forged = 0;
        var outside = false;
        foreach (var header in message.Headers)
        {
            if (header.Id == HeaderId.Received)
            {
                // Headers below the first hop written by a host outside the receiving organisation came with
                // the message: a trusted authserv-id there was put in by the sender (RFC 8601 §5).
                if (!outside && ReceivedBy(header.Value) is { } by && !options.TrustedAuthservIds.Any(id => SameOrganisation(by, id)))
                {
                    outside = true;
                }
                continue;
            }
            if (header.Id != HeaderId.AuthenticationResults)
            {
                continue;
            }
            if (!AuthenticationResults.TryParse(header.RawValue, out var results) || results.AuthenticationServiceIdentifier is null)
            {
                continue;
            }
            if (!options.TrustedAuthservIds.Any(id => string.Equals(id, results.AuthenticationServiceIdentifier, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (outside)
            {
                forged++;
                continue;
            }
            trusted = true;
            authservId ??= results.AuthenticationServiceIdentifier;
            foreach (var result in results.Results)
            {
                var method = result.Method?.ToLowerInvariant() ?? string.Empty;
                var value = result.Result?.ToLowerInvariant() ?? "none";
                switch (method)
                {
                    // One header per signature is normal (opendkim); keep them all.
                    case "dkim":
                        dkim.Add(new DkimResult(value, Property(result, "header", "d")?.ToLowerInvariant(), Property(result, "header", "i")?.ToLowerInvariant()));
                        break;
                    // For SPF and DMARC the topmost result stands.
                    case "spf" when !seenSpf:
                        seenSpf = true;
                        spf = value;
                        var mailFrom = Property(result, "smtp", "mailfrom");
                        spfDomain = (mailFrom is not null ? CalendarAddress.DomainOf(mailFrom.Contains('@') ? mailFrom.ToLowerInvariant() : "x@" + mailFrom) : null)
                                    ?? Property(result, "smtp", "helo")?.ToLowerInvariant();
                        break;
                    case "dmarc" when !seenDmarc:
                        seenDmarc = true;
                        dmarc = value;
                        dmarcDomain = Property(result, "header", "from")?.ToLowerInvariant();
                        break;
                    case "arc":
                        arc ??= value;
                        break;
                }
            }
        }
        if (!trusted)
        {
            return forged > 0 ? new AuthenticationFacts { ShadowedHeaders = forged } : AuthenticationFacts.None;
        }
        return new AuthenticationFacts
        {
            HasTrustedResults = true,
            AuthservId = authservId,
            Dkim = dkim,
            Spf = spf,
            SpfDomain = spfDomain,
            Dmarc = dmarc,
            DmarcDomain = dmarcDomain,
            Arc = arc,
            ShadowedHeaders = forged,
        };
    }

    /// <summary>The host after "by" in a Received header, or null.</summary>
    private static string? ReceivedBy(string received)
    {
        var at = received.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return received.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? FirstToken(received[3..]) : null;
        }
        return FirstToken(received[(at + 4)..]);

        static string? FirstToken(string s)
        {
            var t = s.TrimStart();
            var end = t.IndexOfAny([' ', '\t', '\r', '\n', ';', '(']);
            var host = (end < 0 ? t : t[..end]).Trim().TrimEnd('.').ToLowerInvariant();
            return host.Length == 0 ? null : host;
        }
    }

    private static bool SameOrganisation(string host, string authservId)
    {
        if (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip))
        {
            return System.Net.IPAddress.IsLoopback(ip) || host == authservId;
        }
        // A single-label host ("localhost", an internal relay name) belongs to us.
        return !host.Contains('.') || DomainNames.Aligned(host, authservId);
    }

    private static string? Property(AuthenticationMethodResult result, string type, string name)
    {
        foreach (var p in result.Properties)
        {
            if (string.Equals(p.PropertyType, type, StringComparison.OrdinalIgnoreCase) && string.Equals(p.Property, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }

    private static string? TagValue(string header, string tag)
    {
        foreach (var part in header.Split(';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return kv[1].Trim();
            }
        }
        return null;
    }

    internal static bool IsCalendarType(string mimeType) => CalendarTypes.Contains(mimeType);

    internal static bool HasCalendarExtension(string? fileName) =>
        fileName is not null && CalendarExtensions.Any(e => fileName.TrimEnd().TrimEnd('.').EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The text of the plain or HTML bodies, joined by newlines and bounded; most mail has one of each, which is kept as
    /// it is instead of being copied through a builder.
    /// </summary>
    private sealed class BodyText(int maxChars)
    {
        private string _single = string.Empty;
        private StringBuilder? _joined;

        private int Length => _joined?.Length ?? _single.Length;

        public void Append(string text)
        {
            var room = maxChars - Length;
            if (room <= 0)
            {
                return;
            }
            var piece = text.Length > room ? text[..room] : text;
            if (Length == 0)
            {
                _single = piece;
                return;
            }
            _joined ??= new StringBuilder(_single);
            _joined.Append('\n').Append(piece);
        }

        public override string ToString() => _joined?.ToString() ?? _single;
    }

    private sealed class Walker(ReadOptions options)
    {
        private readonly List<Anomaly> _anomalies = [];
        private readonly BodyText _plain = new(options.MaxBodyChars);
        private readonly BodyText _html = new(options.MaxBodyChars);
        private readonly List<HtmlLink> _links = [];
        private readonly List<AttachmentInfo> _attachments = [];
        private bool _active;
        private int _leaves;

        public List<CalendarPart> Parts { get; } = [];

        public IReadOnlyList<Anomaly> Anomalies => _anomalies;

        public bool LimitHit { get; private set; }

        public void Note(AnomalyKind kind, string detail)
        {
            if (_anomalies.Count < options.Calendar.MaxAnomalies)
            {
                _anomalies.Add(new Anomaly(kind, 0, detail));
            }
        }

        /// <summary>Records a limit that was hit: the verdict must say that part of the message went unread.</summary>
        public void NoteLimit(string detail)
        {
            Note(AnomalyKind.LimitExceeded, detail);
            LimitHit = true;
        }

        public MessageBodies Bodies() => new()
        {
            PlainText = _plain.ToString(),
            HtmlText = _html.ToString(),
            Links = _links,
            HasActiveContent = _active,
            Attachments = _attachments,
        };

        public void Walk(MimeEntity? entity, string path, int messageDepth)
        {
            if (entity is null)
            {
                return;
            }
            switch (entity)
            {
                case Multipart multipart:
                    for (var i = 0; i < multipart.Count; i++)
                    {
                        if (_leaves >= options.MaxParts)
                        {
                            return;
                        }
                        Walk(multipart[i], $"{path}.{i + 1}", messageDepth);
                    }
                    return;
                case MessagePart messagePart:
                    if (messageDepth + 1 > options.MaxNestedMessages)
                    {
                        Note(AnomalyKind.LimitExceeded, $"message/rfc822 nested deeper than {options.MaxNestedMessages} at {path}; not read");
                        LimitHit = true;
                        return;
                    }
                    Walk(messagePart.Message?.Body, path + ".m", messageDepth + 1);
                    return;
                case MimePart part:
                    Leaf(part, path, messageDepth);
                    return;
            }
        }

        private void Leaf(MimePart part, string path, int messageDepth)
        {
            if (++_leaves > options.MaxParts)
            {
                Note(AnomalyKind.LimitExceeded, $"more than {options.MaxParts} MIME parts; the rest were not read");
                LimitHit = true;
                return;
            }
            var mimeType = part.ContentType.MimeType.ToLowerInvariant();
            string? fileName = null;
            try
            {
                fileName = part.FileName;
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                Note(AnomalyKind.MimeMalformed, $"unreadable file name at {path}");
            }
            var isAttachment = part.IsAttachment;

            if (part is TnefPart || mimeType is "application/ms-tnef" or "application/vnd.ms-tnef" ||
                string.Equals(fileName, "winmail.dat", StringComparison.OrdinalIgnoreCase))
            {
                Tnef(part, path, messageDepth);
                return;
            }

            var isBodyText = !isAttachment && part is TextPart { IsPlain: true } or TextPart { IsHtml: true };
            // A body text is decoded once, for the sniff and for its text, instead of once for each.
            byte[]? bodyBuffer = null;
            var bodyLength = 0;
            var bodyDecoded = false;
            CarrierKind? kind = null;
            if (IsCalendarType(mimeType))
            {
                kind = mimeType.StartsWith("application/", StringComparison.Ordinal) ? CarrierKind.ApplicationIcs : CarrierKind.TextCalendar;
            }
            else if (HasCalendarExtension(fileName) || HasCalendarExtension(part.ContentType.Name))
            {
                kind = CarrierKind.NamedAttachment;
            }
            else if (isBodyText && options.MaxBodyChars * 2 >= SniffBytes)
            {
                var noted = _anomalies.Count;
                bodyBuffer = DecodePooled(part, options.MaxBodyChars * 2, out bodyLength, out _);
                bodyDecoded = true;
                if (bodyBuffer is null && _anomalies.Count > noted)
                {
                    // The sniff and the text decode each noted an undecodable part.
                    Note(_anomalies[^1].Kind, _anomalies[^1].Detail);
                }
                if (CalendarSniffer.StartsWithCalendar(bodyBuffer is null ? [] : bodyBuffer.AsSpan(0, Math.Min(SniffBytes, bodyLength))))
                {
                    kind = CarrierKind.Sniffed;
                    ArrayPool<byte>.Shared.Return(bodyBuffer!);
                    bodyBuffer = null;
                }
            }
            else if (SniffCalendar(part))
            {
                kind = CarrierKind.Sniffed;
            }

            if (kind is { } k)
            {
                if (Parts.Count >= options.MaxCalendarParts)
                {
                    Note(AnomalyKind.LimitExceeded, $"more than {options.MaxCalendarParts} calendar parts; {path} was not read");
                    LimitHit = true;
                    return;
                }
                var content = Decode(part, options.Calendar.MaxBytes + 1, out var truncated);
                if (truncated || content.Length > options.Calendar.MaxBytes)
                {
                    Note(AnomalyKind.LimitExceeded, $"calendar part {path} is larger than {options.Calendar.MaxBytes} bytes; only the start was read");
                    LimitHit = true;
                }
                part.ContentType.Parameters.TryGetValue("method", out string? method);
                var charset = mimeType.StartsWith("text/", StringComparison.Ordinal) ? CharsetOf(part) : null;
                var read = CalendarReader.Read(content, options.Calendar, charset);
                var carrier = new CalendarCarrier(k, mimeType, string.IsNullOrWhiteSpace(method) ? null : method.Trim().ToUpperInvariant(), fileName, path,
                    messageDepth, isAttachment, content.Length);
                Parts.Add(new CalendarPart(carrier, read, content.Length > options.Calendar.MaxBytes ? content[..options.Calendar.MaxBytes] : content));
                return;
            }

            if (isBodyText)
            {
                var text = (TextPart)part;
                var encoding = CharsetOf(part) ?? Encoding.UTF8;
                string body;
                if (bodyDecoded)
                {
                    body = bodyBuffer is null ? string.Empty : encoding.GetString(bodyBuffer, 0, bodyLength);
                    if (bodyBuffer is not null)
                    {
                        ArrayPool<byte>.Shared.Return(bodyBuffer);
                    }
                }
                else
                {
                    body = DecodeText(part, options.MaxBodyChars * 2, encoding);
                }
                if (text.IsHtml)
                {
                    var (visible, links, active) = HtmlText.Extract(body, options.MaxBodyChars);
                    _html.Append(visible);
                    _links.AddRange(links.Take(1000 - Math.Min(1000, _links.Count)));
                    _active |= active;
                }
                else
                {
                    _plain.Append(body);
                }
                return;
            }
            if (_attachments.Count < 100)
            {
                _attachments.Add(new AttachmentInfo(mimeType, fileName));
            }
        }

        private void Tnef(MimePart part, string path, int messageDepth)
        {
            var bytes = Decode(part, options.MaxTnefBytes, out var truncated);
            if (truncated)
            {
                Note(AnomalyKind.LimitExceeded, $"TNEF part {path} is larger than {options.MaxTnefBytes} bytes; only the start was searched");
                LimitHit = true;
            }
            // Outlook appointments keep an iCalendar copy inside MAPI properties (the "Apple WebDAV Outlook Store" case).
            var span = bytes.AsSpan();
            var offset = 0;
            var found = 0;
            while (found < 4)
            {
                var begin = IndexOfIgnoreCase(span[offset..], "BEGIN:VCALENDAR"u8);
                if (begin < 0)
                {
                    break;
                }
                begin += offset;
                var end = IndexOfIgnoreCase(span[begin..], "END:VCALENDAR"u8);
                var stop = end < 0 ? span.Length : begin + end + "END:VCALENDAR".Length;
                var content = span[begin..stop].ToArray();
                var read = CalendarReader.Read(content, options.Calendar);
                Parts.Add(new CalendarPart(new CalendarCarrier(CarrierKind.Tnef, "application/ms-tnef", null, "winmail.dat", $"{path}.tnef{found + 1}",
                    messageDepth, true, content.Length), read, content));
                found++;
                offset = stop;
            }
            if (part is not TnefPart tnef)
            {
                return;
            }
            try
            {
                var i = 0;
                foreach (var attachment in tnef.ExtractAttachments())
                {
                    Walk(attachment, $"{path}.t{++i}", messageDepth);
                }
            }
            catch (Exception e) when (e is TnefException or FormatException or IOException or ArgumentException or InvalidOperationException or NotSupportedException)
            {
                Note(AnomalyKind.UndecodableAttachment, $"TNEF part {path} could not be decoded: {e.Message}");
            }
        }

        public void CalendarInHeaders(MimeMessage message)
        {
            // A part (or the message) whose "headers" are iCalendar lines: the calendar was written where the
            // MIME headers belong, and lenient clients still pick it up. The message's own headers come first, then each
            // part's, at most MaxParts header blocks in all.
            if (options.MaxParts <= 0 || InHeaders(message.Headers, 1))
            {
                return;
            }
            var path = 1;
            foreach (var entity in message.BodyParts)
            {
                if (path >= options.MaxParts || InHeaders(entity.Headers, ++path))
                {
                    return;
                }
            }
        }

        private bool InHeaders(HeaderList headers, int path)
        {
            var begin = headers.IndexOf("BEGIN");
            if (begin < 0 || !headers[begin].Value.Trim().Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            var text = new StringBuilder();
            for (var i = begin; i < headers.Count; i++)
            {
                var h = headers[i];
                text.Append(h.Field).Append(':').Append(h.Value.Trim()).Append("\r\n");
                if (h.Field.Equals("END", StringComparison.OrdinalIgnoreCase) && h.Value.Trim().Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }
            }
            var content = Encoding.UTF8.GetBytes(text.ToString());
            Note(AnomalyKind.CalendarInHeaders, "an iCalendar object sits in a MIME header area");
            Parts.Add(new CalendarPart(new CalendarCarrier(CarrierKind.Headers, "text/calendar", null, null, $"h{path}", 0, false, content.Length),
                CalendarReader.Read(content, options.Calendar), content));
            return true;
        }

        public void RawFallback(ReadOnlySpan<byte> raw)
        {
            var begin = IndexOfIgnoreCase(raw, "BEGIN:VCALENDAR"u8);
            if (begin < 0)
            {
                return;
            }
            var content = raw[begin..Math.Min(raw.Length, begin + options.Calendar.MaxBytes)].ToArray();
            Parts.Add(new CalendarPart(new CalendarCarrier(CarrierKind.Sniffed, "text/calendar", null, null, "1", 0, false, content.Length),
                CalendarReader.Read(content, options.Calendar), content));
        }

        private byte[] Decode(MimePart part, int maxBytes, out bool truncated)
        {
            var buffer = DecodePooled(part, maxBytes, out var length, out truncated);
            if (buffer is null)
            {
                return [];
            }
            var content = buffer.AsSpan(0, length).ToArray();
            ArrayPool<byte>.Shared.Return(buffer);
            return content;
        }

        private string DecodeText(MimePart part, int maxBytes, Encoding encoding)
        {
            var buffer = DecodePooled(part, maxBytes, out var length, out _);
            if (buffer is null)
            {
                return string.Empty;
            }
            var text = encoding.GetString(buffer, 0, length);
            ArrayPool<byte>.Shared.Return(buffer);
            return text;
        }

        // The decoded bytes the sniff looks at.
        private const int SniffBytes = 96;

        private bool SniffCalendar(MimePart part)
        {
            var buffer = DecodePooled(part, SniffBytes, out var length, out _);
            if (buffer is null)
            {
                return CalendarSniffer.StartsWithCalendar([]);
            }
            var sniffed = CalendarSniffer.StartsWithCalendar(buffer.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(buffer);
            return sniffed;
        }

        /// <summary>
        /// Decodes up to <paramref name="maxBytes"/> of the part into a pooled buffer (the caller returns it), or null when there is
        /// nothing to read. Most decoded content is copied or turned into text at once, so the working buffer need not be garbage.
        /// </summary>
        /// <remarks>
        /// This does what reading <see cref="MimeContent.Open"/> to the end does (the same decoder, fed the same 4 KB chunks
        /// of the source; a chunk that decodes to nothing ends the stream, as it ends MimeKit's FilteredStream) without its
        /// per-call read and output buffers, which cost more than the content of a typical part. Well-formed base64 that can be
        /// read at once goes through <see cref="TryDecodeWellFormedBase64"/> instead, with the same result.
        /// </remarks>
        private byte[]? DecodePooled(MimePart part, int maxBytes, out int length, out bool truncated)
        {
            truncated = false;
            length = 0;
            if (part.Content is not { } content)
            {
                return null;
            }
            var pool = ArrayPool<byte>.Shared;
            byte[]? buffer = null;
            var raw = pool.Rent(ChunkBytes);
            byte[]? decodedChunk = null;
            try
            {
                var source = content.Stream;
                if (content.Encoding == ContentEncoding.Base64 && TryDecodeWellFormedBase64(source, maxBytes, out buffer, out length, out truncated))
                {
                    return buffer;
                }
                source.Seek(0, SeekOrigin.Begin);
                var decoder = DecoderFor(content.Encoding);
                // The capacity grows as an unpooled buffer would; the rented array may be larger.
                var capacity = Math.Min(maxBytes, EstimateSize(part, maxBytes));
                buffer = pool.Rent(capacity);
                var total = 0;
                while (true)
                {
                    var n = source.Read(raw, 0, ChunkBytes);
                    if (n <= 0)
                    {
                        break;
                    }
                    var m = decoder is null ? n : DecodeChunk(decoder, raw, n, ref decodedChunk);
                    var output = decoder is null ? raw : decodedChunk!;
                    if (m <= 0)
                    {
                        break;
                    }
                    var taken = 0;
                    while (taken < m && total < maxBytes)
                    {
                        if (total == capacity)
                        {
                            capacity = Math.Min(maxBytes, capacity * 2);
                            var larger = pool.Rent(capacity);
                            buffer.AsSpan(0, total).CopyTo(larger);
                            pool.Return(buffer);
                            buffer = larger;
                        }
                        var step = Math.Min(m - taken, capacity - total);
                        output.AsSpan(taken, step).CopyTo(buffer.AsSpan(total));
                        taken += step;
                        total += step;
                    }
                    if (total >= maxBytes)
                    {
                        truncated = taken < m || HasMore(source, raw, decoder, ref decodedChunk);
                        break;
                    }
                }
                length = total;
                return buffer;
            }
            catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or NotSupportedException)
            {
                if (buffer is not null)
                {
                    pool.Return(buffer);
                }
                Note(AnomalyKind.UndecodableAttachment, $"part content could not be decoded: {e.Message}");
                return null;
            }
            finally
            {
                pool.Return(raw);
                if (decodedChunk is not null)
                {
                    pool.Return(decodedChunk);
                }
            }
        }

        // Whole base64 content read at once when it is no larger than this.
        private const int MaxWholeBase64Bytes = 4 << 20;

        /// <summary>
        /// The fast path of <see cref="DecodePooled"/> for base64: the whole encoded content in one read and, when it is well
        /// formed, one vectorised decode (<see cref="WellFormedBase64"/>), with the same bytes and the same truncation as
        /// MimeKit's decoder over 4 KB chunks. False (and nothing rented) when the content is not small enough to read at once,
        /// is longer than what is asked for would need, or is not well formed: the caller then decodes it chunk by chunk.
        /// </summary>
        private static bool TryDecodeWellFormedBase64(Stream source, int maxBytes, out byte[]? buffer, out int length, out bool truncated)
        {
            buffer = null;
            length = 0;
            truncated = false;
            long rawLength;
            try
            {
                if (!source.CanSeek)
                {
                    return false;
                }
                rawLength = source.Length;
            }
            catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
            {
                return false;
            }
            // A short read (the sniff) of a long part is cheaper chunk by chunk.
            if (rawLength > MaxWholeBase64Bytes || rawLength / 4 * 3 > (long)maxBytes * 2 + 64)
            {
                return false;
            }
            var pool = ArrayPool<byte>.Shared;
            var raw = pool.Rent((int)Math.Max(rawLength, 1));
            try
            {
                source.Seek(0, SeekOrigin.Begin);
                var total = 0;
                while (total < rawLength)
                {
                    var n = source.Read(raw, total, (int)rawLength - total);
                    if (n <= 0)
                    {
                        break;
                    }
                    total += n;
                }
                if (total != rawLength || source.ReadByte() >= 0)
                {
                    source.Seek(0, SeekOrigin.Begin);
                    return false;
                }
                var output = pool.Rent(WellFormedBase64.MaxDecodedLength(total));
                if (!WellFormedBase64.TryDecode(raw.AsSpan(0, total), output, out var written))
                {
                    pool.Return(output);
                    source.Seek(0, SeekOrigin.Begin);
                    return false;
                }
                buffer = output;
                length = Math.Min(written, maxBytes);
                truncated = written > maxBytes;
                return true;
            }
            finally
            {
                pool.Return(raw);
            }
        }

        // The size of the chunks MimeKit's FilteredStream reads from the source.
        private const int ChunkBytes = 4096;

        // Whether the next chunk decodes to anything: the one byte MimeKit's stream would read to tell.
        private static bool HasMore(Stream source, byte[] raw, IMimeDecoder? decoder, ref byte[]? decodedChunk)
        {
            var n = source.Read(raw, 0, ChunkBytes);
            return n > 0 && (decoder is null || DecodeChunk(decoder, raw, n, ref decodedChunk) > 0);
        }

        // The room a decoder asks for depends on what it holds over from the last chunk.
        private static int DecodeChunk(IMimeDecoder decoder, byte[] raw, int n, ref byte[]? output)
        {
            var need = decoder.EstimateOutputLength(n);
            if (output is null || output.Length < need)
            {
                if (output is not null)
                {
                    ArrayPool<byte>.Shared.Return(output);
                }
                output = ArrayPool<byte>.Shared.Rent(need);
            }
            return decoder.Decode(raw, 0, n, output);
        }

        private static IMimeDecoder? DecoderFor(ContentEncoding encoding) => encoding switch
        {
            ContentEncoding.Base64 => new Base64Decoder(),
            ContentEncoding.QuotedPrintable => new QuotedPrintableDecoder(),
            ContentEncoding.UUEncode => new UUDecoder(),
            _ => null,
        };

        private static int EstimateSize(MimePart part, int maxBytes)
        {
            try
            {
                var length = part.Content?.Stream is { CanSeek: true } stream ? stream.Length : 4096;
                return (int)Math.Clamp(length + 16, 64, maxBytes);
            }
            catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
            {
                return Math.Min(4096, maxBytes);
            }
        }

        // MimeKit's charset lookup takes a global lock on every call; most parts say utf-8 or us-ascii.
        private static Encoding? CharsetOf(MimePart part)
        {
            var charset = part.ContentType.Charset;
            if (string.IsNullOrEmpty(charset))
            {
                return null;
            }
            if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                return Utf8;
            }
            if (charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
            {
                return Encoding.ASCII;
            }
            if (Charsets.TryGetValue(charset, out var known))
            {
                return known;
            }
            Encoding? encoding;
            try
            {
                encoding = part.ContentType.CharsetEncoding;
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                encoding = null;
            }
            // Names come from mail: keep a bounded number. A miss is not kept: it may be answered once the code-pages
            // provider is registered (CalendarReader does that when first used).
            if (encoding is not null && Charsets.Count < 512)
            {
                Charsets.TryAdd(charset, encoding);
            }
            return encoding;
        }

        // MimeKit's answers by charset name (its look-up locks a global table on every call).
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Encoding?> Charsets = new(StringComparer.Ordinal);

        private static readonly Encoding Utf8 = new UTF8Encoding(false);
    }

    internal static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        var first = needle[0];
        var lower = (byte)(first | 0x20);
        var upper = (byte)(first & ~0x20);
        var offset = 0;
        while (offset <= haystack.Length - needle.Length)
        {
            var rel = haystack[offset..].IndexOfAny(lower, upper);
            if (rel < 0)
            {
                return -1;
            }
            var at = offset + rel;
            if (at + needle.Length > haystack.Length)
            {
                return -1;
            }
            if (System.Text.Ascii.EqualsIgnoreCase(haystack.Slice(at, needle.Length), needle))
            {
                return at;
            }
            offset = at + 1;
        }
        return -1;
    }
}
