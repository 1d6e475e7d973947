namespace Calguard;

/// <summary>An ATTACH property of an event: a URI, or inline binary content.</summary>
/// <param name="Uri">The URI, when it is one.</param>
/// <param name="InlineBytes">Size of inline (base64) content, when binary.</param>
/// <param name="FormatType">FMTTYPE.</param>
/// <param name="FileName">FILENAME or X-FILENAME.</param>
public sealed record EventAttachment(string? Uri, int InlineBytes, string? FormatType, string? FileName)
{
    /// <summary>True for ATTACH;ENCODING=BASE64;VALUE=BINARY.</summary>
    public bool IsInline => Uri is null;
}
