using System.Buffers;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// How spam talks about money: fortunes to collect (419, lotteries), earnings per day (investment scams),
/// tiny fees to release a parcel or a prize, and prices in the title of an "invitation".
/// </summary>
public sealed class MoneyRule : Rule
{
    /// <summary>A fortune.</summary>
    public static readonly Signal LargeSum = new("LURE_LARGE_SUM", Groups.Content, 3.0,
        "The text names a fortune (hundreds of thousands or millions) that the reader is to receive or move.");

    /// <summary>A fortune promised from a free-mail account.</summary>
    public static readonly Signal FreemailFortune = new("FREEMAIL_FORTUNE", Groups.Composite, 4.0,
        "A fortune for the reader comes from a free mail organizer or sender: an inheritance, a contract's millions or a prize is not handed out from a private mailbox; the advance-fee letter is.");

    /// <summary>A fortune offered as a prize, an inheritance or a share of funds to move.</summary>
    public static readonly Signal FortuneOffered = new("LURE_FORTUNE_OFFERED", Groups.Composite, 2.0,
        "A fortune is named beside prize or advance-fee wording (a lottery win, an heir's estate, funds to move for a share): no real invitation hands the reader millions.");

    /// <summary>Earnings per period.</summary>
    public static readonly Signal Earnings = new("LURE_EARNINGS_CLAIM", Groups.Content, 2.8,
        "The text promises earnings per day, week or month, or to turn a small sum into a large one.");

    /// <summary>A tiny fee to pay.</summary>
    public static readonly Signal SmallFee = new("LURE_SMALL_FEE", Groups.Content, 2.5,
        "The text asks for a tiny fee (shipping, customs, redelivery) to release a parcel or a prize: the card-harvesting trick.");

    /// <summary>A price in the title.</summary>
    public static readonly Signal PriceInTitle = new("OFFER_IN_TITLE", Groups.Content, 3.4,
        "The subject or event title carries a price or a discount: an advertisement sent as an invitation.");

    private static readonly string[] EarnWords =
    [
        "earn", "make", "making", "made", "profit", "income", "return", "turn", "gana", "gagne", "rendiment", "rendement", "rendite", "gagn", "revenu", "bénéfice", "benefice", "verdien", "gewinn", "einkommen",
        "winst", "ganar", "ganancia", "ingreso", "guadagn", "ganh", "lucro", "zarab", "zysk", "заработ", "доход", "прибыл", "kazan", "kazanç", "赚", "收入", "収入", "稼",
        "कमा", "कमाई", "आय", "รายได้", "หาเงิน", "กำไร", "벌", "수입", "اربح", "ربح", "دخل", "להרוויח", "הכנסה", "רווח", "κερδ", "kiếm", "thu nhập", "hasilkan", "penghasilan",
        "vydělat", "vydělej", "tjäna", "câștig", "keress", "заробі", "заробл",
        // A job's pay: "a remote role paying $250-$800 per day", "daily pay $120".
        "paying", "pays ", "daily pay", "salary", "wage", "gehalt", "lohn", "salaire", "sueldo", "salario", "stipendio", "salário", "salaris",
        "wynagrodz", "wypłat", "зарплат", "maaş", "日薪", "工资", "日給", "時給", "일당", "راتب", "משכורת", "μισθ", "वेतन", "ค่าจ้าง", "lương", "gaji",
    ];

    private static readonly string[] PeriodWords =
    [
        "per day", "a day", "/day", "each day", "every day", "daily", "per week", "a week", "/week", "weekly", "per month", "a month", "/month", "monthly",
        "par jour", "par semaine", "par mois", "/jour", "/semaine", "/mois", "pro tag", "am tag", "täglich", "pro woche", "pro monat", "im monat", "/tag",
        "/monat", "per dag", "per week", "per maand", "por día", "al día", "por semana", "a la semana", "al mes", "por mes", "al giorno", "a settimana", "al mese",
        "por dia", "por semana", "por mês", "dziennie", "tygodniowo", "miesięcznie", "в день", "в неделю", "в месяц", "günde", "haftada", "ayda",
        "günlük", "aylık", "每天", "每周", "每月", "一日", "毎日", "月に", "रोज़", "रोज", "\u0930\u094B\u095B", "प्रतिदिन", "हर दिन", "रोजाना", "ทุกวัน", "ต่อวัน", "매일",
        "하루에", "วันละ", "يوميا", "يومي", "في اليوم", "ביום", "כל יום", "την ημέρα", "ημερησίως", "mỗi ngày", "per hari", "setiap hari", "denně", "om dagen",
        "pe zi", "naponta", "щодня", "на день",
    ];

    // A return per day or week ("2.4% daily returns", "3 % par jour"): no real investment promises one, and a yearly
    // or monthly rate is how banks and loans speak.
    private static readonly string[] ShortPeriods = TextNormaliser.NormaliseAll(
    [
        "per day", "a day", "/day", "each day", "every day", "daily", "per week", "a week", "/week", "weekly", "par jour", "par semaine", "/jour",
        "quotidien", "hebdomadaire", "pro tag", "am tag", "täglich", "pro woche", "wöchentlich", "per dag", "dagelijks", "wekelijks", "por día",
        "al día", "diario", "diaria", "por semana", "semanal", "a la semana", "al giorno", "giornalier", "a settimana", "settimanal", "por dia", "diário", "diária",
        "dziennie", "tygodniowo", "в день", "в неделю", "ежедневн", "еженедельн", "günde", "günlük", "haftalık", "每天", "每日", "每周", "毎日", "日利",
        "매일", "하루", "วันละ", "يوميا", "يومي", "ביום", "יומי", "ημερησ", "καθημεριν", "प्रतिदिन", "रोज", "ต่อวัน", "mỗi ngày", "per hari", "setiap hari",
    ]);

    private static readonly string[] MonthPeriods = TextNormaliser.NormaliseAll(
    [
        "per month", "a month", "/month", "monthly", "par mois", "mensuel", "pro monat", "im monat", "monatlich", "per maand", "maandelijks",
        "al mes", "por mes", "mensual", "al mese", "mensil", "por mês", "mensal", "miesięcznie", "в месяц", "ежемесячн", "ayda", "aylık", "每月",
        "月利", "매월", "شهريا", "בחודש", "μηνιαίως", "प्रति माह", "ต่อเดือน", "mỗi tháng", "per bulan",
    ]);

    // The number before the percent sign at `k` (its last digit), with a comma or a point as the decimal mark.
    private static double MonthlyRate(string text, int k)
    {
        var start = k;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or ','))
        {
            start--;
        }
        return double.TryParse(text.AsSpan(start, k + 1 - start).ToString().Replace(',', '.'), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var rate) ? rate : 0;
    }

    private static readonly string[] ReturnWords = TextNormaliser.NormaliseAll(
    [
        .. EarnWords, "yield", "gain", "roi", "ertrag", "rendimento", "rendimiento", "zwrot", "доходност", "getiri", "收益", "回报",
        "payout", "dividend", "ausschüttung", "rentabilidad", "rentabilité", "redditività", "rentabilidade", "rentowność", "rendita", "rentabiliteit",
        "利回り", "수익", "عائد", "ربح", "תשואה", "απόδοση", "रिटर्न", "ผลตอบแทน", "lợi nhuận", "keuntungan",
    ]);

    private static readonly string[] FeeWords =
    [
        "shipping", "postage", "fee", "customs", "duty", "delivery", "redeliver", "versand", "porto", "gebühr", "zoll", "frais", "port ", "douane",
        "livraison", "tasa", "envío", "envio", "aduana", "spedizione", "dogana", "spese", "frete", "taxa", "portes", "dopłat", "opłat", "przesył",
        "пошлин", "доставк", "комисси", "gümrük", "kargo", "ücret", "送料", "手数料", "关税", "运费", "verzend", "bezorg", "inklaring", "kosten",
        // The same release, customs and redelivery fee in the other languages parcel and toll lures are sent in.
        "τέλος", "τέλους", "τέλη", "τελών", "μεταφορικ", "δασμ", "αποστολ", "παράδοσ", "رسوم", "شحن", "جمارك", "توصيل", "עמלה", "עמלת", "משלוח", "מכס", "शुल्क",
        "डिलीवरी", "फीस", "ค่าธรรมเนียม", "ค่าจัดส่ง", "ค่าส่ง", "ศุลกากร", "수수료", "배송비", "관세", "택배", "phí", "vận chuyển", "hải quan",
        "giao hàng", "biaya", "ongkir", "bea cukai", "pengiriman", "poplat", "doprav", "doručen", "avgift", "frakt", "tull", "leverans", "taxă",
        "livrare", "vamă", "díj", "szállítás", "vám", "kézbesít", "мито", "комісі", "手续费", "邮费", "快递费", "配送费", "配送料", "関税", "再配達",
    ];

    private static readonly string AdvanceFeeLure = LureRule.SignalFor(LureVocabulary.AdvanceFee).Name;
    private static readonly string PrizeLure = LureRule.SignalFor(LureVocabulary.Prize).Name;

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [LargeSum, FreemailFortune, FortuneOffered, Earnings, SmallFee, PriceInTitle];

    // A house's asking price is a sum the reader would pay, not a fortune handed to them.
    private static readonly string[] PriceWords =
    [
        "asking price", "guide price", "offers over", "offers in excess of", "purchase price", "sale price", "priced at", "kaufpreis", "prix de vente",
        "prix demandé", "precio de venta", "prezzo di vendita", "prezzo richiesto", "preço de venda", "vraagprijs", "cena ofertowa", "цена продажи",
        "satış fiyatı", "τιμή πώλησης", "מחיר מבוקש", "سعر البيع", "बिक्री मूल्य", "ราคาขาย", "매매가", "販売価格", "售价",
        // The current value of what the reader already holds ("your portfolio … current value $1.2m"), as an adviser's
        // review states it, is no sum offered to them either. An estate "valued at" millions is: it is not listed.
        "current value", "portfolio value", "current market value", "valeur actuelle", "aktueller wert", "depotwert", "valor actual",
        "valore attuale", "valor atual", "huidige waarde", "aktualna wartość", "текущая стоимость", "güncel değer", "τρέχουσα αξία", "שווי נוכחי",
        "القيمة الحالية", "قيمتها الحالية", "वर्तमान मूल्य", "มูลค่าปัจจุบัน", "현재 가치", "평가액", "評価額", "時価", "当前市值", "市值", "目前市值",
        // A recruiter's salary range ("Salary range: ₹7,367,533 – ₹13,409,952") is pay for a job, not a fortune to collect.
        // Not "compensation": the scam victims' "compensation payment of $1,500,000" is the advance-fee lure itself.
        "salary", "pay range", "base pay", "gehalt", "salaire", "rémunération", "salario", "sueldo", "stipendio",
        "retribuzione", "salário", "remuneração", "salaris", "wynagrodzenie", "зарплата", "оклад", "maaş", "μισθός", "משכורת", "שכר", "راتب",
        "الراتب", "वेतन", "सैलरी", "เงินเดือน", "연봉", "급여", "年収", "給与", "月薪", "年薪", "薪资", "薪資",
    ];

    private static bool IsPrice(MoneyAmount amount)
    {
        // 40 characters: enough for the second amount of a range ("salary range: $180,000 - $240,000").
        var before = amount.Before.AsSpan(Math.Max(0, amount.Before.Length - 40));
        foreach (var word in PriceWords)
        {
            if (before.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // The amounts in the events' SUMMARY, DESCRIPTION and LOCATION, the body (its first 20,000 characters) and the
    // subject, joined by newlines as one text, in a pooled buffer rather than a joined string.
    private static List<MoneyAmount> FindAmounts(Invitation invitation)
    {
        const int bodyLimit = 20_000;
        var body = invitation.Bodies.Text.AsSpan(0, Math.Min(bodyLimit, invitation.Bodies.Text.Length));
        var length = body.Length + (invitation.Message.Subject?.Length + 1 ?? 0);
        foreach (var (_, ev) in invitation.Events.Take(20))
        {
            length += (ev.Summary?.Length + 1 ?? 0) + (ev.Description?.Length + 1 ?? 0) + (ev.Location?.Length + 1 ?? 0);
        }
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        var written = 0;
        var first = true;
        void Append(ReadOnlySpan<char> piece)
        {
            // Between every two pieces, empty ones too, as string.Join puts it.
            if (!first)
            {
                buffer[written++] = '\n';
            }
            first = false;
            piece.CopyTo(buffer.AsSpan(written));
            written += piece.Length;
        }
        foreach (var (_, ev) in invitation.Events.Take(20))
        {
            foreach (var piece in (ReadOnlySpan<string?>)[ev.Summary, ev.Description, ev.Location])
            {
                if (piece is not null)
                {
                    Append(piece);
                }
            }
        }
        Append(body);
        if (invitation.Message.Subject is { } subject)
        {
            Append(subject);
        }
        var amounts = MoneyFinder.Find(buffer.AsSpan(0, written));
        ArrayPool<char>.Shared.Return(buffer);
        return amounts;
    }

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var invitation = context.Invitation;
        var amounts = FindAmounts(invitation);
        var coherent = CallbackRule.IdentityIsCoherent(context);

        var fortune = amounts.FirstOrDefault(a => a.Value >= a.LargeFrom && !IsPrice(a));
        if (fortune is not null)
        {
            hits.Add(LargeSum, $"{fortune.Text} {fortune.Currency}", coherent ? 0.3 : 1.0);
            // The advisers', banks' and insurers' sums that ham names come without either wording: no labelled ham has both.
            if (hits.Has(AdvanceFeeLure) || hits.Has(PrizeLure))
            {
                hits.Add(FortuneOffered, $"{fortune.Text} {fortune.Currency} with {(hits.Has(AdvanceFeeLure) ? "advance-fee" : "prize")} wording");
            }
            if (CommerceFromFreemailRule.FreemailParty(context) is { } freemail)
            {
                hits.Add(FreemailFortune, $"{fortune.Text} {fortune.Currency} from a {freemail} address");
            }
        }

        // The period after the sum ("$300 a day") or, in languages that put it first, before it ("रोज़ ₹3000 कमाएँ", "每天赚500").
        var earnings = amounts.FirstOrDefault(a => PeriodWords.Any(p => a.After.AsSpan(0, Math.Min(25, a.After.Length)).Contains(p, StringComparison.Ordinal) ||
                                                                        a.Before.AsSpan(Math.Max(0, a.Before.Length - 25)).Contains(p, StringComparison.Ordinal)) &&
                                                   EarnWords.Any(w => a.Before.Contains(w, StringComparison.Ordinal) || a.After.Contains(w, StringComparison.Ordinal)));
        var turnInto = amounts.Count >= 2 && amounts.Any(a => a.After.TrimStart().StartsWith("into", StringComparison.Ordinal) ||
                                                             a.After.TrimStart().StartsWith("en ", StringComparison.Ordinal) && a.Before.Contains("transform", StringComparison.Ordinal));
        var rate = earnings is null && !turnInto ? ShortPeriodReturn(context.Content) : null;
        if (earnings is not null || turnInto || rate is not null)
        {
            // A return per day or week is no authenticated business's offer either: only the sums a job or a deal pays
            // per period are discounted for a coherent sender.
            hits.Add(Earnings, earnings is not null ? $"{earnings.Text} {earnings.Currency}{earnings.After[..Math.Min(20, earnings.After.Length)]}"
                : rate ?? "turn a small sum into a large one", coherent && rate is null ? 0.3 : 1.0);
        }

        var fee = amounts.FirstOrDefault(a => a.Value is > 0 and <= 5m && a.Text.IndexOfAny(['.', ',']) > 0 &&
                                              FeeWords.Any(w => a.Before.Contains(w, StringComparison.Ordinal) || a.After.Contains(w, StringComparison.Ordinal)));
        if (fee is not null)
        {
            hits.Add(SmallFee, $"a fee of {fee.Text} {fee.Currency}", coherent ? 0.3 : 1.0);
        }

        if (PricedTitle(invitation) is { } priced)
        {
            hits.Add(PriceInTitle, $"\"{Cut(priced)}\"", coherent ? 0.3 : 1.0);
        }
    }

    /// <summary>The subject or event title that carries a price or a discount, if one does (not a bill's sum).</summary>
    internal static string? PricedTitle(Invitation invitation)
    {
        var titles = invitation.Events.Select(e => e.Event.Summary).Append(invitation.Message.Subject).OfType<string>();
        // An amount next to a bill's words ("invoice 2 349 kr due", "Miete 1.245 €") is a payment reminder, not an offer:
        // banks, landlords and accountants put the sum in the title. Invoice lures are judged by LURE_PAYMENT instead.
        return titles.FirstOrDefault(t => HasDiscount(t) || (MoneyFinder.Find(t, 3).Count > 0 && !IsBill(t)));
    }

    private static readonly string[] BillWords =
    [
        "invoice", "bill", "payment", "due", "rent", "statement", "direct debit", "instalment", "installment", "tuition",
        "rechnung", "zahlung", "fällig", "lastschrift", "miete", "beitrag", "facture", "paiement", "échéance", "prélèvement", "loyer", "cotisation",
        "factura", "pago", "vencimiento", "domiciliación", "alquiler", "cuota", "fattura", "pagamento", "scadenza", "affitto", "rata", "fatura",
        "vencimento", "aluguel", "mensalidade", "factuur", "betaling", "incasso", "huur", "termijn", "faktura", "betala", "förfallodag", "hyra",
        "autogiro", "rachunek", "płatność", "termin płatności", "czynsz", "счет", "счёт", "оплата", "платеж", "платёж", "ödeme", "kira", "aidat",
        "請求", "支払", "振込", "账单", "付款", "缴费", "房租", "فاتورة", "دفع", "tagihan", "pembayaran",
    ];

    private static bool IsBill(string title)
    {
        var t = title.ToLowerInvariant();
        foreach (var word in BillWords)
        {
            // Whole words ("bill", not "billion"; "rent", not "current"); scripts without spaces match inside text.
            var unspaced = TextNormaliser.IsUnspacedScript(word[0]);
            for (var at = t.IndexOf(word, StringComparison.Ordinal); at >= 0; at = t.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (unspaced || ((at == 0 || !char.IsLetter(t[at - 1])) && (end == t.Length || !char.IsLetter(t[end]))))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // "Save 40%", "90% off", "up to 70%", "-50%" around a percentage in a title.
    private static readonly string[] DiscountWords =
    [
        "off", "rabatt", "korting", "réduc", "descuento", "sconto", "desconto", "indirim", "скидк", "zniżk", "remise", "save", "sale", "up to",
        "jusqu", "günstiger", "reduziert", "goedkoper", "moins cher", "barato", "economic", "taniej", "дешевле", "ucuz",
        "risparmi", "spar", "économis", "ahorr", "economiz", "oszczędź", "bespaar", "экономь", "tasarruf", "خصم", "הנחה", "έκπτωσ", "छूट", "ลด",
        "할인", "割引",
    ];

    private static bool HasDiscount(string title)
    {
        var t = title.ToLowerInvariant();
        var percent = t.IndexOf('%');
        while (percent > 0)
        {
            var k = percent - 1;
            while (k >= 0 && t[k] == ' ')
            {
                k--;
            }
            if (k >= 0 && char.IsAsciiDigit(t[k]))
            {
                var around = t[Math.Max(0, k - 6)..Math.Min(t.Length, percent + 12)];
                if (around.Contains('-') || DiscountWords.Any(w => around.Contains(w, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
            percent = t.IndexOf('%', percent + 1);
        }
        return t.Contains("折", StringComparison.Ordinal) && t.Any(char.IsAsciiDigit);
    }

    // A percentage, a day or a week right after it, and a word for earning or return around it.
    private static string? ShortPeriodReturn(ContentFacts content)
    {
        // A crafted text of percent signs must not cost a look-up each: a lure states its rate among the first few.
        var budget = 100;
        foreach (var text in (ReadOnlySpan<string>)[content.Prominent.Text, content.Calendar.Text, content.Body.Text])
        {
            for (var percent = text.IndexOf('%'); percent >= 0 && budget-- > 0; percent = text.IndexOf('%', percent + 1))
            {
                if (percent == 0)
                {
                    continue;
                }
                var k = percent - 1;
                while (k > 0 && text[k] == ' ')
                {
                    k--;
                }
                var tail = percent + 1;
                var signFirst = !char.IsAsciiDigit(text[k]);
                if (signFirst)
                {
                    // Turkish and Arabic put the sign first: "günlük %4 kazanç".
                    if (tail >= text.Length || !char.IsAsciiDigit(text[tail]))
                    {
                        continue;
                    }
                    while (tail < text.Length && (char.IsAsciiDigit(text[tail]) || text[tail] is '.' or ','))
                    {
                        tail++;
                    }
                    k = tail - 1;
                }
                var after = text.AsSpan(tail, Math.Min(30, text.Length - tail));
                // Within its own clause: "3.1% a year, paid monthly. Daily access" is a yearly rate.
                if (after.IndexOfAny(ClauseEnds) is var end and >= 0)
                {
                    after = after[..end];
                }
                // The period after the rate or, as in "daily 5% return" and "günlük %4", just before it.
                var lead = text.AsSpan(Math.Max(0, percent - 20), Math.Min(20, percent));
                if (lead.LastIndexOfAny(ClauseEnds) is var cut and >= 0)
                {
                    lead = lead[(cut + 1)..];
                }
                var period = TextNormaliser.FirstContained(after, ShortPeriods) ?? TextNormaliser.FirstContained(lead, ShortPeriods);
                // A month is how loans and savings speak, at a percent or two; five and more a month is the scheme's.
                if (period is null && MonthlyRate(text, k) >= 5)
                {
                    period = TextNormaliser.FirstContained(after, MonthPeriods);
                }
                if (period is null)
                {
                    continue;
                }
                var from = Math.Max(0, k - 50);
                var around = text.AsSpan(from, Math.Min(text.Length, percent + 40) - from);
                if (TextNormaliser.FirstContained(around, ReturnWords) is not null)
                {
                    var start = k;
                    while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or ','))
                    {
                        start--;
                    }
                    return signFirst ? $"{text[percent..tail]} {period}" : $"{text[start..(percent + 1)]} {period}";
                }
            }
        }
        return null;
    }

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".,;:\n()");

    private static string Cut(string s) => s.Length > 70 ? s[..70] + "…" : s;
}
