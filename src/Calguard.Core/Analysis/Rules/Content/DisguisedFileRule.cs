using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A file dressed as a document: "Invoice.pdf.html", "Scan.docx.exe", or an ATTACH whose FMTTYPE says PDF while its
/// name ends in .html. Windows hides the last extension and mail clients show the type they are told, so the reader
/// sees a PDF and opens a web page or a program; so does a "Join_meeting.pdf" declared as text/html. Nobody who sends
/// a real document needs the disguise; archives ("report.tar.gz", "scan.pdf.zip") are not counted.
/// </summary>
public sealed class DisguisedFileRule : Rule
{
    /// <summary>A web page or program named or typed as a document.</summary>
    public static readonly Signal Disguised = new("FILE_DISGUISED_EXTENSION", Groups.Content, 3.0,
        "A file or linked file is a web page or a program named or typed as a document (\"Invoice.pdf.html\", FMTTYPE=application/pdf on a .html): the reader sees a PDF and opens something else.");

    private static readonly string[] DocumentExtensions =
        [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".txt", ".rtf", ".odt", ".csv", ".jpg", ".jpeg", ".png"];

    // What runs when opened: a web page (StoredPageRule's list) or a program (URL_EXECUTABLE's).
    private static readonly string[] ActiveExtensions = [.. StoredPageRule.PageExtensions, .. LinkRule.ExecutableExtensions];

    private static readonly string[] DocumentTypes = ["application/pdf", "application/msword", "application/vnd.", "image/"];

    // Types that run when opened: a page, a script, a program.
    private static readonly string[] ActiveTypes =
        ["text/html", "application/xhtml", "application/javascript", "text/javascript", "application/hta", "application/x-msdownload", "application/x-msdos-program"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Disguised];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (_, ev) in context.Events)
        {
            foreach (var a in ev.Attachments)
            {
                // A link to a document's web view on a sharing service is typed as the page it opens (SharePoint's
                // "Review.xlsx" as text/html): only elsewhere is a page named as a document a disguise.
                if (a.FileName is { } name && Why(name, a.FormatType, IsWebView(a)) is { } why)
                {
                    hits.Add(Disguised, $"ATTACH {name} {why}");
                    return;
                }
            }
        }
        foreach (var a in context.Invitation.Bodies.Attachments)
        {
            if (a.FileName is { } name && Why(name, a.ContentType) is { } why)
            {
                hits.Add(Disguised, $"attachment {name} {why}");
                return;
            }
        }
        foreach (var link in context.Content.Links)
        {
            var path = link.Path.AsSpan().TrimEnd('/');
            // The extension first, on the span: most links end in no page or program and cost no string.
            if (!EndsActive(path))
            {
                continue;
            }
            var name = path[(path.LastIndexOf('/') + 1)..].ToString();
            if (Why(name, null) is { } why)
            {
                hits.Add(Disguised, $"{link.AsciiHost} serves {name} {why}");
                return;
            }
        }
    }

    private static bool IsWebView(EventAttachment a) =>
        a.Uri is { } uri && Link.Parse(uri, "ATTACH") is { } link &&
        (KnownDomains.ServesAnyonesFiles(link.AsciiHost) || KnownDomains.IsDocumentPlatform(link.AsciiHost) || LinkRule.IsKnownService(link.AsciiHost));

    private static bool EndsActive(ReadOnlySpan<char> name)
    {
        foreach (var extension in ActiveExtensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Why <paramref name="name"/> (with the declared <paramref name="type"/>) is a disguise, or null.</summary>
    internal static string? Why(string name, string? type, bool webView = false)
    {
        var active = Array.Find(ActiveExtensions, e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (active is null)
        {
            // The other way round: "Join_meeting.pdf" declared as text/html opens as the page it is.
            return type is not null && !webView && Array.Find(ActiveTypes, t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)) is { } runs &&
                   Array.Find(DocumentExtensions, e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } named
                ? $"(a {named} declared as {runs})"
                : null;
        }
        var stem = name[..^active.Length];
        if (Array.Find(DocumentExtensions, e => stem.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } shown && stem.Length > shown.Length)
        {
            return $"(a {active} behind {shown})";
        }
        if (type is not null && DocumentTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)) &&
            !type.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase))
        {
            return $"(a {active} declared as {type})";
        }
        return null;
    }
}
