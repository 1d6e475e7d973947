using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A phishing kit planted on a hacked WordPress site: the link opens a page inside WordPress's own directories
/// (wp-content, wp-includes, wp-admin) of a site that has nothing to do with the sender. Kits are dropped there because
/// the site's good name passes filters; a site's real pages live at its own addresses, and what people share from those
/// directories is an uploaded document or picture, not a page.
/// </summary>
public sealed class HackedSiteKitRule : Rule
{
    /// <summary>A page inside an unrelated site's WordPress directories.</summary>
    public static readonly Signal Kit = new("URL_HACKED_SITE_KIT", Groups.Content, 3.0,
        "A link opens a page or folder inside the WordPress directories (wp-content, wp-includes, wp-admin) of a site unrelated to the sender: a phishing kit planted on a hacked site. Uploaded documents and pictures there are not counted.");

    private static readonly string[] Directories = ["/wp-content/", "/wp-includes/", "/wp-admin/"];

    // What people link to in a WordPress upload folder: the file itself.
    private static readonly string[] FileExtensions =
    [
        ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".txt", ".csv",
        ".mp3", ".mp4", ".m4a", ".mov", ".zip", ".ics", ".epub",
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Kit];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        List<string>? own = null;
        foreach (var link in context.Content.Links)
        {
            // The directory first: it rules out almost every link for the price of a few comparisons.
            if (!Directories.Any(d => link.Path.Contains(d, StringComparison.OrdinalIgnoreCase)) ||
                FileExtensions.Any(e => link.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            own ??= BrandRule.OwnDomains(context);
            if (own.Any(d => DomainNames.Aligned(d, link.AsciiHost)))
            {
                continue;
            }
            hits.Add(Kit, $"{link.AsciiHost}{Shorten(link.Path)} in {link.Where}");
            return;
        }
    }

    private static string Shorten(string path) => path.Length <= 60 ? path : path[..60] + "…";
}
