using Calguard.Analysis.Rules.Content;

namespace Calguard.Analysis.Text;

/// <summary>
/// A finance team's warning denies the very change that payment fraud claims: "our bank details have NOT changed",
/// "we will never change supplier bank details based on an e-mail". The fraud cannot say that; the warning names
/// the bank details only to deny the change, so its bank-detail wording is not a lure.
/// </summary>
internal static class ChangeDenial
{
    // Negated "change" verbs, not a bare "unchanged" or "sin cambios": "the amount is unchanged, only the account is new"
    // is how the claim itself can read; "(bank) details are unchanged" says what is unchanged.
    private static readonly string[] Denials = TextNormaliser.NormaliseAll(
    [
        "have not changed", "has not changed", "haven't changed", "hasn't changed", "have not been changed", "has not been changed",
        "will never change", "will not change", "won't change", "we never change", "do not change by e-mail",
        // "… saying our bank details have changed. They have not. Never update payment details from an e-mail." Not "do
        // not update": the claim itself can say "do not update the old account, pay into the new one".
        "they have not", "they haven't", "never update", "will never ask you to", "never change", "do not change bank details",
        "don't change bank details", "details are unchanged", "details remain unchanged", "details remain the same",
        "aktualisieren sie niemals", "ändern sie niemals", "werden sie niemals auffordern", "wijzig nooit", "wij vragen u nooit",
        "ne mettez jamais à jour", "ne vous demanderons jamais", "nunca actualice", "nunca le pediremos", "non aggiornate mai",
        "non vi chiederemo mai", "nunca atualize", "nunca pediremos", "nigdy nie aktualizuj", "nigdy nie poprosimy",
        "nicht geändert", "ändern sich nicht", "ändern wir niemals", "niemals ändern", "niet gewijzigd", "niet veranderd", "nooit wijzigen",
        "n'ont pas changé", "n'a pas changé", "ne changent pas", "ne changeront pas", "ne changeons jamais", "no han cambiado", "no ha cambiado",
        "nunca cambiamos", "no cambiarán", "non sono cambiate", "non sono cambiati", "non è cambiato", "non cambiamo mai", "não mudaram",
        "não mudou", "não foram alterados", "não foram alteradas", "nunca alteramos", "nie zmieniły się", "nie uległy zmianie", "nie zmienił się",
        "nigdy nie zmieniamy", "не изменились", "не изменился", "никогда не меняем", "не змінилися", "не змінився", "değişmedi", "değişmemiştir",
        "se nezměnily", "se nezměnil", "har inte ändrats", "ändras aldrig", "δεν έχουν αλλάξει", "δεν άλλαξαν", "لم تتغير", "لم يتغير", "לא השתנו",
        "לא השתנה", "नहीं बदले", "नहीं बदला", "ไม่มีการเปลี่ยนแปลง", "không thay đổi", "tidak berubah", "nu s-au schimbat", "nem változtak",
        "変更はありません", "変更はございません", "没有变更", "未变更", "沒有變更", "変更されていません", "변경되지 않았", "변경되지 않습니다",
    ]);

    // The claim as somebody else's: "fake e-mails with supposedly new bank details are circulating", "if you ever receive a
    // message saying our bank details have changed, call us". The warning quotes the claim's own words, so they are not
    // a lure either. Not "fake e-mails" alone: "after fraudulent e-mails we moved to a new bank" is the fraud's own pretext.
    private static readonly string[] Reports = TextNormaliser.NormaliseAll(
    [
        "supposedly new", "allegedly new", "purporting to", "claiming that our bank", "claiming our bank", "angeblich neue", "angeblich neuen",
        "vermeintlich neue", "zogenaamd nieuwe", "prétendument nouvelles", "prétendument nouveaux", "soi-disant nouvelles", "supuestamente nuevos",
        "supuestos nuevos", "presunte nuove", "presunti nuovi", "supostamente novos", "rzekomo nowe", "якобы новые", "sözde yeni",
        "údajně nové", "påstått nya", "قيل إنها جديدة", "כביכול חדשים", "δήθεν νέα", "所谓的新", "新しいとされる",
        "if you ever receive", "if you receive a message saying", "if you receive an e-mail saying", "if you receive an email saying",
        "message saying our", "e-mail saying our", "email saying our",
        // "We will never notify you of new bank details by e-mail; if you receive such a message, call us": the promise
        // and the "such a message" quote the claim as the impostor's.
        "will never notify you", "never notify you of", "will never inform you", "never inform you of", "if you receive such",
        "should you receive such", "if you get such", "werden ihnen niemals", "informieren wir sie niemals", "ne vous informerons jamais",
        "ne vous communiquerons jamais", "nunca le notificaremos", "nunca le informaremos", "wij zullen u nooit", "non vi comunicheremo mai",
        "non vi informeremo mai", "nunca informaremos", "nunca notificaremos",
    ]);

    private static readonly WordSearch Search = new([.. Denials, .. Reports]);

    private static readonly WordSearch ReportSearch = new(Reports);

    private static readonly int Longest = Denials.Concat(Reports).Max(d => d.Length);

    private const int Near = 80;

    /// <summary>
    /// When <paramref name="text"/> (normalised) denies a change of bank details, takes the bank-detail terms that claim
    /// no change out of the payment-fraud, credential and data-request matches, and the claim's own words too when the
    /// text reports the claim as somebody else's ("if you receive a message saying our bank details have changed").
    /// </summary>
    public static void Discount(Lexicon lexicon, Dictionary<string, LexiconMatch> lures, ReadOnlySpan<char> text)
    {
        if (!lures.ContainsKey(LureVocabulary.Impersonation) && !lures.ContainsKey(LureVocabulary.Credential) &&
            !lures.ContainsKey(LureVocabulary.Harvest))
        {
            return;
        }
        if (!DeniesAccountChange(text))
        {
            return;
        }
        // A plain denial leaves a claim in the same text standing ("our old details have not changed; pay our new
        // account"); a reported claim is the warning's quotation.
        var reported = NearAccount(ReportSearch, text);
        foreach (var category in new[] { LureVocabulary.Impersonation, LureVocabulary.Credential, LureVocabulary.Harvest })
        {
            lexicon.Drop(lures, category, term =>
            {
                var normalised = TextNormaliser.Normalise(term).Text;
                return AccountChangeRule.NamesAccount(normalised) && (reported || !AccountChangeRule.ClaimsChange(normalised));
            });
        }
    }

    /// <summary>True when a denial stands within a few words of an account or bank word.</summary>
    internal static bool DeniesAccountChange(ReadOnlySpan<char> text) => NearAccount(Search, text);

    private static bool NearAccount(WordSearch search, ReadOnlySpan<char> text)
    {
        // One pass for all the phrases, and a bounded number of places looked at: a crafted text can repeat a phrase
        // tens of thousands of times; a real warning says it once or twice.
        var looked = 0;
        for (var from = 0; from < text.Length && looked++ < 50;)
        {
            var found = search.IndexOfAny(text[from..]);
            if (found < 0)
            {
                return false;
            }
            var at = from + found;
            var start = Math.Max(0, at - Near);
            if (AccountChangeRule.NamesAccount(text[start..Math.Min(text.Length, at + Longest + Near)]))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }
}
