using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>The lure vocabulary (R6, R21): what the spammer needs the reader to believe or do, in many languages.</summary>
public sealed class LureRule : Rule
{
    private static readonly (string Category, Signal Signal)[] Categories =
    [
        (LureVocabulary.Prize, new("LURE_PRIZE", Groups.Content, 4.1, "Prize, lottery or gift-card wording: \"you have won, claim your reward\".")),
        (LureVocabulary.Crypto, new("LURE_CRYPTO", Groups.Content, 3.1, "Crypto wallet or token wording: wallet verification, seed phrases, airdrops.")),
        (LureVocabulary.Credential, new("LURE_CREDENTIAL", Groups.Content, 2.0, "Account or password alarm wording that asks the reader to sign in or confirm details.")),
        (LureVocabulary.Payment, new("LURE_PAYMENT", Groups.Content, 0.8, "Invoice, charge, renewal or refund wording.")),
        (LureVocabulary.Callback, new("LURE_CALLBACK", Groups.Content, 1.5, "Wording that asks the reader to phone someone.")),
        (LureVocabulary.Urgency, new("LURE_URGENCY", Groups.Content, 1.3, "Pressure wording: last chance, act now, expires today.")),
        (LureVocabulary.Dating, new("LURE_DATING", Groups.Content, 3.6, "Dating or adult wording.")),
        (LureVocabulary.Retail, new("LURE_RETAIL", Groups.Content, 2.6, "Sale and discount wording: the 2016 iCalendar sale waves.")),
        (LureVocabulary.AdvanceFee, new("LURE_ADVANCE_FEE", Groups.Content, 3.5, "Advance-fee (419) wording: inheritances, funds to transfer, next of kin.")),
        (LureVocabulary.Delivery, new("LURE_DELIVERY", Groups.Content, 1.0, "Parcel and delivery wording: failed deliveries, customs fees.")),
        (LureVocabulary.Pharma, new("LURE_PHARMA", Groups.Content, 3.0, "Pharmacy and health-product wording.")),
        // 3.1 until 2026-11-25: 228 hits over 31 labelled corpora and none on legitimate mail (docs/quality.md).
        (LureVocabulary.Investment, new("LURE_INVESTMENT", Groups.Content, 4.6, "Easy-money wording: guaranteed returns, trading platforms, quick loans.")),
        (LureVocabulary.Impersonation, new("LURE_BEC", Groups.Content, 4.5, "Business e-mail compromise wording: gift cards to buy, a payment to make today, changed bank details.")),
        (LureVocabulary.Extortion, new("LURE_EXTORTION", Groups.Content, 3.2, "Extortion wording: a recording or a hacked device, a bitcoin payment and a deadline.")),
        (LureVocabulary.Government, new("LURE_GOVERNMENT", Groups.Content, 2.0, "Government wording: tax refunds, fines, tolls, summonses.")),
        (LureVocabulary.DocumentShare, new("LURE_DOCUMENT_SHARE", Groups.Content, 3.0, "Document-share wording: a file, fax or voicemail waiting behind a link.")),
        (LureVocabulary.ColdSales, new("LURE_COLD_SALES", Groups.Content, 3.5, "An unsolicited business pitch sent as a meeting: a call put on the reader's calendar uninvited, leads per month, a contact list for sale, developers by the hour.")),
        (LureVocabulary.LegalThreat, new("LURE_LEGAL_THREAT", Groups.Content, 2.5, "A legal threat to the reader: a copyright or trademark claim, a takedown, a summons, proceedings or an audit unless they act, a third party registering their brand as a domain.")),
        (LureVocabulary.Donation, new("LURE_DONATION", Groups.Content, 2.0, "A donation appeal in the invitation itself: give now through the link, gifts matched until midnight, families who lost everything.")),
        (LureVocabulary.Harvest, new("LURE_DATA_REQUEST", Groups.Content, 2.3, "The text asks the reader to reply with personal data: full name, phone number, date of birth, ID, bank details.")),
    ];

    /// <summary>The signal of a category.</summary>
    public static Signal SignalFor(string category) => Categories.First(c => c.Category == category).Signal;

    /// <summary>The vocabulary category a signal of this rule reads, or null for other signals.</summary>
    public static string? CategoryOf(string signal) => Array.Find(Categories, c => c.Signal.Name == signal).Category;

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = Categories.Select(c => c.Signal).ToArray();

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (category, signal) in Categories)
        {
            if (!context.Content.Lures.TryGetValue(category, out var match) || match.Weight < 1.0)
            {
                continue;
            }
            // One strong term is evidence; two make the case.
            var factor = Math.Min(1.0, 0.5 + (match.Weight - 1.0) * 0.5);
            hits.Add(signal, $"{category} wording: {string.Join(", ", match.Terms.Take(4).Select(t => $"\"{t.TrimStart('~')}\""))}", factor);
        }
    }
}
