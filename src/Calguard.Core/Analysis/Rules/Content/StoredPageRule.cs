using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A web page kept as a file in somebody's cloud storage: invoice.html on Dropbox, a bucket's index.htm. Phishing
/// kits live there to borrow the storage service's good name, which no filter blocks; people share documents,
/// spreadsheets and pictures, and publish real pages on their own sites (R11, R28). Not one of PhishingLinkRule's
/// deceptive links: a team's report.html in a bucket, with "please review", would get that composite on top.
/// </summary>
public sealed class StoredPageRule : Rule
{
    // 4.0 until 2026-11-25: 153 hits over 31 labelled corpora and none on legitimate mail (docs/quality.md).
    /// <summary>A link to an HTML or SVG file on a file-sharing or cloud-storage host.</summary>
    public static readonly Signal StoredPage = new("URL_STORED_PAGE", Groups.Content, 4.6,
        "A link opens a web page (.html, .htm, .shtml, .svg) kept as a file on a file-sharing or cloud-storage service: a phishing page borrowing the service's name.");

    // What a browser runs when it opens the file. Also ActiveContentRule's test for an inline page.
    internal static readonly string[] PageExtensions = [".html", ".htm", ".shtml", ".xhtml", ".svg", ".hta"];

    /// <summary>True when <paramref name="name"/> (a file name or a URL path) ends in a web page's extension.</summary>
    internal static bool NamesWebPage(string name) => PageExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [StoredPage];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var link in context.Content.Links)
        {
            // The extension first: it rules out almost every link for the price of a few comparisons.
            if (NamesWebPage(link.Path) && KnownDomains.IsFileStorage(link.AsciiHost))
            {
                var name = link.Path[(link.Path.LastIndexOf('/') + 1)..];
                hits.Add(StoredPage, $"{name} on {link.AsciiHost} in {link.Where}");
                return;
            }
        }
    }
}
