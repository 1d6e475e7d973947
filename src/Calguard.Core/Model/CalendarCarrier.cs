namespace Calguard;

/// <summary>Where a calendar part sat in the message.</summary>
/// <param name="Kind">The carrier kind.</param>
/// <param name="ContentType">The MIME type as declared, lower-cased.</param>
/// <param name="MethodParameter">The <c>method</c> parameter of the Content-Type, upper-cased (RFC 6047 §2.4).</param>
/// <param name="FileName">The attachment file name, if any.</param>
/// <param name="Path">The part's position, e.g. <c>1.2</c>; nested messages add a level.</param>
/// <param name="MessageDepth">0 for the top-level message, 1 inside one <c>message/rfc822</c>, and so on.</param>
/// <param name="IsAttachment">True when Content-Disposition says attachment.</param>
/// <param name="Size">Decoded bytes.</param>
public sealed record CalendarCarrier(CarrierKind Kind, string ContentType, string? MethodParameter, string? FileName, string Path,
    int MessageDepth, bool IsAttachment, int Size);
