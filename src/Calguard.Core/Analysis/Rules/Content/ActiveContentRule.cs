using Calguard.Reading;

namespace Calguard.Analysis.Rules.Content;

/// <summary>Things a calendar invitation never needs: script in its HTML, inline binary files.</summary>
public sealed class ActiveContentRule : Rule
{
    /// <summary>Script or forms in the calendar HTML.</summary>
    public static readonly Signal CalendarActive = new("ICS_ACTIVE_CONTENT", Groups.Content, 3.0,
        "The event's HTML (X-ALT-DESC or DESCRIPTION) carries script, an iframe, a form or event handlers.");

    /// <summary>Script in the mail HTML.</summary>
    public static readonly Signal BodyActive = new("BODY_ACTIVE_CONTENT", Groups.Content, 1.5,
        "The mail's HTML body carries script, an iframe, a form or event handlers.");

    /// <summary>Inline binary attachment in the event.</summary>
    public static readonly Signal InlineBinary = new("ICS_INLINE_BINARY", Groups.Content, 1.5,
        "The event embeds a binary file (ATTACH;VALUE=BINARY) that calendars may offer to open.");

    /// <summary>An inline web page in the event: HTML smuggling.</summary>
    public static readonly Signal InlinePage = new("ICS_INLINE_WEB_PAGE", Groups.Content, 3.0,
        "The event embeds a web page (HTML, SVG or HTA) as an inline file: opened, it runs in the browser from the disk, where no link filter looks (HTML smuggling).");

    private static readonly string[] PageTypes = ["text/html", "application/xhtml+xml", "image/svg+xml", "application/hta"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [CalendarActive, BodyActive, InlineBinary, InlinePage];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (_, ev) in context.Events)
        {
            foreach (var html in new[] { ev.HtmlDescription, HtmlText.LooksLikeHtml(ev.Description) ? ev.Description : null })
            {
                if (html is not null && HtmlText.Extract(html).ActiveContent)
                {
                    hits.Add(CalendarActive, $"active HTML in event {ev.Uid ?? string.Empty}".TrimEnd());
                }
            }
            var inline = ev.Attachments.FirstOrDefault(a => a.IsInline);
            if (inline is not null)
            {
                hits.Add(InlineBinary, $"inline {inline.FormatType ?? "binary"} of {inline.InlineBytes} bytes{(inline.FileName is null ? string.Empty : " named " + inline.FileName)}");
            }
            var page = ev.Attachments.FirstOrDefault(a => a.IsInline &&
                ((a.FormatType is { } type && PageTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase))) ||
                 (a.FileName is { } name && StoredPageRule.NamesWebPage(name))));
            if (page is not null)
            {
                hits.Add(InlinePage, $"inline {page.FormatType ?? "file"}{(page.FileName is null ? string.Empty : " named " + page.FileName)}");
            }
        }
        if (context.Invitation.Bodies.HasActiveContent)
        {
            hits.Add(BodyActive, "script, iframe, form or event handler in the HTML body");
        }
    }
}
