using Calguard.Analysis.Text;
using Calguard.Reading;

namespace Calguard.Provenance;

/// <summary>
/// The links an invitation's events carry (SUMMARY, DESCRIPTION, LOCATION, URL, ATTACH, CONFERENCE, X-ALT-DESC), as
/// absolute URIs. Kept with provenance so that an ARF report weeks later can name each one as a <c>Reported-URI</c>
/// (RFC 5965 §3.2; practice document §4.6) even when the raw message was not retained.
/// </summary>
public static class EventLinks
{
    /// <summary>The most links kept per invitation: enough for any real invitation, bounded for a crafted one.</summary>
    public const int MaxLinks = 50;

    /// <summary>The longest link kept; longer ones are cut from the list rather than truncated into a wrong URI.</summary>
    public const int MaxLength = 2048;

    /// <summary>The distinct http, https and ftp links of the invitation's events, in order of appearance.</summary>
    public static IReadOnlyList<string> Collect(Invitation invitation)
    {
        var found = new List<Link>();
        foreach (var (_, ev) in invitation.Events.Take(20))
        {
            LinkExtractor.Extract(ev.Summary, "SUMMARY", found);
            LinkExtractor.Extract(ev.Description, "DESCRIPTION", found);
            LinkExtractor.Extract(ev.Location, "LOCATION", found);
            Add(found, ev.Url, "URL");
            foreach (var a in ev.Attachments)
            {
                Add(found, a.Uri, "ATTACH");
            }
            foreach (var c in ev.Conferences)
            {
                Add(found, c, "CONFERENCE");
            }
            if (ev.HtmlDescription is { } html)
            {
                foreach (var l in HtmlText.Extract(html).Links.Take(100))
                {
                    Add(found, l.Href, "X-ALT-DESC");
                }
            }
        }
        var links = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in found)
        {
            // Only links a receiving abuse desk can act on; data: and javascript: carry no host.
            if (l.Scheme is not ("http" or "https" or "ftp") || l.Raw.Length > MaxLength || l.Raw.Any(char.IsWhiteSpace))
            {
                continue;
            }
            // The ASCII form (punycode host, percent-encoded path): a header field value and a URI, not an IRI.
            if (!Uri.TryCreate(l.Raw, UriKind.Absolute, out var parsed))
            {
                continue;
            }
            var uri = parsed.AbsoluteUri;
            if (uri.Length <= MaxLength && seen.Add(uri) && links.Count < MaxLinks)
            {
                links.Add(uri);
            }
        }
        return links;
    }

    private static void Add(List<Link> found, string? raw, string where)
    {
        if (raw is not null && Link.Parse(raw, where) is { } link)
        {
            found.Add(link);
        }
    }
}
