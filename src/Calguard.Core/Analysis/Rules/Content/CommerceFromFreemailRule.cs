using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// Businesses do not send invoices, prizes, account warnings or a payment to make in confidence from free mail
/// accounts; throw-away spam accounts and the CEO-fraud impostor do.
/// </summary>
public sealed class CommerceFromFreemailRule : Rule
{
    /// <summary>Commerce from free mail.</summary>
    public static readonly Signal FreemailCommerce = new("FREEMAIL_COMMERCIAL", Groups.Content, 1.2,
        "Commercial, account or payment-fraud wording (an invoice, a prize, a wallet, a brand, a confidential transfer) comes from a free mail organizer or sender.");

    private static readonly string[] CommerceCategories =
    [
        LureVocabulary.Payment, LureVocabulary.Prize, LureVocabulary.Crypto, LureVocabulary.Credential, LureVocabulary.Retail,
        LureVocabulary.Investment, LureVocabulary.Delivery, LureVocabulary.Impersonation, LureVocabulary.ColdSales,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [FreemailCommerce];

    /// <summary>The free mail domain of an organizer or of the From address, or null.</summary>
    internal static string? FreemailParty(RuleContext context) =>
        context.Events.Select(e => e.Event.Organizer?.Domain).Append(context.Sender.FromDomain).FirstOrDefault(KnownDomains.IsFreemail);

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (FreemailParty(context) is not { } freemail)
        {
            return;
        }
        var weight = CommerceCategories.Sum(context.Content.Lure);
        var own = BrandRule.OwnDomains(context);
        var brand = context.Content.ProminentBrands.FirstOrDefault(b => !own.Any(b.Owns));
        if (weight >= 1.0 || brand is not null)
        {
            var what = brand is not null ? brand.Name : string.Join(", ", CommerceCategories.Where(c => context.Content.Lure(c) > 0));
            hits.Add(FreemailCommerce, $"{what} from a {freemail} address", weight >= 2 || brand is not null ? 1.0 : 0.6);
        }
    }
}
