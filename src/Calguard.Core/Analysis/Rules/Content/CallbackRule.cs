using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// Callback scams (the Norton/McAfee/PayPal "renewal" waves sent through Google Calendar, practice document §5.2):
/// a phone number to call about a charge. Conference dial-in numbers are not counted.
/// </summary>
public sealed class CallbackRule : Rule
{
    /// <summary>A phone number the reader is asked to call.</summary>
    public static readonly Signal Phone = new("PHONE_CALLBACK", Groups.Content, 1.0,
        "A phone number (not a conference dial-in) that the text asks the reader to call.");

    /// <summary>A phone number plus a fake charge.</summary>
    public static readonly Signal Scam = new("CALLBACK_SCAM", Groups.Content, 4.3,
        "A callback number next to a charge, renewal or refund: the tech-support and invoice callback scam.");

    private static readonly string[] CallWords =
    [
        "call", "phone", "helpline", "hotline", "support", "contact", "tel", "toll", "customer", "assistance", "help desk", "helpdesk", "number",
        "anrufen", "telefon", "rufen", "ruf ", "rückruf", "bel ", "bellen", "whatsapp", "text me", "sms", "atendimento", "atención", "assistenza",
        "kundendienst", "kundenservice", "klantenservice", "service client", "obsługa klienta", "поддержк", "müşteri", "客服", "カスタマー", "helpdesk", "appel", "téléphone", "llam", "teléfono", "chiam", "telefono", "ligue", "zadzwo", "звон",
        "телефон", "ara", "電話", "电话", "ring ", "arayin", "התקשר", "llame", "appelez", "zadzwon", "позвоните", "zavolejte", "καλεστε", "καλέστε",
        "اتصل", "الاتصال", "致电", "전화", "bel direct", "bel ons",
        // "Our fraud team is available 24/7 at": the number is offered rather than asked to be called.
        "24/7", "24 hours a day", "fraud team", "fraud department", "billing team", "reach us", "reach our", "available at",
        "התקשרו", "טלפון", "फोन", "कॉल", "โทร", "gọi", "điện thoại", "hubungi", "telepon", "telefonujte", "ring oss", "sunați", "hívja", "телефонуйте",
        // "Questions? +1 877 …": the number offered for questions about a charge is the one to call.
        "questions", "queries", "fragen", "vragen", "preguntas", "domande", "dúvidas", "duvidas", "pytania", "вопрос", "sorular", "質問", "问题", "문의",
        // "For cancellation or refund: +1 (800) …": the number labelled for the charge the reader would dispute.
        "for cancellation", "cancellation or refund", "for a refund", "for refund",
        // "Contact the officer at once: +91 …".
        "संपर्क करें",
    ];

    private static readonly string[] ConferenceMarkers =
    [
        "zoom.us/j", "dial by your location", "meeting id", "teams.microsoft.com/l/meetup-join", "webex.com", "conference id", "passcode",
        "one tap mobile", "join by phone", "meet.google.com", "gotomeeting", "dial-in", "dial in", "konferenz-id", "besprechungs-id", "einwahl",
    ];

    private static readonly WordSearch ConferenceSearch = new(ConferenceMarkers);

    // Words that turn a phone number into "call us to stop a charge you did not make".
    private static readonly string[] DisputeWords =
    [
        "refund", "dispute", "not you", "did not", "didn't", "unauthori", "stop the payment", "stop this", "fraud",
        "unusual activity", "suspicious", "compromised", "hacked", "security alert", "security notice", "locked", "action required", "immediately",
        // The tech-support scare: the device is exposed, its protection ran out.
        "exposed", "at risk", "license expired", "licence expired", "license has expired", "protection expired",
        "protection has expired",
        "widerruf", "rückerstatt", "rembours", "reembols", "rimbors", "zwrot", "возврат", "iade", "退款", "返金", "terugbetal",
        // "Not ordered? Call": the charge the reader never made.
        "not ordered", "didn't order", "did not order", "niet besteld", "nicht bestellt", "pas commande", "no lo pediste", "no ha pedido",
        "non hai ordinato", "nao pediu", "не заказывали", "siparis vermediyseniz", "לא הזמנת", "注文していない", "没有订购", "nie zamawiałeś",
        // "Not ordered by you?", "wasn't it you?": the same claim with the reader named in between.
        "niet door u besteld", "niet door u gedaan", "nicht von ihnen bestellt", "nicht von dir bestellt", "pas commandé par vous", "n'est pas vous",
        "no fue usted", "no lo pidió usted", "non è stato lei", "non sei stato tu", "não foi você", "nao foi voce", "not ordered by you",
        "wasn't you", "was not you",
        // "If you did not request / make this": the same claim in the languages above that lacked it.
        "إذا لم تطلب", "إذا لم تقم", "لم تقم بهذا", "אם לא ביצעת", "אם לא הזמנת", "לא אישרת", "यदि आपने यह", "अगर आपने यह", "आपने नहीं किया", "आपने नहीं की", "หากคุณไม่ได้", "ถ้าคุณไม่ได้",
        "주문하지 않", "요청하지 않", "nếu bạn không", "jika anda tidak", "pokud jste tuto", "neobjednali", "om du inte har", "dacă nu ați", "ha nem ön",
        "не замовляли", "εάν δεν κάνατε", "αν δεν κάνατε", "δεν παραγγείλατε", "申請していない", "如果您没有", "如非本人",
        // "Your card / line / account is suspended: call to restore it": the threat that makes the reader dial.
        "suspended", "suspension", "deactivated", "will be closed", "will be disconnected",
        // The electricity-bill scam: the power cut "tonight at 9:30" unless the reader calls the "officer".
        "disconnected tonight", "कनेक्शन काट", "कनेक्शन कट", "काट दिया जाएगा", "काटा जाएगा", "gesperrt", "sperrung", "suspendu", "désactivé",
        "suspendid", "bloquead", "sospes", "disattivat", "zablokowan", "zawieszon", "заблокирован", "приостановлен", "заблоковано", "askıya",
        "kapatılacak", "kapatılmaması", "bloke edil", "şüpheli", "إيقاف", "تعليق", "مشبوه", "停用", "冻结", "凍結", "利用停止", "정지",
        "הושעה", "נחסם", "ανεστάλη", "αναστολ", "निलंबित", "ब्लॉक कर दिया जाएगा", "ब्लॉक हो जाएगा", "ระงับ", "bị khóa", "diblokir", "zablokován", "spärrat", "blocat", "felfüggeszt",
    ];

    // "Call to cancel" is normal for a hotel; "call to cancel the renewal you never ordered" is the scam.
    private static readonly string[] CancelWords =
    [
        "cancel", "stornier", "annuler", "cancelar", "annullare", "anular", "anuluj", "отмен", "iptal", "取消", "キャンセル", "opzeggen", "annuleren",
        "avbryt", "ביטול", "kündig", "kundig", "resili", "disdett", "rezygn", "解約", "退订", "해지", "취소", "zrusit", "ακυρωσ", "ακύρωσ", "إلغاء",
        "hủy", "ยกเลิก", "रद्द", "batalkan", "membatalkan", "zruš", "скасув", "anulare", "anulați", "lemond",
    ];

    private static readonly string[] ChargeWords =
    [
        "renew", "subscription", "charge", "membership", "abonnement", "abo ", "suscripción", "suscripcion", "assinatura", "rinnovo", "abbonamento",
        "subskrypc", "подписк", "abonel", "订阅", "更新", "abonnemang", "förnyats", "fornyats", "מנוי", "חויב", "yenilendi", "afgeschreven", "abgebucht",
        "verlängert", "verlangert", "preleve", "cobrado", "addebitat", "obciazon", "списан", "predplatn", "συνδρομ", "اشتراك", "サブスク", "会员", "구독",
        "تجديد", "חידוש", "नवीनीकरण", "सदस्यता", "การต่ออายุ", "갱신", "gia hạn", "perpanjangan", "langganan", "obnoven", "förnyelse",
        "reînnoire", "abonament", "megújít", "előfizet", "підписк", "ανανέωσ", "更新されました", "续费", "扣款",
        // "Order confirmed, call to cancel": the purchase the reader never made, as the hook for the call.
        "auto-pay", "autopay", "auto pay", "ऑटो-पे", "ऑटोपे", "order confirm", "order #", "order no", "order number", "your order", "purchase", "invoice", "bestellung", "commande", "pedido",
        "ordine", "zamówien", "заказ", "sipariş", "siparis", "bestelling", "注文", "订单", "주문", "objednávk", "beställning", "comandă",
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Phone, Scam];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var content = context.Content;
        // In a conference invitation every listed number is a dial-in, even those far below "Dial by your location".
        var conference = ConferenceSearch.IndexOfAny(content.Calendar.Text) >= 0 || ConferenceSearch.IndexOfAny(content.Body.Text) >= 0 ||
                         content.Phones.Any(p => p.IsDialIn);
        // Meeting services' schedulers carry the scam too (a Zoom invitation whose text is the renewal to cancel by phone).
        var callbacks = content.Phones.Where(p => !p.IsDialIn && CallWords.Any(w => p.Context.Contains(w, StringComparison.Ordinal)) &&
                                                  (!conference || Contests(p.Context))).ToList();
        if (callbacks.Count == 0)
        {
            return;
        }
        var numbers = callbacks.Select(p => Digits(p.Number)).ToHashSet(StringComparer.Ordinal);
        var distinct = numbers.Count;
        var trusted = IdentityIsCoherent(context);
        hits.Add(Phone, $"{distinct} callback number(s), e.g. {callbacks[0].Number}", trusted ? 0.4 : distinct >= 2 ? 1.0 : 0.8);
        var charge = content.Lure(LureVocabulary.Payment);
        var dispute = callbacks.Any(p => Contests(p.Context));
        // Two generic words ("due", "renewal", "card") are any bill's reminder with the agency's number; the scam needs
        // a charge spelt out or a dispute to settle by phone.
        var scare = DeviceScare.Find(content, withMalwareNames: true) is not null;
        if (charge >= 1.5 || dispute || scare || (charge >= 0.5 && content.Lure(LureVocabulary.Callback) >= 1.0))
        {
            var terms = string.Join(", ", content.LureTerms(LureVocabulary.Payment).Take(3).Select(t => t.TrimStart('~')));
            // The charge written into the event's title ("Renouvellement : 419,90 €", "Order #617…: iPhone ($1,299.00)"),
            // where the calendar's preview shows it, and a number to call about it: no bill, booking or vendor notice in
            // the labelled corpora does both, so a coherent sender earns no doubt then.
            var titled = trusted && MoneyRule.PricedTitle(context.Invitation) is not null;
            // So is the number itself as the event's place, where the preview shows it: bookings and vendors give an
            // address or a meeting link there. (A requested support call may give a number there too, but not with a
            // charge to contest; over 33 labelled corpora this lifts 6 spam and no ham.)
            var placed = trusted && !titled && NumberAsLocation(context, numbers);
            // A business that links the event to its own authenticated site (the booking, the account page) gives the
            // reader a way to act other than the phone; the scam makes the number the only one. Checked only when the
            // sender's other coherence fails, for instance on naming the messenger its host answers on.
            var ownSite = !trusted && LinksToOwnSite(context);
            hits.Add(Scam, $"callback number {callbacks[0].Number} with {(terms.Length > 0 ? terms : "a charge to dispute or a scare")}" +
                           (titled ? ", the sum in the title" : placed ? ", the number as the event's location" : ownSite ? ", beside a link to the sender's own site" : string.Empty),
                (trusted && !titled && !placed) || ownSite ? 0.3 : 1.0);
        }
    }

    // The number is contested: a dispute word, or "call to cancel" next to a charge or renewal ("call to cancel" alone is
    // a hotel's).
    private static bool Contests(string context) =>
        Disputes(context) ||
        (CancelWords.Any(w => context.Contains(w, StringComparison.Ordinal)) && ChargeWords.Any(w => context.Contains(w, StringComparison.Ordinal)));

    // An event whose LOCATION is nothing but one of the callback numbers (its digits, maybe with a word such as "Call").
    private static bool NumberAsLocation(RuleContext context, HashSet<string> numbers)
    {
        foreach (var (_, ev) in context.Events)
        {
            if (ev.Location is not { Length: > 0 and < 60 } location)
            {
                continue;
            }
            var digits = Digits(location);
            if (digits.Length >= 7 && numbers.Contains(digits))
            {
                return true;
            }
        }
        return false;
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    // The calendar links to the vouched From domain's own organisation (not a relay's, which signs for its customers).
    private static bool LinksToOwnSite(RuleContext context)
    {
        if (VouchedFromDomain(context) is not { } domain || KnownDomains.IsRelay(domain))
        {
            return false;
        }
        var organisation = DomainNames.Organizational(domain.ToLowerInvariant());
        foreach (var link in context.Content.Links.Take(50))
        {
            if (link.Where is not ("BODY" or "HTML") && link.AsciiHost.Length > 0 && DomainNames.Organizational(link.AsciiHost) == organisation)
            {
                return true;
            }
        }
        return false;
    }

    // A dispute word in the number's context. A booking's "non-refundable rate" (remboursable, rimborsabile,
    // reembolsável, terugbetaalbaar, erstattbar) is no refund to claim.
    private static bool Disputes(string context)
    {
        foreach (var word in DisputeWords)
        {
            for (var at = context.IndexOf(word, StringComparison.Ordinal); at >= 0; at = context.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var rest = context.AsSpan(at + word.Length);
                if (!(rest.StartsWith("able", StringComparison.Ordinal) || rest.StartsWith("abile", StringComparison.Ordinal) ||
                      rest.StartsWith("ável", StringComparison.Ordinal) || rest.StartsWith("baar", StringComparison.Ordinal) ||
                      rest.StartsWith("bar", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The authenticated From domain, unless it is free mail, a domain named for its scam (acme-billing, pay-portal),
    // which authenticates only its owner, or a meeting service's (a Zoom registration), which vouches for the service
    // and not for the account holder who wrote the text.
    private static string? VouchedFromDomain(RuleContext context)
    {
        var from = context.Sender.From;
        return from is null || !context.Sender.FromAuthenticated || KnownDomains.IsFreemail(from.Domain) || KnownDomains.IsSchedulingPlatform(from.Domain) ||
               Transport.ThrowawayDomainRule.LureWordIn(from.Domain.ToLowerInvariant()) is not null
            ? null
            : from.Domain;
    }

    /// <summary>
    /// True when the sender is one coherent, authenticated identity: From authenticated, and every organizer
    /// vouched for and in the From domain. Ambiguous commerce wording weighs less from such a sender.
    /// </summary>
    internal static bool IdentityIsCoherent(RuleContext context)
    {
        if (VouchedFromDomain(context) is not { } fromDomain)
        {
            return false;
        }
        var organizers = context.Events.Select(e => e.Event.Organizer?.Address).OfType<string>().Distinct().ToList();
        if (!organizers.All(o => context.Sender.OrganizerVouched(o) && DomainNames.Related(Reading.CalendarAddress.DomainOf(o), fromDomain)))
        {
            return false;
        }
        // Naming somebody else's brand breaks the coherence: a booking names its own airline, a scam names Norton. A tax
        // office is named by every accountant and bank, unless the sender's own domain spells it (irs-refunds.example).
        var own = BrandRule.OwnDomains(context);
        return context.Content.Brands.All(b => own.Any(b.Owns) ||
                                               (b.Public && !own.Any(d => b.DomainLabels.Any(l => l.Length >= 3 && d.Contains(l, StringComparison.Ordinal)))));
    }
}
