using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A free-mail sender that presents itself as a business function rather than a person ("Rechnungsstelle"
/// &lt;rechnung.buchhaltung24@gmail.com&gt;, "Customer Service", "Rewards Dept", umfrage.kundenservice@…): invoice,
/// prize, callback and job scams must look like an organisation's department and write from throwaway mailboxes.
/// A company's billing, support or recruitment desk writes from the company's domain.
/// </summary>
/// <remarks>
/// Words that clubs, schools, households and small offices do use on free mail ("team", "office", "accounts", "hr",
/// "info", "admin", "shop", "notifications") are not roles here; "service" counts only in the mailbox name, since a
/// church's "Sunday Service" is not a desk.
/// </remarks>
public sealed class FreemailRoleRule : Rule
{
    /// <summary>A free-mail sender poses as a business function.</summary>
    public static readonly Signal RoleFreemail = new("SENDER_ROLE_FREEMAIL", Groups.Transport, 3.8,
        "The sender or organizer is a free-mail mailbox that names a business function (billing, customer service, support, refunds, rewards, recruitment …) instead of a person.");

    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        // en
        "billing", "invoice", "invoices", "invoicing", "payment", "payments", "payable", "receivable", "refund", "refunds", "claims", "support",
        "helpdesk", "customer", "customers", "customercare", "dept", "department", "rewards", "reward", "survey", "surveys", "promotion", "promotions",
        "promo", "marketing", "delivery", "shipping", "tracking", "security", "verification", "alert", "alerts", "noreply", "recruitment",
        "recruiting", "hiring", "careers", "jobs", "compliance", "payroll", "administrator", "webmaster",
        // de, fr, es, it, pt, nl, pl (as the normaliser folds them)
        "rechnung", "rechnungen", "rechnungsstelle", "buchhaltung", "kundenservice", "kundendienst", "kundenumfrage", "umfrage", "abteilung",
        "mahnung", "versand", "facturation", "factures", "comptabilite", "clientele", "paiement", "paiements", "livraison", "facturacion", "facturas",
        "contabilidad", "atencion", "soporte", "pagos", "envios", "fatturazione", "fatture", "contabilita", "assistenza", "pagamenti", "spedizioni",
        "faturamento", "faturas", "cobranca", "atendimento", "suporte", "pagamentos", "entregas", "facturatie", "facturen", "klantenservice",
        "betalingen", "bezorging", "faktury", "ksiegowosc", "platnosci",
    };

    // "Service" with the customer it serves, where the name has no role word of its own.
    private static readonly string[] ServicePhrases = ["service client", "servizio clienti", "servicio al cliente", "servico ao cliente", "serviço ao cliente"];

    // Desks in scripts the word splitter keeps whole.
    private static readonly string[] UnspacedRoles =
        ["サポート", "事務局", "カスタマー", "客服", "客户服务", "财务部", "고객센터", "지원팀", "поддержка", "служба", "бухгалтерия", "الدعم", "خدمة العملاء",
         // Customer service, support and billing desks in the other languages of the corpora, with and without accents.
         "εξυπηρέτηση", "εξυπηρετηση", "υποστήριξη", "υποστηριξη", "λογιστήριο", "λογιστηριο", "שירות לקוחות", "תמיכה", "ग्राहक सेवा",
         "บริการลูกค้า", "ฝ่ายสนับสนุน", "cham soc khach hang", "layanan pelanggan", "musteri hizmetleri", "zakaznicky servis", "kundtjanst",
         "ugyfelszolgalat", "serviciul clienti", "служба підтримки", "підтримка"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [RoleFreemail];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (MailboxName.FirstClaim(context, Role) is { } found)
        {
            hits.Add(RoleFreemail, $"{found.Who} speaks as \"{found.Claim}\"");
        }
    }

    /// <summary>The business function a free-mail address or its shown name names, or null (also for addresses that are not free mail).</summary>
    internal static string? Role(string? displayName, string? address)
    {
        if (MailboxName.Freemail(address) is not { } mailbox)
        {
            return null;
        }
        foreach (var word in MailboxName.Words(mailbox.Local))
        {
            if (Roles.Contains(word) || word is "service" or "services")
            {
                return word;
            }
        }
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return null;
        }
        var name = TextNormaliser.Normalise(displayName, 200).Text;
        foreach (var phrase in ServicePhrases)
        {
            if (name.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }
        foreach (var word in TextNormaliser.Words(name))
        {
            if (Roles.Contains(word))
            {
                return word;
            }
        }
        foreach (var role in UnspacedRoles)
        {
            if (name.Contains(role, StringComparison.Ordinal))
            {
                return role;
            }
        }
        return null;
    }
}
