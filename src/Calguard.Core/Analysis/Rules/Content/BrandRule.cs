using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// Brand impersonation (practice document §5.2: about 300 brands in the Google Calendar waves): a brand named
/// where the reader looks first, sent by someone who is not that brand.
/// </summary>
public sealed class BrandRule : Rule
{
    /// <summary>A brand named by a stranger.</summary>
    public static readonly Signal Impersonation = new("BRAND_IMPERSONATION", Groups.Content, 2.0,
        "A well-known brand is named in the subject, sender name or event title, but no sending domain belongs to that brand.");

    /// <summary>A brand named next to a lure.</summary>
    public static readonly Signal InLure = new("BRAND_IN_LURE", Groups.Content, 2.1,
        "A well-known brand is named next to lure wording, by a sender that is not that brand.");

    /// <summary>The sender's own domain spells a brand.</summary>
    public static readonly Signal SenderLookalike = new("SENDER_BRAND_LOOKALIKE", Groups.Content, 2.9,
        "The sender's or organizer's own domain spells a well-known brand it does not belong to (paypal-billing.example, docusign-notices.example): the look-alike is registered to send as the brand.");

    // Google Calendar's footer ("Invitation from Google Calendar", "Convite do Google Agenda") names Google in every
    // invitation it sends, whoever the organizer is.
    private static readonly string[] Platforms = ["microsoft teams", "teams meeting", "zoom meeting", "google meet", "webex", "skype", "outlook",
        "google calendar", "google agenda", "google kalender", "google calendario", "google takvim", "google календарь", "google カレンダー", "google 日历"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Impersonation, InLure, SenderLookalike];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var content = context.Content;
        var domains = OwnDomains(context);
        // Authentication proves only that the look-alike's owner sent it; that owner is not the brand.
        foreach (var domain in domains)
        {
            // Only a brand spelled out (paypal-billing, docusign-notices), not one edit away: "cloud" is not "icloud".
            if (HostDeception.BrandInHost(domain) is { } imitated && !domains.Any(imitated.Owns) &&
                imitated.DomainLabels.Any(l => l.Length >= 4 && domain.Contains(l, StringComparison.Ordinal)))
            {
                hits.Add(SenderLookalike, $"{domain} spells {imitated.Name}");
                break;
            }
        }
        foreach (var brand in content.ProminentBrands)
        {
            if (!domains.Any(brand.Owns) && !IsPlatformMention(brand, content.Prominent.Text) && !LinksOnlyToService(brand, content.Links, domains))
            {
                hits.Add(Impersonation, $"{brand.Name} is named but the sender is {string.Join(", ", domains.Take(3).DefaultIfEmpty("unknown"))}");
                return;
            }
        }
        var lure = content.Lures.Where(l => l.Key is not LureVocabulary.Urgency and not LureVocabulary.Callback).Sum(l => l.Value.Weight);
        // Every tax reminder names the tax office next to "payment" and "due"; a public body is a lure's only when
        // other lure wording (a refund to claim, an account to verify, a prize) comes with it.
        var beyondDues = content.Lures.Where(l => l.Key is not (LureVocabulary.Urgency or LureVocabulary.Callback or LureVocabulary.Payment or LureVocabulary.Government))
            .Sum(l => l.Value.Weight);
        if (lure >= 1.0)
        {
            // Joined only for a brand that gets this far: most brands named are the sender's own.
            string? text = null;
            foreach (var brand in content.Brands)
            {
                if (!domains.Any(brand.Owns) && (!brand.Public || beyondDues >= 1.0) && !IsPlatformMention(brand, text ??= content.Calendar.Text + content.Body.Text) &&
                    !OnlyAsMessenger(brand, text))
                {
                    hits.Add(InLure, $"{brand.Name} is named next to lure wording, sender {string.Join(", ", domains.Take(3).DefaultIfEmpty("unknown"))}");
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The domains the invitation can honestly claim as its own: From, Sender and organizer domains and the
    /// domains that authenticated, minus free mail providers, calendar relays and bulk-mail services (a brand
    /// named by an iCloud user or sent through Amazon SES is not vouched for by Apple or Amazon).
    /// </summary>
    internal static List<string> OwnDomains(RuleContext context)
    {
        var domains = new List<string>();
        void Add(string? d)
        {
            if (!string.IsNullOrEmpty(d) && !domains.Contains(d) && !KnownDomains.IsFreemail(d) && !KnownDomains.IsRelay(d))
            {
                domains.Add(d);
            }
        }
        Add(context.Sender.FromDomain);
        Add(context.Invitation.Message.Sender?.Domain);
        foreach (var (_, ev) in context.Events)
        {
            Add(ev.Organizer?.Domain);
        }
        foreach (var d in context.Sender.AuthenticatedDomains)
        {
            Add(d);
        }
        return domains;
    }

    // "The contract is in OneDrive" with a 1drv.ms link names the service the document really lives on. The
    // impersonation names Microsoft and links elsewhere, even when it copies the brand's own footer links, so every
    // link must go to the brand, the sender or a calendar relay, and a form or file on the brand's user-content
    // hosting (a Google Form) does not count as the brand's.
    private static bool LinksOnlyToService(Brand brand, IReadOnlyList<Link> links, List<string> own)
    {
        var service = false;
        foreach (var link in links)
        {
            var host = link.AsciiHost;
            if (host.Length == 0 || link.Scheme is not ("http" or "https"))
            {
                continue;
            }
            if (brand.Owns(host) && !KnownDomains.IsFreeHosting(link))
            {
                service = true;
            }
            else if (!own.Any(d => DomainNames.Related(d, host)) && !KnownDomains.IsRelay(host))
            {
                return false;
            }
        }
        return service;
    }

    // "Let us know on WhatsApp" names the channel (CONTACT_MESSENGER scores that), not the company behind it.
    private static bool OnlyAsMessenger(Brand brand, string text) =>
        brand.Terms.Any(ContactDiversionRule.IsMessengerApp) &&
        !brand.Terms.Any(t => !ContactDiversionRule.IsMessengerApp(t) && text.Contains(t, StringComparison.Ordinal));

    private static bool IsPlatformMention(Brand brand, string text)
    {
        if (brand.Name is not ("Microsoft" or "Zoom" or "Google"))
        {
            return false;
        }
        // "Microsoft Teams meeting", "Join Zoom Meeting": the meeting platform, not the company.
        return Platforms.Any(p => text.Contains(p, StringComparison.Ordinal));
    }
}
