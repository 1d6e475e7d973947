using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The shape of nearly all calendar spam: a sender nobody can vouch for, a lure, and something to do about it
/// (a link to an unrelated site, a number to call, an address to write to). Legitimate invitations lack at least
/// one of the three: strangers invite without selling, and businesses that sell are authenticated as themselves.
/// </summary>
public sealed class CallToActionRule : Rule
{
    // 4.0 until 2026-11-25. Left out one corpus at a time, none of the 2,244 spam it fires on needed more than 2.0 of it
    // (the lure and the action score on their own), while 15 ham carried it: at 2.0, 2 fewer ham are judged spam there,
    // and with the rules alone 2 fewer ham and 8 fewer spam.
    /// <summary>A stranger's lure with an action.</summary>
    public static readonly Signal StrangerLure = new("STRANGER_LURE_ACTION", Groups.Composite, 2.0,
        "An unauthenticated or free-mail sender combines a lure with something to do: follow a link elsewhere, call a number or write to another address.");

    // 3.0 until 2026-11-25: 110 hits over 31 labelled corpora and none on legitimate mail (docs/quality.md).
    /// <summary>A stranger's invitation whose link goes where throw-away pages live.</summary>
    public static readonly Signal StrangerHiddenLink = new("STRANGER_THROWAWAY_LINK", Groups.Composite, 4.1,
        "An unauthenticated or free-mail organizer links to where throw-away pages live (a cheap top-level domain, a machine-named free-hosting site, a raw IP address, a brand look-alike), with no lure wording the rules read: the invitation carries only the link.");

    // Hosts a campaign can set up and lose in a day. Not shorteners, and not free hosting by itself: clubs, parishes
    // and mailing lists link their Google Forms and GitHub Pages (holdout13's first run judged a club's series spam);
    // a machine-named site on it is another matter.
    private static readonly string[] ThrowawayLinks =
    [
        "URL_SUSPICIOUS_TLD", "URL_IP_LITERAL", "URL_BRAND_LOOKALIKE", "URL_EMBEDDED_DOMAIN", "URL_USERINFO", "URL_THROWAWAY_SITE",
    ];

    private static readonly string[] LureSignals =
    [
        "LURE_PRIZE", "LURE_DATA_REQUEST", "LURE_EXTORTION", "LURE_GOVERNMENT", "LURE_DOCUMENT_SHARE", "LURE_CRYPTO", "LURE_CREDENTIAL", "LURE_PAYMENT", "LURE_DATING", "LURE_RETAIL", "LURE_ADVANCE_FEE", "LURE_DELIVERY",
        "LURE_PHARMA", "LURE_INVESTMENT", "LURE_BEC", "LURE_LARGE_SUM", "LURE_EARNINGS_CLAIM", "LURE_SMALL_FEE", "OFFER_IN_TITLE",
        "BRAND_IMPERSONATION", "BRAND_IN_LURE", "LURE_PERSONA", "LURE_PAID_HONOUR", "LURE_DEVICE_SCARE", "LURE_LEGAL_THREAT", "LURE_DONATION",
    ];

    private static readonly string[] ActionSignals =
    [
        "URL_UNRELATED", "URL_SHORTENER", "URL_IP_LITERAL", "URL_BRAND_LOOKALIKE", "URL_DATA_URI", "URL_USERINFO", "URL_FREE_HOSTING",
        "URL_SUSPICIOUS_TLD", "URL_EMBEDDED_DOMAIN", "URL_DECEPTIVE_HOST", "URL_DECEPTIVE_PATH", "URL_REDIRECTOR", "URL_TEXT_MISMATCH", "PHONE_CALLBACK",
        "CONTACT_DIVERSION", "CONTACT_MESSENGER", "QR_CODE_LURE",
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [StrangerLure, StrangerHiddenLink];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (CallbackRule.IdentityIsCoherent(context))
        {
            return;
        }
        // One or two generic words ("due", "renewal") are any reminder's; the lure must be more than that.
        var lure = LureSignals.FirstOrDefault(s => hits.Has(s) && (LureRule.CategoryOf(s) is not { } category || context.Content.Lure(category) > 1.0));
        var action = ActionSignals.FirstOrDefault(hits.Has);
        if (lure is not null && action is not null)
        {
            hits.Add(StrangerLure, $"{lure} with {action} from a sender nobody vouches for");
        }
        // With lure wording, LURE_WITH_DECEPTIVE_LINK judges the link; without it, the stranger and the host are the case.
        else if (!LureSignals.Any(hits.Has) && (hits.Has(Transport.OrganizerIdentityRule.FreemailOrganizer.Name) || hits.Has(Transport.OrganizerIdentityRule.NotAuthenticated.Name)) &&
                 ThrowawayLinks.FirstOrDefault(hits.Has) is { } link)
        {
            hits.Add(StrangerHiddenLink, $"{link} from an organizer nobody vouches for");
        }
    }
}
