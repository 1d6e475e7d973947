using System.Text;
using Calguard.Decisions;
using Calguard.Scoring;
using MimeKit;
using MimeKit.IO;

namespace Calguard.Sanitising;

/// <summary>
/// Applies a <see cref="Decision"/> to a message (DESIGN: the apply stage): rewrites only the calendar parts, splicing
/// the new bytes into the original so every other part, boundary and header stays byte-identical, replaces any
/// <c>X-Calguard-*</c> header a sender set with our own, and optionally re-seals with ARC.
/// </summary>
/// <remarks>
/// Never throws on odd input: a part it cannot rewrite (TNEF, calendar lines in the header area, an encoding it cannot
/// write, a part beyond the reader's size limit) is left as it was and reported in <see cref="SanitisedMessage.Parts"/>.
/// Thread-safe.
/// </remarks>
public sealed class Sanitiser
{
    /// <summary>The file name a demoted calendar part gets.</summary>
    public const string DemotedFileName = "invitation.ics";

    private const string CalendarMessageClass = "urn:content-classes:calendarmessage";

    private readonly ArcSealer? _arc;

    /// <summary>Creates a sanitiser.</summary>
    /// <param name="arc">ARC re-sealing after a body rewrite, or null for none.</param>
    /// <exception cref="IOException">The ARC key file cannot be read.</exception>
    /// <exception cref="FormatException">The ARC key file holds no usable private key.</exception>
    public Sanitiser(ArcSealOptions? arc = null)
    {
        _arc = arc is null ? null : new ArcSealer(arc);
    }

    /// <summary>Sanitises a message as <paramref name="decision"/> says and adds the verdict headers.</summary>
    /// <param name="invitation">The message as <see cref="Reading.MessageReader"/> read it.</param>
    /// <param name="verdict">Its verdict.</param>
    /// <param name="decision">The decision for the recipient.</param>
    public SanitisedMessage Sanitise(Invitation invitation, Verdict verdict, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(decision);
        return invitation.IsMessage ? SanitiseMessage(invitation, verdict, decision) : SanitiseFile(invitation, decision);
    }

    private static SanitisedMessage SanitiseFile(Invitation invitation, Decision decision)
    {
        var raw = invitation.Raw.ToArray();
        var notes = new List<string> { "a bare iCalendar file has no headers: the X-Calguard headers were not added" };
        var parts = new List<SanitisedPart>();
        var content = raw;
        var edits = CalendarEdits.From(decision);
        foreach (var part in invitation.Parts)
        {
            if (!edits.Any)
            {
                parts.Add(new SanitisedPart(part.Carrier.Path, part.Carrier.Kind, SanitisedPartOutcome.Unchanged, null, null));
            }
            else if (part.Carrier.Size > part.Content.Length || raw.Length > part.Content.Length)
            {
                parts.Add(Skip(part, "larger than the reader's size limit; left as it was"));
            }
            else
            {
                var result = CalendarEditor.Edit(raw, edits);
                content = result.Content;
                parts.Add(new SanitisedPart(part.Carrier.Path, part.Carrier.Kind,
                    result.Changed ? SanitisedPartOutcome.Rewritten : SanitisedPartOutcome.Unchanged, result, null));
            }
        }
        return new SanitisedMessage(content, content, null, null, false, !ReferenceEquals(content, raw), [], [], parts, false, notes);
    }

    private SanitisedMessage SanitiseMessage(Invitation invitation, Verdict verdict, Decision decision)
    {
        var raw = invitation.Raw;
        var span = raw.Span;
        var notes = new List<string>();
        var top = HeaderBlock.Scan(span, 0, span.Length);
        var newLine = top.NewLine;
        var newLineText = Encoding.ASCII.GetString(newLine);
        var edits = CalendarEdits.From(decision);
        var splices = new List<Splice>();
        var parts = new List<SanitisedPart>();
        TopLevelWrap? wrap = null;
        Dictionary<long, long>? headerStarts = null;

        if (invitation.Mime is null && invitation.Parts.Count > 0)
        {
            notes.Add("the message could not be parsed as MIME: its calendar data was left as it was");
        }
        foreach (var part in invitation.Parts)
        {
            try
            {
                parts.Add(SanitisePart(invitation, part, edits, decision.Demote, span, top, splices, ref wrap, ref headerStarts));
            }
            catch (Exception e) when (e is FormatException or IOException or ArgumentException or InvalidOperationException or NotSupportedException or ParseException)
            {
                // Never lose mail: a part we trip over stays as it was.
                parts.Add(Skip(part, $"could not be rewritten ({e.GetType().Name}: {e.Message}); left as it was"));
            }
        }

        // The top-level headers: drop every X-Calguard-* a sender set, then ours go after the last one.
        var removed = new List<HeaderField>();
        var kept = new List<RawHeader>();
        var demoted = parts.Any(p => p.Outcome == SanitisedPartOutcome.Demoted);
        foreach (var field in top.Fields)
        {
            var calendarClass = demoted && field.Is("Content-Class") && field.Value.Trim().Equals(CalendarMessageClass, StringComparison.OrdinalIgnoreCase);
            if (CalguardHeaders.IsCalguardHeader(field.Name) || calendarClass)
            {
                removed.Add(new HeaderField(field.Name, field.Value));
                continue;
            }
            kept.Add(field);
        }
        var added = new List<HeaderField>();
        var contentType = LastValue(kept, "Content-Type");
        var transferEncoding = LastValue(kept, "Content-Transfer-Encoding");
        var contentHeadersChanged = false;
        if (wrap is not null)
        {
            contentType = $"multipart/mixed; boundary=\"{wrap.Boundary}\"";
            transferEncoding = null;
            contentHeadersChanged = true;
            if (!kept.Any(f => f.Is("MIME-Version")))
            {
                added.Add(new HeaderField("MIME-Version", "1.0"));
            }
        }
        added.AddRange(CalguardHeaders.For(verdict, decision, newLineText));

        // The body: the original with the calendar parts spliced in.
        var body = wrap is not null ? wrap.Body : Apply(span, top.BodyStart, splices);
        var bodyChanged = wrap is not null || splices.Count > 0;

        var message = Assemble(span, top, kept, contentType, transferEncoding, contentHeadersChanged, added, body, newLine);
        var sealedWithArc = false;
        if (_arc is not null && (bodyChanged || contentHeadersChanged))
        {
            try
            {
                var arcHeaders = _arc.Seal(message);
                if (arcHeaders.Count > 0)
                {
                    added.AddRange(arcHeaders.Select(h => h with { Value = Refold(h.Value, newLineText) }));
                    message = Assemble(span, top, kept, contentType, transferEncoding, contentHeadersChanged, added, body, newLine);
                    sealedWithArc = true;
                }
                else
                {
                    notes.Add("not ARC-sealed: the previous ARC set had already failed (cv=fail)");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                notes.Add($"not ARC-sealed: {e.GetType().Name}: {e.Message}");
            }
        }
        return new SanitisedMessage(message, body, contentType, transferEncoding, contentHeadersChanged, bodyChanged, added, removed, parts,
            sealedWithArc, notes);
    }

    private static SanitisedPart SanitisePart(Invitation invitation, CalendarPart part, CalendarEdits edits, bool demote, ReadOnlySpan<byte> raw,
        HeaderBlock top, List<Splice> splices, ref TopLevelWrap? wrap, ref Dictionary<long, long>? headerStarts)
    {
        var carrier = part.Carrier;
        switch (carrier.Kind)
        {
            case CarrierKind.Tnef:
                return Skip(part, "a calendar inside a TNEF winmail.dat is not rewritten; left as it was");
            case CarrierKind.Headers:
                return Skip(part, "calendar lines in the header area are not rewritten; left as they were");
        }
        if (carrier.Path.Split('.').Any(s => s.StartsWith('t')))
        {
            return Skip(part, "an attachment inside a TNEF winmail.dat is not rewritten; left as it was");
        }
        if (!edits.Any && !demote)
        {
            return new SanitisedPart(carrier.Path, carrier.Kind, SanitisedPartOutcome.Unchanged, null, null);
        }
        if (Locate(invitation.Mime, carrier.Path) is not MimePart mime || mime.Content?.Stream is not BoundStream bound ||
            bound.StartBoundary < top.BodyStart || bound.EndBoundary > raw.Length || bound.StartBoundary > bound.EndBoundary)
        {
            return Skip(part, "the part could not be located in the message bytes; left as it was");
        }
        if (carrier.Size > part.Content.Length)
        {
            return Skip(part, "larger than the reader's size limit; left as it was");
        }
        var charset = mime.ContentType.Charset;
        if (charset is not null && (charset.Contains("16", StringComparison.Ordinal) || charset.Contains("32", StringComparison.Ordinal) ||
                                    charset.Contains("ucs", StringComparison.OrdinalIgnoreCase)))
        {
            return Skip(part, $"charset {charset} is not ASCII-compatible; left as it was");
        }
        var start = (int)bound.StartBoundary;
        var end = (int)bound.EndBoundary;
        var encodedOriginal = raw[start..end];
        var result = CalendarEditor.Edit(part.Content, edits);
        byte[] encoded;
        if (result.Changed)
        {
            if (TransferEncoder.Encode(encodedOriginal, mime.ContentTransferEncoding, result.Content) is not { } e)
            {
                return Skip(part, $"Content-Transfer-Encoding {mime.ContentTransferEncoding} cannot be written; left as it was");
            }
            encoded = e;
        }
        else
        {
            encoded = encodedOriginal.ToArray();
        }

        if (!demote)
        {
            if (result.Changed)
            {
                splices.Add(new Splice(start, end, encoded));
            }
            return new SanitisedPart(carrier.Path, carrier.Kind, result.Changed ? SanitisedPartOutcome.Rewritten : SanitisedPartOutcome.Unchanged, result, null);
        }

        if (ReferenceEquals(mime, invitation.Mime!.Body))
        {
            // The message itself is the calendar: wrap it in multipart/mixed, so the milter only changes Content-Type
            // and Content-Transfer-Encoding.
            wrap = TopLevelWrap.Create(top, encoded);
            return new SanitisedPart(carrier.Path, carrier.Kind, SanitisedPartOutcome.Demoted, result, null);
        }
        headerStarts ??= HeaderStarts(invitation.Raw);
        if (!headerStarts.TryGetValue(start, out var headerStart) || headerStart < top.BodyStart || headerStart > start)
        {
            return Skip(part, "the part's headers could not be located; left as it was");
        }
        var block = HeaderBlock.Scan(raw, (int)headerStart, start);
        splices.Add(new Splice((int)headerStart, end, [.. DemotedHeaders(block, raw), .. encoded]));
        return new SanitisedPart(carrier.Path, carrier.Kind, SanitisedPartOutcome.Demoted, result, null);
    }

    // A demoted part keeps every header but Content-Type and Content-Disposition, which become a plain attachment
    // without the iMIP method (R18: no server auto-processes it, the user can still import it).
    private static byte[] DemotedHeaders(HeaderBlock block, ReadOnlySpan<byte> raw)
    {
        var output = new List<byte>();
        var newLine = block.NewLine;
        var wroteType = false;
        foreach (var field in block.Fields)
        {
            if (field.Is("Content-Type") || field.Is("Content-Disposition"))
            {
                if (!wroteType)
                {
                    output.AddRange(HeaderBlock.Format(new HeaderField("Content-Type", $"application/octet-stream; name=\"{DemotedFileName}\""), newLine));
                    output.AddRange(HeaderBlock.Format(new HeaderField("Content-Disposition", $"attachment; filename=\"{DemotedFileName}\""), newLine));
                    wroteType = true;
                }
                continue;
            }
            output.AddRange(raw[field.Start..field.End]);
        }
        if (!wroteType)
        {
            output.AddRange(HeaderBlock.Format(new HeaderField("Content-Type", $"application/octet-stream; name=\"{DemotedFileName}\""), newLine));
            output.AddRange(HeaderBlock.Format(new HeaderField("Content-Disposition", $"attachment; filename=\"{DemotedFileName}\""), newLine));
        }
        output.AddRange(block.SeparatorStart >= 0 ? raw[block.SeparatorStart..block.BodyStart] : newLine);
        return [.. output];
    }

    // The reader's persistent parse gives each part's content offsets but not where its headers start; a second parse
    // of the same bytes reports both (MimeKit's MimeEntityBegin/End events), keyed by content start.
    private static Dictionary<long, long> HeaderStarts(ReadOnlyMemory<byte> raw)
    {
        var starts = new Dictionary<long, long>();
        var begins = new Dictionary<MimeEntity, long>();
        var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(raw, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false, publiclyVisible: true)
            : new MemoryStream(raw.ToArray(), writable: false);
        var parser = new MimeParser(new ParserOptions { MaxMimeDepth = 64 }, stream, persistent: true);
        parser.MimeEntityBegin += (_, e) => begins[e.Entity] = e.BeginOffset;
        parser.MimeEntityEnd += (_, e) =>
        {
            if (e.Entity is MimePart { Content.Stream: BoundStream bound } && begins.TryGetValue(e.Entity, out var begin))
            {
                starts.TryAdd(bound.StartBoundary, begin);
            }
        };
        parser.ParseMessage();
        return starts;
    }

    private static MimeEntity? Locate(MimeMessage? message, string path)
    {
        var segments = path.Split('.');
        if (message is null || segments.Length == 0 || segments[0] != "1")
        {
            return null;
        }
        var entity = message.Body;
        foreach (var segment in segments.Skip(1))
        {
            if (segment == "m" && entity is MessagePart { Message: { } inner })
            {
                entity = inner.Body;
            }
            else if (int.TryParse(segment, out var index) && entity is Multipart multipart && index >= 1 && index <= multipart.Count)
            {
                entity = multipart[index - 1];
            }
            else
            {
                return null;
            }
        }
        return entity;
    }

    private static byte[] Assemble(ReadOnlySpan<byte> raw, HeaderBlock top, List<RawHeader> kept, string? contentType, string? transferEncoding,
        bool replaceContentHeaders, List<HeaderField> added, byte[] body, byte[] newLine)
    {
        var output = new List<byte>(raw.Length + 512);
        var wroteType = false;
        foreach (var field in kept)
        {
            if (replaceContentHeaders && field.Is("Content-Type"))
            {
                if (!wroteType && contentType is not null)
                {
                    output.AddRange(HeaderBlock.Format(new HeaderField("Content-Type", contentType), newLine));
                    wroteType = true;
                }
                continue;
            }
            if (replaceContentHeaders && field.Is("Content-Transfer-Encoding"))
            {
                if (transferEncoding is not null)
                {
                    output.AddRange(HeaderBlock.Format(new HeaderField("Content-Transfer-Encoding", transferEncoding), newLine));
                }
                continue;
            }
            output.AddRange(raw[field.Start..field.End]);
            if (field.End == raw.Length && (raw.Length == 0 || raw[^1] != '\n'))
            {
                output.AddRange(newLine); // the last header had no line break of its own
            }
        }
        if (replaceContentHeaders && !wroteType && contentType is not null)
        {
            output.AddRange(HeaderBlock.Format(new HeaderField("Content-Type", contentType), newLine));
        }
        foreach (var field in added)
        {
            output.AddRange(HeaderBlock.Format(field, newLine));
        }
        output.AddRange(top.SeparatorStart >= 0 ? raw[top.SeparatorStart..top.BodyStart] : newLine);
        output.AddRange(body);
        return [.. output];
    }

    private static byte[] Apply(ReadOnlySpan<byte> raw, int bodyStart, List<Splice> splices)
    {
        if (splices.Count == 0)
        {
            return raw[bodyStart..].ToArray();
        }
        splices.Sort((a, b) => a.Start.CompareTo(b.Start));
        var output = new List<byte>(raw.Length - bodyStart + 256);
        var pos = bodyStart;
        foreach (var splice in splices)
        {
            if (splice.Start < pos)
            {
                continue; // overlapping (cannot happen for leaf parts); keep the first
            }
            output.AddRange(raw[pos..splice.Start]);
            output.AddRange(splice.Bytes);
            pos = splice.End;
        }
        output.AddRange(raw[pos..]);
        return [.. output];
    }

    private static string? LastValue(List<RawHeader> fields, string name) => fields.LastOrDefault(f => f.Is(name))?.Value;

    private static string Refold(string value, string newLine) => value.Replace("\r\n", "\n").Replace("\n", newLine);

    private static SanitisedPart Skip(CalendarPart part, string reason) =>
        new(part.Carrier.Path, part.Carrier.Kind, SanitisedPartOutcome.Skipped, null, reason);

    private sealed record Splice(int Start, int End, byte[] Bytes);

    /// <summary>A top-level calendar body wrapped as the single attachment of a new multipart/mixed.</summary>
    private sealed record TopLevelWrap(string Boundary, byte[] Body)
    {
        public static TopLevelWrap Create(HeaderBlock top, byte[] encoded)
        {
            var newLine = Encoding.ASCII.GetString(top.NewLine);
            var boundary = "=_calguard_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
            var sb = new StringBuilder();
            sb.Append("--").Append(boundary).Append(newLine);
            sb.Append("Content-Type: application/octet-stream; name=\"").Append(DemotedFileName).Append('"').Append(newLine);
            sb.Append("Content-Disposition: attachment; filename=\"").Append(DemotedFileName).Append('"').Append(newLine);
            var cte = top.Fields.LastOrDefault(f => f.Is("Content-Transfer-Encoding"))?.Value.Trim();
            if (!string.IsNullOrEmpty(cte))
            {
                sb.Append("Content-Transfer-Encoding: ").Append(cte).Append(newLine);
            }
            sb.Append(newLine);
            var output = new List<byte>(encoded.Length + 512);
            output.AddRange(Encoding.ASCII.GetBytes(sb.ToString()));
            output.AddRange(encoded);
            if (encoded.Length > 0 && encoded[^1] != '\n')
            {
                output.AddRange(top.NewLine);
            }
            output.AddRange(Encoding.ASCII.GetBytes($"--{boundary}--{newLine}"));
            return new TopLevelWrap(boundary, [.. output]);
        }
    }
}
