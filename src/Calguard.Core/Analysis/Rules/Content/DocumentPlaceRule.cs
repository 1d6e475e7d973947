using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// An event whose place is a shared document: LOCATION or URL opens a file on SharePoint/OneDrive, Dropbox, Google
/// Drive or Docs, DocSend, WeTransfer, Box, a form or a published page. Calendars show both fields as the link to
/// follow; a meeting's place is a room or a conference link, so a document there is the invitation as a vehicle
/// for the link (the compromised-mailbox "shared a file with you" wave).
/// </summary>
public sealed class DocumentPlaceRule : Rule
{
    /// <summary>A document link as the event's place.</summary>
    public static readonly Signal DocumentPlace = new("LOCATION_DOCUMENT_LINK", Groups.Content, 3.2,
        "The event's LOCATION or URL is a shared document, form or file download rather than a place or a conference link.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [DocumentPlace];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var link in context.Content.Links)
        {
            if (link.Where is not ("LOCATION" or "URL"))
            {
                continue;
            }
            if (KnownDomains.IsSharedFile(link))
            {
                hits.Add(DocumentPlace, $"{link.Where} opens {link.AsciiHost}{Shorten(link.Path)}");
                return;
            }
        }
    }

    private static string Shorten(string path) => path.Length <= 24 ? path : path[..24] + "…";
}
