using Calguard.Reading;

namespace Calguard;

/// <summary>A non-calendar attachment of the message.</summary>
/// <param name="ContentType">MIME type, lower-cased.</param>
/// <param name="FileName">File name, if any.</param>
public sealed record AttachmentInfo(string ContentType, string? FileName);

/// <summary>The readable text of the carrier message (outside the calendar parts).</summary>
public sealed class MessageBodies
{
    /// <summary>No bodies (a bare iCalendar file).</summary>
    public static MessageBodies None { get; } = new();

    /// <summary>text/plain bodies, concatenated and capped.</summary>
    public string PlainText { get; init; } = string.Empty;

    /// <summary>The visible text of text/html bodies, capped.</summary>
    public string HtmlText { get; init; } = string.Empty;

    /// <summary>Links of the HTML bodies.</summary>
    public IReadOnlyList<HtmlLink> Links { get; init; } = [];

    /// <summary>True when an HTML body carried script, iframe, form or event handlers.</summary>
    public bool HasActiveContent { get; init; }

    /// <summary>Non-calendar attachments.</summary>
    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];

    /// <summary>All body text (plain, else HTML).</summary>
    public string Text => PlainText.Length > 0 ? PlainText : HtmlText;
}
