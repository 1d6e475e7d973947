using Calguard.Analysis.Rules.Audience;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A lure next to a link that hides or fakes its destination. No sender needs both, however well authenticated:
/// this is what a compromised account inside the service sends (R11, R28).
/// </summary>
public sealed class PhishingLinkRule : Rule
{
    /// <summary>Lure plus deceptive link.</summary>
    public static readonly Signal LureWithDeceptiveLink = new("LURE_WITH_DECEPTIVE_LINK", Groups.Composite, 4.1,
        "Lure wording (account, payment, prize, parcel, wallet) next to a link that hides or fakes where it goes.");

    private static readonly string[] Lures =
    [
        "LURE_PRIZE", "LURE_DATA_REQUEST", "LURE_EXTORTION", "LURE_GOVERNMENT", "LURE_DOCUMENT_SHARE", "LURE_CRYPTO", "LURE_CREDENTIAL", "LURE_PAYMENT",
        "LURE_DELIVERY", "LURE_BEC", "LURE_INVESTMENT", "LURE_DATING", "LURE_URGENCY",
        "LURE_SMALL_FEE", "LURE_LARGE_SUM", "LURE_EARNINGS_CLAIM", "BRAND_IMPERSONATION", "BRAND_IN_LURE", "LURE_RETAIL", "LURE_PHARMA", "LURE_COLD_SALES", "LURE_FREE_CALL_BOOKED", "OFFER_IN_TITLE",
        "SHARE_NOTICE_AS_EVENT", "LURE_PAID_HONOUR", "LURE_DEVICE_SCARE", "LURE_LEGAL_THREAT", "LURE_DONATION",
    ];

    private const string DocumentShareLure = "LURE_DOCUMENT_SHARE";

    // The event titled as a share notice says "document" more plainly than any wording in the description.
    private static bool SharesDocument(HitList hits) => hits.Has(DocumentShareLure) || hits.Has(ShareNoticeRule.ShareNotice.Name);

    // The unrelated host is only the meeting's place (a video-call server in LOCATION) and the document the wording
    // speaks of is a file on a sharing platform: "the shared document is here: docs.google.com/…, we meet at bbb.example".
    private static bool MeetsWhereDocumentIsShared(RuleContext context, string host)
    {
        var links = context.Content.Links;
        return links.Any(KnownDomains.IsSharedFile) &&
               links.Where(l => l.AsciiHost.Equals(host, StringComparison.OrdinalIgnoreCase)).All(l => l.Where == "LOCATION");
    }

    private static readonly string[] DeceptiveLinks =
    [
        "URL_IP_LITERAL", "URL_EMBEDDED_DOMAIN", "URL_BRAND_LOOKALIKE", "URL_DECEPTIVE_HOST", "URL_SHORTENER", "URL_FREE_HOSTING", "URL_USERINFO",
        "URL_DATA_URI", "URL_SCRIPT_URI", "URL_PUNYCODE", "URL_REDIRECTOR", "URL_TEXT_MISMATCH", "URL_SUSPICIOUS_TLD", "URL_DECEPTIVE_PATH", "URL_RECIPIENT_PREFILL",
        "URL_GOVERNMENT_LOOKALIKE",
    ];

    /// <summary>Lure plus a link to somewhere that has nothing to do with the sender.</summary>
    public static readonly Signal LureWithUnrelatedLink = new("LURE_WITH_UNRELATED_LINK", Groups.Composite, 2.5,
        "Lure wording next to a link to a domain that has nothing to do with the sender: the invitation is a vehicle for the link.");

    /// <summary>Unrelated attendees plus a deceptive link.</summary>
    public static readonly Signal SprayWithDeceptiveLink = new("SPRAY_WITH_DECEPTIVE_LINK", Groups.Composite, 2.0,
        "Attendees from many unrelated organisations and a link that hides or fakes where it goes: a hijacked mailbox sending its contacts to a phishing page.");

    /// <summary>Document-share wording and a link to a host that is neither the sender's nor a file-sharing service.</summary>
    public static readonly Signal DocumentLinkOffPlatform = new("DOCUMENT_LINK_OFF_PLATFORM", Groups.Composite, 2.0,
        "Document-share wording (\"here is the document, please review\"), or a host named like a file service, with a link to a host that is neither the sender's nor a file-sharing or meeting service: a mailbox taken over and pointing its contacts at a page of the attacker's.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [LureWithDeceptiveLink, LureWithUnrelatedLink, DocumentLinkOffPlatform, SprayWithDeceptiveLink];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var lure = Lures.FirstOrDefault(hits.Has);
        var link = DeceptiveLinks.FirstOrDefault(hits.Has);
        if (lure is not null && link is not null)
        {
            hits.Add(LureWithDeceptiveLink, $"{lure} with {link}");
        }
        // An established sender may link to another company's portal; only a sender nobody vouches for gets no benefit of the doubt.
        // Document wording is not a lure here: "the agenda is in the doc" with a link to another host is every vendor's
        // and colleague's invitation (9 labelled ham against 17 spam); the branch below judges it by where the link goes.
        else if (Lures.FirstOrDefault(l => l != DocumentShareLure && hits.Has(l)) is { } asked && hits.Has("URL_UNRELATED") &&
                 !CallbackRule.IdentityIsCoherent(context))
        {
            hits.Add(LureWithUnrelatedLink, $"{asked} with a link unrelated to the sender");
        }
        // The sender vouched for (a real, authenticated partner) gets the doubt above, but a partner's shared document
        // lives on its own host or a sharing service: this is the hijacked mailbox's one message.
        // A host named like a file service ("docs-share-il.com") says "document" for the text, in any language.
        else if (LinkRule.UnrelatedHost(hits) is { } host && !KnownDomains.IsDocumentPlatform(host) &&
                 (SharesDocument(hits) || HostDeception.NamedForFileSharing(host)) && !MeetsWhereDocumentIsShared(context, host))
        {
            hits.Add(DocumentLinkOffPlatform, SharesDocument(hits) ? $"document-share wording with a link to {host}" : $"a link to {host}, named like a file service");
        }
        // A compromised mailbox invites its whole address book; real meetings across many organisations link to the
        // meeting service or the organiser's own site, not to a page that hides its host.
        if (link is not null && hits.Has(AudienceRule.Unrelated.Name))
        {
            hits.Add(SprayWithDeceptiveLink, $"{link} to attendees of unrelated organisations");
        }
    }
}
