using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// Sender domains registered for one campaign. A campaign burns its domains faster than reputation can catch up,
/// so it registers them where registration costs least (.top, .xyz, .click …, the list the link rules use) and names
/// them after the scam they carry (pay-, -billing, -verify, -refund, -update, -doplatek). DKIM on such a domain proves
/// only that its owner sent the mail.
/// </summary>
public sealed class ThrowawayDomainRule : Rule
{
    /// <summary>The From or organizer domain is under a cheap, abused TLD.</summary>
    // 2.5 since 2026-11-24 (was 1.5): 271 labelled spam and no labelled ham carry it; small businesses do use .shop or
    // .online, which is why it stays below the suspicious threshold on its own.
    public static readonly Signal SuspiciousTld = new("SENDER_SUSPICIOUS_TLD", Groups.Transport, 2.5,
        "The From or organizer domain is registered under a cheap top-level domain that throw-away spam domains favour.");

    // 2.5 until 2026-11-25: 301 hits over 31 labelled corpora and none on legitimate mail (docs/quality.md).
    /// <summary>The From or organizer domain is named after a lure.</summary>
    public static readonly Signal LureDomain = new("SENDER_LURE_DOMAIN", Groups.Transport, 4.0,
        "The From or organizer domain joins a name to a lure word with a hyphen (pay-, -billing, -verify, -refund, -update): a domain named for the scam it sends.");

    // Words an organisation puts in a subdomain (billing.example.com), a campaign in its one registered name. Words
    // legitimate firms put in their names ("online", "portal", "service", "security", "support") are not here.
    private static readonly HashSet<string> LureWords = new(StringComparer.Ordinal)
    {
        "billing", "invoice", "invoices", "payment", "payments", "pay", "secure", "verify", "verification", "login", "signin", "update", "updates",
        "refund", "refunds", "alert", "alerts", "notice", "notices", "account", "accounts", "wallet", "claim", "claims", "reward", "rewards", "bonus",
        "gift", "prize", "parcel", "tracking", "customs", "toll", "renewal", "unlock", "recovery", "rechnung", "zahlung", "mahnung", "erstattung",
        "paiement", "facture", "remboursement", "factura", "pago", "reembolso", "fattura", "pagamento", "rimborso", "betaling", "aanmaning", "incasso",
        "inkasso", "platba", "doplatek", "oplata", "odzyskanie", "weryfikacja",
    };

    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [SuspiciousTld, LureDomain];

    /// <summary>True when this rule found the sender's domain to be a throw-away one: its authentication vouches for
    /// nobody, and its own links are no safer than a stranger's.</summary>
    public static bool Fired(HitList hits) => hits.Has(SuspiciousTld.Name) || hits.Has(LureDomain.Name);

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var domains = new List<string>(2);
        if (context.Sender.From?.Domain is { Length: > 0 } from)
        {
            domains.Add(from.ToLowerInvariant());
        }
        foreach (var (_, ev) in context.Events)
        {
            if (ev.Organizer?.Domain is { Length: > 0 } organizer && !domains.Contains(organizer, StringComparer.OrdinalIgnoreCase))
            {
                domains.Add(organizer.ToLowerInvariant());
            }
        }
        if (domains.FirstOrDefault(KnownDomains.HasSuspiciousTld) is { } cheap)
        {
            hits.Add(SuspiciousTld, cheap);
        }
        foreach (var domain in domains)
        {
            if (LureWordIn(domain) is { } word)
            {
                hits.Add(LureDomain, $"{domain} (\"{word}\")");
                break;
            }
        }
    }

    // Only the registered name counts, and only a hyphenated one: "pay-portal-secure.com", not "paypal.com" or "pay.example.com".
    internal static string? LureWordIn(string domain)
    {
        if (KnownDomains.IsFreemail(domain) || KnownDomains.IsRelay(domain))
        {
            return null;
        }
        var organizational = DomainNames.Organizational(domain);
        var dot = organizational.IndexOf('.');
        var name = dot > 0 ? organizational[..dot] : organizational;
        if (!name.Contains('-'))
        {
            return null;
        }
        foreach (var part in name.Split('-'))
        {
            // A campaign numbers its domains: track-verify310.pro is the 310th "verify".
            var word = part.TrimEnd(Digits);
            if (LureWords.Contains(word))
            {
                return word;
            }
        }
        return null;
    }
}
