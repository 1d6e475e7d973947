namespace Calguard.Sanitising;

/// <summary>
/// The sanitised message, in two views: the whole message (for the CLI, the HTTP API, a quarantine copy) and the
/// pieces a milter needs, because a milter replaces the body and must change the top-level headers itself.
/// </summary>
/// <remarks>
/// The whole message is the original header block with <see cref="HeadersRemoved"/> taken out, the top-level
/// Content-Type and Content-Transfer-Encoding set to <see cref="ContentType"/> and <see cref="ContentTransferEncoding"/>,
/// <see cref="HeadersAdded"/> appended after the last original header (as milter ADDHEADER does), then <see cref="Body"/>.
/// </remarks>
public sealed class SanitisedMessage
{
    /// <summary>Creates a result.</summary>
    public SanitisedMessage(byte[] message, byte[] body, string? contentType, string? contentTransferEncoding, bool contentHeadersChanged,
        bool bodyChanged, IReadOnlyList<HeaderField> headersAdded, IReadOnlyList<HeaderField> headersRemoved, IReadOnlyList<SanitisedPart> parts,
        bool arcSealed, IReadOnlyList<string> notes)
    {
        Message = message;
        Body = body;
        ContentType = contentType;
        ContentTransferEncoding = contentTransferEncoding;
        ContentHeadersChanged = contentHeadersChanged;
        BodyChanged = bodyChanged;
        HeadersAdded = headersAdded;
        HeadersRemoved = headersRemoved;
        Parts = parts;
        ArcSealed = arcSealed;
        Notes = notes;
    }

    /// <summary>The whole rewritten message (a bare iCalendar input: the rewritten file).</summary>
    public byte[] Message { get; }

    /// <summary>The new top-level body: everything after the empty line that ends the headers.</summary>
    public byte[] Body { get; }

    /// <summary>The value of the top-level Content-Type header after sanitising, without the name; null when there is none.</summary>
    public string? ContentType { get; }

    /// <summary>The value of the top-level Content-Transfer-Encoding header after sanitising; null when there is none (delete it).</summary>
    public string? ContentTransferEncoding { get; }

    /// <summary>True when <see cref="ContentType"/> or <see cref="ContentTransferEncoding"/> differ from the original.</summary>
    public bool ContentHeadersChanged { get; }

    /// <summary>True when <see cref="Body"/> differs from the original body.</summary>
    public bool BodyChanged { get; }

    /// <summary>The headers added after the last original header, in order: the <c>X-Calguard-*</c> set, then the ARC set when sealed.</summary>
    public IReadOnlyList<HeaderField> HeadersAdded { get; }

    /// <summary>The top-level headers removed, in the order found: every <c>X-Calguard-*</c> header a sender set, and a
    /// <c>Content-Class: urn:content-classes:calendarmessage</c> when demoting.</summary>
    public IReadOnlyList<HeaderField> HeadersRemoved { get; }

    /// <summary>One entry per calendar part the reader found, with what happened to it.</summary>
    public IReadOnlyList<SanitisedPart> Parts { get; }

    /// <summary>True when an ARC set was added (<see cref="ArcSealOptions"/>).</summary>
    public bool ArcSealed { get; }

    /// <summary>Anything a person should know: a part left as is, a failed ARC seal, a headerless .ics input.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>True when any calendar part was left as is although the decision asked for a change.</summary>
    public bool Incomplete => Parts.Any(p => p.Outcome == SanitisedPartOutcome.Skipped);
}
