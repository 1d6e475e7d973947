using System.Buffers;
using System.Text.RegularExpressions;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// Payment redirection, the end of every supplier and payroll fraud: the text gives a bank account (an IBAN, or a
/// routing number, sort code or BSB) and says it is new or has changed. The fraud cannot work without both, in
/// whatever words; a landlord's or a club's reminder gives the account everyone already pays into, and a finance
/// team's warning says the account will never change.
/// </summary>
public sealed partial class AccountChangeRule : Rule
{
    /// <summary>An account number with a claim that it is new or changed.</summary>
    // 4.0 until 2026-11-25: left out one corpus at a time, 5.0 judges four more bank-detail changes spam (in four
    // corpora). The one labelled ham it fired on, a supplier's warning ("our IBAN remains …"), no longer carries it.
    public static readonly Signal AccountChange = new("LURE_ACCOUNT_CHANGE", Groups.Content, 5.0,
        "The invitation gives a bank account (IBAN, routing number, sort code or BSB) and says it is new or has changed: payments are being redirected.");

    // "New" and "changed" in the languages of the corpora, normalised (lower case, Latin diacritics removed). A closed
    // class of words, unlike the phrasings of the claim, which every fraudster words differently.
    private static readonly string[] ChangeWords =
    [
        "new ", "changed", "updated", "neue", "neues", "neuen", "geandert", "gewechselt", "andern sie", "nouveau", "nouvel", "nouvelle",
        "change", "modifie", "nueva", "nuevo", "cambiad", "cambiado", "cambio", "nuovo", "nuova", "nuove", "nuovi", "novas", "cambiat", "modificat", "nova ", "novo ", "novos",
        "alterad", "mudou", "mudamos", "nieuw", "gewijzigd", "veranderd", "nowy", "nowe", "nowym", "nowa", "nowej", "nowego", "zmian", "zmieni", "nove ", "novy", "noveho",
        "zmenil", "zmena", "zmenu", "nya ", "nytt", "andrats", "andrat", "nye ", "nyt ", "endret", "uusi", "muuttunut", "нов", "измен", "сменил", "змінив", "змінила", "змінено", "змінились",
        "yeni", "degis", "νέο", "νεο", "νέα", "νεα", "άλλαξ", "αλλαξ", "جديد", "تغيير", "تغير", "חדש", "שונה", "השתנה", "变更", "更改", "新账户",
        "新账号", "新的", "変更", "新しい", "새 ", "새로운", "변경", "नया", "नए", "बदल", "ใหม่", "เปลี่ยน", "thay doi", "baru", "berubah",
    ];

    // The fraud's other pretext for a different account: the usual one is "under review" or "being audited", so pay
    // into this one. Counted only beside an account number given: without one, "your account is under review" is an
    // IT notice.
    private static readonly string[] PretextWords =
    [
        "under review", "under audit", "being audited", "alternate account", "alternative account", "another account", "different account",
        "secondary account", "temporary account", "anderes konto", "ausweichkonto", "in prufung", "autre compte", "compte alternatif",
        "otra cuenta", "cuenta alternativa", "en revision", "altro conto", "conto alternativo", "in revisione", "outra conta",
        "conta alternativa", "em revisao", "andere rekening", "ander rekeningnummer", "in controle",
    ];

    private static readonly string[] ChangeOrPretextWords = [.. ChangeWords, .. PretextWords];

    // The account the claim is about: "new" must be said of it, not of the year or the members.
    private static readonly string[] AccountWords =
    [
        "account", "bank", "iban", "details", "konto", "bankverbindung", "compte", "coordonnees", "rib", "cuenta", "bancari", "conto", "coordinate",
        "conta", "dados", "rekening", "bankgegevens", "rachunek", "konta", "ucet", "uctu", "spojeni", "bankuppgifter", "kontonummer", "счет", "счёт", "карту", "картку", "рахунок", "рахунку",
        "реквизит", "банк", "hesap", "banka", "λογαριασμ", "τράπεζ", "τραπεζ", "حساب", "بنك", "חשבון", "בנק", "账户", "账号", "帐户", "賬戶", "银行",
        "口座", "銀行", "계좌", "은행", "खाता", "बैंक", "บัญชี", "ธนาคาร", "tai khoan", "ngan hang",
    ];

    // "Never", "not": the finance team's warning that the account will never change by e-mail.
    private static readonly string[] Negations =
    [
        "never", "not ", "nie ", "niemals", "jamais", "nunca", "mai ", "nooit", "aldrig", "nikdy", "никогда", "asla", "ποτέ", "ποτε", "أبدا", "לעולם",
        "绝不", "决不", "不会", "決して", "절대", "कभी नहीं",
        // "Fake e-mails with allegedly new bank details": the warning reports somebody else's claim.
        "allegedly", "supposedly", "purportedly", "angeblich", "vermeintlich", "zogenaamd", "pretendument", "soi-disant", "supuestamente",
        "presunt", "supostamente", "rzekomo", "якобы", "sozde", "udajne", "pastatt", "δήθεν", "δηθεν", "כביכול",
    ];

    // Country, check digits, then groups of four: a bank code of four letters (GB, NL) or digits, then digits.
    [GeneratedRegex(@"\b[a-z]{2} ?[0-9]{2} ?(?:[a-z]{4}|[a-z]?[0-9]{3}|[0-9]{4})(?: ?[0-9]{4}){2,6}(?: ?[0-9]{1,4})?\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Iban();

    // The domestic forms BEC uses where IBANs are not: a US routing (ABA) number, a UK sort code, an Australian BSB,
    // each named, then its digits. The name is required: bare digit groups are phone numbers and booking codes.
    [GeneratedRegex(@"\b(?:routing|aba|sort ?code|bsb)(?: (?:number|no\.?|#))?(?:\s*[:#]\s*|\s+)[0-9][0-9 -]{4,12}[0-9]\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DomesticAccount();

    private static readonly string[] DomesticAccountNames = ["routing", "aba", "sort code", "sortcode", "bsb"];

    private const int Window = 240;

    // What the changed account is for: salaries and invoices. Without one of these near it, "new account" is an
    // IT or onboarding matter.
    private static readonly string[] PaymentWords = TextNormaliser.NormaliseAll(
    [
        "payment", "paid", "invoice", "salary", "payroll", "deposit", "wire", "remittance", "zahlung", "rechnung", "gehalt", "lohn",
        "überweis", "paiement", "facture", "salaire", "virement", "règlement", "pago", "factura", "nómina", "salario", "transferencia",
        "pagament", "fattur", "stipendio", "bonifico", "pagamento", "salário", "betaling", "factuur", "salaris", "overboeking", "płatnoś",
        "faktur", "wynagrodz", "przelew", "оплат", "платеж", "платёж", "зарплат", "перевод", "ödeme", "fatura", "maaş", "havale", "πληρωμ",
        "τιμολόγ", "μισθ", "دفع", "فاتورة", "راتب", "תשלום", "חשבונית", "משכורת", "付款", "货款", "工资", "汇款", "转账", "支払", "請求書", "給与",
        "振込", "送金", "결제", "송금", "급여", "월급", "भुगतान", "वेतन", "ชำระ", "เงินเดือน", "โอนเงิน", "thanh toán", "lương", "pembayaran",
        "gaji", "platba", "faktura", "mzda", "betalning", "lön", "plată", "factură", "salariu", "fizetés", "számla",
    ]);

    private const int PaymentWindow = 200;

    // The claim says the account *is* new or *has* changed. The nouns ("change of bank details", "cambio", "变更") are
    // also how every warning about the fraud speaks, so without an account number only the claim's own forms count.
    private static readonly string[] ClaimWords =
    [
        .. ChangeWords.Except(
        [
            "change", "modifie", "cambio", "zmian", "zmena", "zmenu", "измен", "تغيير", "变更", "更改", "変更", "변경", "बदल", "เปลี่ยน", "thay doi",
            "degis",
        ]),
    ];

    /// <summary>The same claim without an account number, for a payment (payroll diversion, "use our new details").</summary>
    public static readonly Signal AccountChangeClaim = new("LURE_ACCOUNT_CHANGE_CLAIM", Groups.Content, 2.0,
        "The invitation says, next to a payment or salary, that the bank account is new or has changed, without giving it yet: the first step of payment redirection.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [AccountChange, AccountChangeClaim];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var text in new[] { context.Content.Calendar.Text, context.Content.Body.Text })
        {
            if (Find(text) is { } found)
            {
                hits.Add(AccountChange, found);
                return;
            }
        }
        foreach (var text in new[] { context.Content.Calendar.Text, context.Content.Body.Text })
        {
            if (FindClaim(text) is { } found)
            {
                hits.Add(AccountChangeClaim, found);
                return;
            }
        }
    }

    private static readonly WordSearch PaymentSearch = new(PaymentWords);

    private static readonly WordSearch ClaimSearch = new(ClaimWords);

    // The employee's own words in payroll diversion: "I changed banks". An HR reminder says "if you changed banks"; a
    // supplier speaks of "our" account.
    private static readonly string[] SwitchedBanks = TextNormaliser.NormaliseAll(
    [
        "i changed banks", "i changed my bank", "i recently changed banks", "i recently changed my bank", "i have changed banks",
        "i have changed my bank", "i've changed banks", "i've changed my bank", "i switched banks", "i have switched banks", "i've switched banks",
        "ich habe die bank gewechselt", "ich habe meine bank gewechselt", "ich habe mein konto gewechselt", "j'ai changé de banque",
        "he cambiado de banco", "cambié de banco", "ho cambiato banca", "mudei de banco", "troquei de banco", "ik ben van bank gewisseld",
        "ik ben overgestapt naar een andere bank", "zmieniłem bank", "zmieniłam bank", "я сменил банк", "я сменила банк", "я змінив банк",
        "я змінила банк", "άλλαξα τράπεζα", "bankamı değiştirdim", "銀行を変更しました", "我换了银行", "我換了銀行", "은행을 바꿨", "मैंने बैंक बदल",
        "jag har bytt bank", "jeg har byttet bank", "vaihdoin pankkia", "změnil jsem banku", "změnila jsem banku", "am schimbat banca",
    ]);

    private static readonly WordSearch SwitchedBanksSearch = new(SwitchedBanks);

    private static readonly WordSearch PretextSearch = new(PretextWords);

    /// <summary>True when <paramref name="text"/> (normalised) gives the fraud's pretext for another account ("the old account is under review").</summary>
    internal static bool GivesPretext(string text) => PretextSearch.IndexOfAny(text.AsSpan(0, Math.Min(text.Length, 20_000))) >= 0;

    /// <summary>True when <paramref name="text"/> (normalised) says, in the first person, that its writer changed banks.</summary>
    internal static bool SaysSwitchedBanks(string text) => SwitchedBanksSearch.IndexOfAny(text.AsSpan(0, Math.Min(text.Length, 20_000))) >= 0;

    /// <summary>A change word said of an account, not negated, with a payment word near it, in <paramref name="text"/> (normalised); or null.</summary>
    internal static string? FindClaim(string text)
    {
        const int maxChars = 20_000, maxLooks = 50;
        var span = text.AsSpan(0, Math.Min(text.Length, maxChars));
        // One pass each for all the words: most invitations speak of no payment at all.
        if (PaymentSearch.IndexOfAny(span) < 0)
        {
            return null;
        }
        // "Our bank details have NOT changed" is the warning, not the claim.
        if (ChangeDenial.DeniesAccountChange(span))
        {
            return null;
        }
        var looks = 0;
        for (var from = 0; from < span.Length && looks++ < maxLooks;)
        {
            var found = ClaimSearch.IndexOfAny(span[from..]);
            if (found < 0)
            {
                return null;
            }
            var at = from + found;
            foreach (var word in ClaimWords)
            {
                if (span[at..].StartsWith(word, StringComparison.Ordinal) && ClaimStartsAt(span, at, word) &&
                    AccountWordNear(span, at, word.Length) && PaymentNear(span, at))
                {
                    return $"\"{Snippet(span, at)}\"";
                }
            }
            from = at + 1;
        }
        return null;
    }

    private static bool PaymentNear(ReadOnlySpan<char> text, int at)
    {
        var from = Math.Max(0, at - PaymentWindow);
        return TextNormaliser.FirstContained(text[from..Math.Min(text.Length, at + PaymentWindow)], PaymentWords) is not null;
    }

    private static string Snippet(ReadOnlySpan<char> text, int at)
    {
        var from = Math.Max(0, at - 25);
        return text[from..Math.Min(text.Length, at + 35)].ToString().Replace('\n', ' ').Trim();
    }

    /// <summary>The account and the change word near it in <paramref name="text"/> (normalised), or null.</summary>
    internal static string? Find(string text)
    {
        // An invitation gives one account, two at most; a text of thousands is built to make every one cost a search.
        foreach (var match in Accounts(text).Take(MaxAccounts))
        {
            // "Our IBAN remains ES03 …": the warning states the account that stays, whatever "new" accounts it warns of.
            if (TextNormaliser.FirstContained(text.AsSpan(Math.Max(0, match.Index - UnchangedWindow), Math.Min(UnchangedWindow, match.Index)), Unchanged) is not null)
            {
                continue;
            }
            var from = Math.Max(0, match.Index - Window);
            var window = text.AsSpan(from, Math.Min(text.Length, match.Index + match.Length + Window) - from);
            foreach (var word in ChangeOrPretextWords)
            {
                for (var at = window.IndexOf(word, StringComparison.Ordinal); at >= 0; at = NextIndex(window, word, at))
                {
                    if (ClaimStartsAt(window, at, word) && AboutAccount(window, at, word.Length, match.Index - from, match.Length))
                    {
                        return $"{match.Value.ToUpperInvariant()} with \"{word.Trim()}\"";
                    }
                }
            }
        }
        return null;
    }

    // IBANs, then named domestic account numbers; each regex runs only when the text could hold one.
    private static IEnumerable<Match> Accounts(string text)
    {
        if (HasDigitRun(text))
        {
            foreach (Match match in Iban().Matches(text))
            {
                yield return match;
            }
        }
        // "aba" sits inside "database" and "abandon": the regex runs only on a short window where a name starts a word,
        // and on a bounded number of them.
        var windows = 0;
        foreach (var name in DomesticAccountNames)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
                {
                    continue;
                }
                if (++windows > MaxAccountWindows)
                {
                    yield break;
                }
                var match = DomesticAccount().Match(text, at, Math.Min(DomesticWindow, text.Length - at));
                if (match.Success)
                {
                    yield return match;
                }
            }
        }
    }

    // Words that state the account stays as it is, just before it.
    private static readonly string[] Unchanged = TextNormaliser.NormaliseAll(
    [
        "remains", "is still", "stays", "unchanged", "sigue siendo", "no ha cambiado", "sin cambios", "bleibt", "ist weiterhin", "unverändert",
        "reste", "demeure", "inchangé", "rimane", "invariato", "continua a essere", "continua sendo", "permanece", "inalterad", "blijft",
        "ongewijzigd", "pozostaje", "bez zmian", "остается", "остаётся", "не изменился", "aynı kalır", "değişmedi", "παραμένει", "يبقى",
        "لم يتغير", "נשאר", "לא השתנה", "保持不变", "不变", "変更ありません", "変わりません", "변경되지 않", "वही है", "ยังคงเป็น", "förblir", "zůstává",
    ]);

    private const int UnchangedWindow = 30;

    // The longest name ("sort code number #:") and a number with its spaces and dashes fit in this many characters.
    private const int DomesticWindow = 48;

    private const int MaxAccounts = 16, MaxAccountWindows = 64;

    // A Latin, Cyrillic or Greek change word must start a word ("renew", "casanova" and "основ" are not "new", "nova"
    // and "нов"; Arabic and Hebrew prefix their articles, CJK has no spaces), and must not be negated.
    private static bool ClaimStartsAt(ReadOnlySpan<char> text, int at, string word) =>
        !(at > 0 && Alphabetic(word[0]) && char.IsLetter(text[at - 1])) && !Negated(text, at);

    /// <summary>True when <paramref name="text"/> (normalised) has a word for account, bank or bank details.</summary>
    internal static bool NamesAccount(ReadOnlySpan<char> text)
    {
        foreach (var word in AccountWords)
        {
            if (word == Rib ? ContainsWholeWord(text, word) : text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // The French "RIB" is three letters that also sit inside "distribution", "attribute" and "contribution".
    private const string Rib = "rib";

    private static bool ContainsWholeWord(ReadOnlySpan<char> text, string word)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf(word, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            var at = from + found;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length])))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> (normalised) has a word saying something is new or changed.</summary>
    internal static bool ClaimsChange(string text)
    {
        // Some change words end in a space ("new "): the end of the text ends a word too.
        var padded = text + " ";
        return ChangeWords.Any(w => padded.Contains(w, StringComparison.Ordinal));
    }

    private static bool Alphabetic(char c) => char.IsAsciiLetterLower(c) || c is >= '\u0370' and <= '\u04FF';

    // The change word sits next to the account: the IBAN itself or a word for account or bank within a few words.
    private static bool AboutAccount(ReadOnlySpan<char> window, int at, int length, int iban, int ibanLength) =>
        (at + length + Near >= iban && at - Near <= iban + ibanLength) || AccountWordNear(window, at, length);

    // A word for account or bank within a few words of the change word. Before it, as far back as its sentence goes
    // within NearBefore: German and Dutch put the participle last ("dass sich unsere Bankverbindung aufgrund einer
    // Umstellung geändert hat"), but "… bank details are refused.\n\nNew starters" speaks of two things.
    private static bool AccountWordNear(ReadOnlySpan<char> text, int at, int length)
    {
        var from = Math.Max(0, at - NearBefore);
        if (text[from..at].LastIndexOfAny(SentenceEnds) is var end and >= 0)
        {
            from += end + 1;
        }
        return NamesAccount(text[from..Math.Min(text.Length, at + length + Near)]);
    }

    private const int Near = 30, NearBefore = 60;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n");

    private static int NextIndex(ReadOnlySpan<char> window, string word, int at)
    {
        var next = window[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool Negated(ReadOnlySpan<char> window, int at)
    {
        // Only just before the word ("will never change"): "do not pay the old account, our new IBAN is" is the claim.
        var before = window[Math.Max(0, at - 25)..at];
        foreach (var negation in Negations)
        {
            if (before.Contains(negation, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // An IBAN holds at least ten digits in a row once spaces are ignored; most invitations hold no such run, and
    // then the regex does not run.
    private static bool HasDigitRun(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (++run >= 10)
                {
                    return true;
                }
            }
            else if (c != ' ')
            {
                run = 0;
            }
        }
        return false;
    }
}
