namespace Calguard.Analysis.Text;

/// <summary>
/// The vocabulary of calendar-spam lures, by the behaviour the spammer needs: a prize to claim, a crypto
/// wallet to "verify", credentials to re-enter, a charge to dispute by phone, a parcel to release, a sale.
/// </summary>
/// <remarks>
/// Terms come from the campaigns the practice document and public reports describe (§5: iCloud sale waves,
/// Yahoo 419 invitations, Google Calendar callback scams, the Dutch and German prize lures) in the languages
/// those campaigns use. A term is a phrase where a single word would also match legitimate mail
/// ("payment" alone is in every booking confirmation); generic words are marked weak with <c>~</c> and count half.
/// Prefix terms end in <c>*</c>.
/// </remarks>
public static class LureVocabulary
{
    /// <summary>Category names, also used in signal details.</summary>
    public const string Prize = "prize", Crypto = "crypto", Credential = "credential", Payment = "payment", Callback = "callback",
        Urgency = "urgency", Dating = "dating", Retail = "retail", AdvanceFee = "advance-fee", Delivery = "delivery",
        Pharma = "pharma", Investment = "investment", Impersonation = "impersonation", Extortion = "extortion",
        Government = "government", DocumentShare = "document-share", Harvest = "harvest", Job = "job", ColdSales = "cold-sales", LegalThreat = "legal-threat", Donation = "donation";

    /// <summary>The shared lexicon.</summary>
    public static Lexicon Lexicon => LazyLexicon.Value;

    // Lazy: static fields initialise in textual order and the term lists come below.
    private static readonly Lazy<Lexicon> LazyLexicon = new(() => new Lexicon(All()));

    private static IEnumerable<(string, string)> All()
    {
        foreach (var t in PrizeTerms) yield return (Prize, t);
        foreach (var t in CryptoTerms) yield return (Crypto, t);
        foreach (var t in CredentialTerms) yield return (Credential, t);
        foreach (var t in PaymentTerms) yield return (Payment, t);
        foreach (var t in CallbackTerms) yield return (Callback, t);
        foreach (var t in UrgencyTerms) yield return (Urgency, t);
        foreach (var t in DatingTerms) yield return (Dating, t);
        foreach (var t in RetailTerms) yield return (Retail, t);
        foreach (var t in AdvanceFeeTerms) yield return (AdvanceFee, t);
        foreach (var t in DeliveryTerms) yield return (Delivery, t);
        foreach (var t in PharmaTerms) yield return (Pharma, t);
        foreach (var t in InvestmentTerms) yield return (Investment, t);
        foreach (var t in ImpersonationTerms) yield return (Impersonation, t);
        foreach (var t in ExtortionTerms) yield return (Extortion, t);
        foreach (var t in GovernmentTerms) yield return (Government, t);
        foreach (var t in DocumentShareTerms) yield return (DocumentShare, t);
        foreach (var t in HarvestTerms) yield return (Harvest, t);
        foreach (var t in JobTerms) yield return (Job, t);
        foreach (var t in ColdSalesTerms) yield return (ColdSales, t);
        foreach (var t in LegalThreatTerms) yield return (LegalThreat, t);
        foreach (var t in DonationTerms) yield return (Donation, t);
    }

    // A legal threat to a stranger: a copyright or trademark claim, a takedown, a summons, proceedings unless the
    // reader acts before the "meeting", a third party registering the reader's brand as a domain, a licence audit.
    // Law firms and courts schedule hearings in plain words ("hearing", "case", "courtroom"); only the threat says what
    // happens to the reader if they do not click. Not "copyright" or "trademark" alone: every footer carries them.
    private static readonly string[] LegalThreatTerms =
    [
        "copyright infringement", "infringes the intellectual property", "infringes the copyright", "infringing content", "takedown notice",
        "dmca notice", "dmca takedown", "counter-notice", "used without permission", "without our permission", "without my permission",
        "legal proceedings", "issue proceedings", "legal action", "court action", "failure to appear", "judgement by default", "judgment by default",
        "default judgment", "default judgement", "commanded to appear", "notice to appear", "enforcement officer", "cease and desist",
        "statement of claim", "unlicensed use", "unlicensed image*", "trademark infringement", "brand infringement", "applied to register",
        "domain registration application", "internet keyword", "network keyword", "third party requested", "third party applied",
        "licence compliance", "license compliance", "compliance audit", "software audit", "unlicensed installations", "unlicensed software",
        "~infringement", "~infringes", "~subpoena", "~lawsuit", "~dmca", "~bailiff", "~summons", "~intellectual property", "~without permission",
        "urheberrechtsverletzung", "markenrechtsverletzung", "~abmahnung", "unterlassungserklärung", "gerichtliches verfahren", "gerichtlichen verfahrens",
        "rechtliche schritte", "versäumnisurteil", "~gerichtsvollzieher", "lizenzprüfung", "~ohne genehmigung",
        "violation du droit d'auteur", "atteinte au droit d'auteur", "~contrefaçon", "mise en demeure", "poursuites judiciaires", "action en justice",
        "~huissier", "citation à comparaître", "audit de licences", "~sans autorisation",
        "infracción de derechos de autor", "vulneración de derechos de autor", "acciones legales", "procedimiento judicial", "demanda judicial",
        "citación judicial", "auditoría de licencias", "~sin autorización",
        "violazione del diritto d'autore", "violazione del copyright", "azioni legali", "procedimento giudiziario", "~diffida", "ufficiale giudiziario",
        "~senza autorizzazione",
        "violação de direitos autorais", "violação de direitos de autor", "ação judicial", "medidas judiciais", "notificação extrajudicial",
        "~sem autorização",
        "inbreuk op het auteursrecht", "auteursrechtinbreuk", "juridische stappen", "gerechtelijke procedure", "~deurwaarder", "~sommatie",
        "~zonder toestemming",
        "naruszenie praw autorskich", "kroki prawne", "postępowanie sądowe", "wezwanie do sądu", "~komornik", "~bez zgody",
        "нарушение авторских прав", "судебный иск", "в судебном порядке", "повестка в суд", "досудебная претензия", "~судебные приставы",
        "~без разрешения",
        "telif hakkı ihlali", "yasal işlem", "hukuki işlem", "icra takibi", "mahkeme celbi", "~izinsiz",
        "παραβίαση πνευματικών δικαιωμάτων", "νομικά μέτρα", "δικαστική διαδικασία", "~κλήτευση", "~χωρίς άδεια",
        "הפרת זכויות יוצרים", "הליכים משפטיים", "צעדים משפטיים", "תביעה משפטית", "זימון לבית משפט", "~ללא רשות",
        "انتهاك حقوق الطبع", "انتهاك حقوق النشر", "إجراءات قانونية", "دعوى قضائية", "استدعاء للمحكمة", "~بدون إذن",
        "कॉपीराइट उल्लंघन", "कानूनी कार्रवाई", "अदालत का समन", "~बिना अनुमति",
        "ละเมิดลิขสิทธิ์", "ดำเนินคดี", "~หมายเรียก", "ขอจดทะเบียนโดเมน", "~โดยไม่ได้รับอนุญาต",
        "저작권 침해", "법적 조치", "법원 소환", "~소송", "~무단 사용",
        "著作権侵害", "法的措置", "無断使用", "ドメイン登録申請", "~訴訟", "~差し止め",
        "侵权通知", "侵犯版权", "版权侵权", "侵權通知", "侵犯版權", "法律行动", "法律诉讼", "域名注册申请", "网络关键字", "网络关键词", "~起诉",
        "~软件正版化", "~合规审计",
    ];

    // The donation appeal: give now through the link, gifts matched until midnight, every 30 dollars buys a family a
    // tent. Charities invite their donors to galas, runs and briefings with tickets and dates; the fraud after a flood
    // or an earthquake asks a stranger for money in the invitation itself.
    private static readonly string[] DonationTerms =
    [
        "donate now", "give now", "donate today", "matching donations", "donations are matched", "donations will be matched", "gift is matched",
        "gift today is matched", "donations are doubled", "doubled until midnight", "lost their homes", "lost everything", "emergency appeal",
        "disaster relief", "flood relief", "earthquake relief", "~your donation", "~your gift", "~donations", "~relief fund", "~victims",
        "faites un don", "dons sont doublés", "vos dons", "jetzt spenden", "spenden sie jetzt", "ihre spende", "spenden werden verdoppelt",
        "dona ahora", "tu donación", "dona ora", "la tua donazione", "doe agora", "sua doação", "doneer nu", "~doneer", "uw gift", "wordt verdubbeld",
        "wpłać teraz", "przekaż darowiznę", "пожертвуйте", "ваше пожертвование", "bağış yapın", "bağışınız", "κάντε δωρεά", "η δωρεά σας",
        "χωρίς σπίτι", "תרמו עכשיו", "התרומה שלך", "تبرع الآن", "تبرعك", "فقدت منازلها", "अभी दान करें", "आपका दान", "बेघर हो गए",
        "บริจาคตอนนี้", "ร่วมบริจาค", "지금 기부", "기부금", "今すぐ寄付", "寄付をお願い", "立即捐款", "您的捐款", "~捐款",
    ];

    // The unsolicited business pitch sent as a meeting: a call put on the reader's calendar uninvited, leads per month,
    // a conference's attendee list for sale, developers by the hour. Vendors' webinars invite to a session; these sell
    // to a stranger in the invitation itself.
    private static readonly string[] ColdSalesTerms =
    [
        // The home-energy pitch: free panels, a subsidy "up to 100 %", no upfront cost, the neighbours already signed.
        "free solar panels", "solar panels for free", "no upfront cost", "no upfront costs", "homeowners in your area", "~0% financing",
        "~solar grant", "~heat pump rebate", "~insulation grant", "kostenlose dachanalyse", "photovoltaik ohne anzahlung", "kostenlose solaranlage",
        "gratis zonnepanelen", "~gratis adviesgesprek", "solární panely zdarma", "fotovoltaiku zdarma", "fotovoltaika zdarma", "dotace až 100",
        "~nezávazná kalkulace", "pannelli solari gratis", "fotovoltaico gratis", "~sopralluogo gratuito", "placas solares gratis",
        "paneles solares gratis", "~sin coste inicial", "panneaux solaires gratuits", "~sans avance de frais", "darmowa fotowoltaika",
        "fotowoltaika za darmo", "~dotacja do 100", "painéis solares grátis", "gratis solceller", "~kostnadsfri energikartläggning",
        "took the liberty of", "taken the liberty of", "~on your calendar to", "qualified leads", "b2b leads", "leads per month", "leads every month",
        "appointments per month", "meetings per month", "~lead generation", "~attendee list", "~attendees list", "~delegate list", "verified contacts",
        "~decision makers", "dedicated developers", "offshore development", "~hire developers", "developers from $", "pricing and a sample",
        "interested in acquiring",
        "habe mir erlaubt", "die freiheit genommen", "qualifizierte leads", "leads pro monat", "~teilnehmerliste", "verifizierte kontakte",
        "je me suis permis", "leads qualifiés", "rendez-vous qualifiés", "~liste des participants", "contacts vérifiés",
        "me he tomado la libertad", "me tomé la libertad", "leads cualificados", "leads calificados", "~lista de asistentes", "contactos verificados",
        "mi sono permesso", "lead qualificati", "~lista dei partecipanti", "contatti verificati", "tomei a liberdade", "leads qualificados",
        "~lista de participantes", "contatos verificados", "ik ben zo vrij geweest", "gekwalificeerde leads", "~deelnemerslijst", "geverifieerde contacten",
        "pozwoliłem sobie", "pozwoliłam sobie", "leadów miesięcznie", "~lista uczestników", "zweryfikowanych kontaktów", "позволил себе",
        "лидов в месяц", "~список участников", "проверенных контактов", "kendime izin verdim", "~katılımcı listesi", "doğrulanmış kişi",
        "~参加者リスト", "~参会名单", "~참가자 명단", "~قائمة الحضور", "~רשימת המשתתפים", "~λίστα συμμετεχόντων",
        // The search-ranking pitch: "your site is not on Google's first page, we offer SEO". Vendors' webinars teach SEO;
        // only the pitch tells a stranger where their own site ranks.
        "first page of google", "page one of google", "google's first page", "first page on google", "गूगल के पहले पेज", "गूगल पर पहले पेज", "seo services", "seo package",
        "rank your website", "we noticed your website", "~your website is not", "~seo", "~backlinks", "~website redesign",
        "ersten seite von google", "ersten seite bei google", "erste seite bei google", "seo-dienstleistungen", "première page de google",
        "services seo", "~référencement naturel", "primera página de google", "servicios seo", "~posicionamiento web", "prima pagina di google",
        "servizi seo", "primeira página do google", "serviços de seo", "eerste pagina van google", "seo-diensten", "pierwszej stronie google",
        "usługi seo", "~pozycjonowanie stron", "первой странице google", "первой странице гугл", "первую страницу google", "~продвижение сайта",
        "першій сторінці google", "~просування сайту", "google'ın ilk sayfa", "google'da ilk sayfa", "seo hizmet", "πρώτη σελίδα της google",
        "υπηρεσίες seo", "गूगल के पहले पेज", "गूगल के पहले पृष्ठ", "seo सेवा", "googleの1ページ目", "検索上位", "seo対策", "谷歌首页", "百度首页",
        "seo优化", "~网站排名", "구글 첫 페이지", "검색 상위 노출", "seo 대행", "الصفحة الأولى من جوجل", "الصفحة الأولى في جوجل", "خدمات السيو",
        "העמוד הראשון בגוגל", "~קידום אתרים", "หน้าแรกของ google", "หน้าแรกของกูเกิล", "รับทำ seo", "trang đầu google", "dịch vụ seo",
        "halaman pertama google", "jasa seo",
        // The factory's and the list seller's mass pitch: factory-direct stock by minimum order, buyers' addresses to mail in bulk.
        "dear purchasing manager", "dear purchase manager", "dear procurement manager", "factory direct", "factory price", "~moq", "oem/odm",
        "oem & odm", "oem and odm", "~ready stock", "~immediate shipment", "importers database", "buyers database", "~buyers list", "~email list",
        "采购商邮箱", "一键群发", "开发信", "外贸客户开发", "客户开发软件", "工厂直销", "源头工厂", "现货供应", "海外买家",
        // "First page on Google, guaranteed": the same pitch with the other prepositions and the promised traffic.
        "prima pagina su google", "posizionamento garantito", "~aumenta le visite", "guaranteed first page", "guaranteed ranking",
        "~increase your website traffic", "primera página en google", "première page sur google", "erste seite auf google", "eerste pagina op google",
        "primeira página no google", "pierwsza strona google", "~posicionamiento garantizado", "~positionnement garanti", "~garantierte platzierung",
    ];

    private static readonly string[] PrizeTerms =
    [
        // en
        "you have won", "you've won", "you won", "you are a winner", "you're a winner", "lucky winner", "~winner*", "~prize*", "lottery", "jackpot",
        "claim your", "claim now", "claim it now", "gift card", "giftcard", "free gift", "free iphone", "~reward points", "cash prize", "~congratulations",
        "you have been selected", "you've been selected", "selected to receive", "~sweepstake*", "~raffle", "~giveaway", "~voucher", "~exclusive reward",
        "~loyalty reward", "survey reward", "complete the survey", "complete our survey", "spin the wheel", "mystery box",
        // de
        "gewonnen", "gewinner", "gewinnspiel", "hauptgewinn", "~gutschein", "geschenkkarte", "~herzlichen glückwunsch", "~glückwunsch",
        "sie wurden ausgewählt", "verlosung", "preisausschreiben", "~belohnung", "~einlösen",
        // nl
        "~gefeliciteerd", "u heeft gewonnen", "je hebt gewonnen", "kans op prijzen", "prijzen winnen", "prijs winnen", "kans te winnen", "winnaar",
        "verloten", "verloting", "cadeaukaart", "cadeaubon", "~waardebon", "~beloning", "claim je", "claim uw", "postcode loterij", "postcodeloterij",
        // fr
        "vous avez gagné", "gagnant", "~félicitations", "carte cadeau", "chèque cadeau", "~bon d'achat", "tirage au sort", "jeu concours",
        "~récompense", "cadeau gratuit", "vous avez été sélectionné", "réclamez votre",
        // es
        "has ganado", "ha ganado", "ganador", "ganadora", "~felicidades", "~enhorabuena", "tarjeta regalo", "~sorteo", "~recompensa", "reclama tu",
        "has sido seleccionado", "ha sido seleccionado",
        // it
        "hai vinto", "vincitore", "~congratulazioni", "buono regalo", "carta regalo", "sei stato selezionato", "~ricompensa",
        // pt
        "você ganhou", "ganhou um", "~parabéns", "vale-presente", "cartão presente", "~sorteio", "foi selecionado",
        // pl
        "wygrałeś", "wygrałaś", "wygrana", "~nagroda", "~gratulacje", "karta podarunkowa", "bon podarunkowy", "~losowanie", "zostałeś wybrany",
        // ru
        "вы выиграли", "выигрыш", "приз", "~поздравляем", "подарочная карта", "розыгрыш", "~вознаграждение", "вы выбраны",
        // tr
        "kazandınız", "~ödül", "hediye kartı", "~tebrikler", "~çekiliş",
        // ja, zh, ar
        "当選", "~おめでとうございます", "賞品", "ギフトカード", "懸賞", "中奖", "~恭喜", "奖品", "礼品卡", "抽奖", "~مبروك", "جائزة", "ربحت", "فزت",
        // more
        "your gift is waiting", "gift is waiting", "reward is waiting", "~thank you for your loyalty", "loyal customers", "pay only", "only pay shipping",
        "pay just", "answer 3 questions", "answer three questions", "3 quick questions", "quick survey", "~survey", "been drawn", "drawn as", "online draw",
        "unclaimed prize", "unclaimed reward", "~pending reward", "claims agent", "claims department", "batch no", "winning ticket number", "lucky ticket number", "~~ticket number", "~winning", "~reward", "~geschenk", "geschenkbox",
        "dankeschön für ihre treue", "~treue", "sind gewinner", "als gewinner", "gewinnspiel", "jetzt einlösen", "~umfrage", "enquête", "getrokken",
        "bent uitgekozen", "u bent geselecteerd", "je bent geselecteerd", "maak kans", "~deelname", "tiré au sort", "vous avez été choisi",
        "~cadeau", "~sorteado", "fuiste seleccionado", "has sido elegido", "~encuesta", "sei stato estratto", "è stato estratto", "~concorso",
        "ritira il premio", "~resgate", "foi sorteado", "você foi sorteado", "~ankieta", "зарегистрируйтесь и получите", "~hediye", "çekiliş", "~kazan",
        "当選しました", "抽選", "恭喜您", "您已中奖", "领取", "~bonus", "~compensation", "компенсаци*", "~выплат*",
        "~claim reward", "~reward waiting", "~collect your reward", "~daily reward", "~check in daily", "~giveaway is live", "~live giveaway",
        "~redeem", "~redeem them", "points expire", "points will expire", "~points", "~punten", "~punkte", "~points fidélité", "~puntos", "~punti", "~bonus points", "~your points", "~einlösen", "~échanger", "~canjear", "~riscatta", "~inwisselen",
        // Online casinos and betting: the sign-up or deposit bonus is the prize, sent as calendar spam above all in Korean,
        // Chinese, Indonesian, Thai and Vietnamese. The bare word "casino" is weak: conferences meet in casino hotels.
        "online casino", "casino online", "casino bonus", "free spins", "deposit bonus", "welcome bonus", "sports betting", "betting tips",
        "~~casino", "~jackpot", "casino en ligne", "casino en línea", "casinò online", "cassino online", "kasyno online", "online-casino",
        "онлайн казино", "онлайн-казино", "~казино", "ставки на спорт", "çevrimiçi casino", "bahis sitesi", "~bahis", "apuestas deportivas",
        "scommesse sportive", "온라인 카지노", "~카지노", "토토사이트", "바카라", "~슬롯", "첫 충전", "在线赌场", "博彩", "百家乐", "老虎机",
        "~赌场", "首充", "オンラインカジノ", "~カジノ", "ベット", "judi online", "slot gacor", "situs slot", "~slot online", "deposit pulsa",
        "คาสิโนออนไลน์", "~คาสิโน", "บาคาร่า", "~สล็อต", "sòng bạc trực tuyến", "~cá cược", "nhà cái", "ऑनलाइन कैसीनो", "~कैसीनो", "~सट्टा",
        "كازينو اون لاين", "~كازينو", "~קזינו", "~καζίνο", "online kasino", "~kasino",
        // The sign-up bonus and free spins in more languages, and the offer only an unlicensed casino can make: play
        // without the national self-exclusion register (CRUKS, Spelpaus, ROFUS, OASIS, GamStop) or a national licence.
        "no deposit bonus", "not on gamstop", "non gamstop", "without gamstop", "willkommensbonus", "einzahlungsbonus", "freispiele", "ohne oasis",
        "casino ohne lizenz", "casino ohne deutsche lizenz", "welkomstbonus", "stortingsbonus", "gratis spins", "zonder cruks", "casino zonder vergunning",
        "bonus de bienvenue", "tours gratuits", "bonus sans dépôt", "bono de bienvenida", "giros gratis", "bono sin depósito", "bonus di benvenuto",
        "giri gratis", "bonus senza deposito", "bônus de boas-vindas", "bónus de boas-vindas", "rodadas grátis", "bonus powitalny", "darmowe spiny",
        "bonus bez depozytu", "välkomstbonus", "insättningsbonus", "utan spelpaus", "ingen spelpaus", "utan svensk licens", "casino utan licens",
        "velkomstbonus", "uden rofus", "tervetuliaisbonus", "ilmaiskierrokset", "deneme bonusu", "hoş geldin bonusu", "bedava spin", "yatırım bonusu",
        "приветственный бонус", "бонус на депозит", "фриспины", "μπόνους καλωσορίσματος", "δωρεάν περιστροφές", "vstupní bonus", "bonus bez vkladu",
        "bonus de bun venit", "rotiri gratuite", "üdvözlő bónusz", "ingyenes pörgetés*", "入金不要ボーナス", "ウェルカムボーナス", "注册送彩金", "首存优惠",
        "가입머니", "첫충", "thưởng nạp đầu", "bonus new member", "โบนัสสมาชิกใหม่", "~مكافأة ترحيبية", "~בונוס הצטרפות", "~वेलकम बोनस",
        // Free spins where the list above had only the bonus or the casino.
        "फ्री स्पिन", "फ़्री स्पिन", "मुफ्त स्पिन", "मुफ़्त स्पिन", "免费旋转", "免費旋轉", "フリースピン", "무료 스핀", "ฟรีสปิน", "vòng quay miễn phí",
        "putaran gratis", "free spin gratis", "סיבובים חינם", "لفات مجانية", "دورات مجانية", "бесплатные вращения",
        "безкоштовні оберти", "volné otočky", "gratissnurr", "free spinů",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "internationale lotterie", "internationalen lotterie", "gewinnbenachrichtigung", "e-mail-adresse wurde gezogen", "ihren gewinn anzufordern",
        "~ihren gewinn", "~gewinnsumme",
        "internationale loterij", "e-mailadres is getrokken", "e-mailadres heeft gewonnen", "uw prijs claimen", "je prijs claimen", "~prijzengeld",
        "~loterij",
        "loterie internationale", "adresse e-mail a gagné", "réclamer votre prix", "réclamer votre gain", "notification de gain", "~votre gain",
        "~loterie",
        "lotería internacional", "su correo electrónico ganó", "reclamar su premio", "reclame su premio", "notificación de premio", "~su premio",
        "~lotería",
        "lotteria internazionale", "riscuotere il premio", "reclamare il premio", "notifica di vincita", "~il tuo premio", "~vincita", "~lotteria",
        "lotaria internacional", "resgatar seu prêmio", "reivindicar seu prêmio", "reivindicar o seu prémio", "notificação de prêmio", "~seu prêmio",
        "międzynarodowej loterii", "międzynarodowa loteria", "odbierz swoją nagrodę", "twój adres e-mail wygrał", "zostałeś zwycięzcą",
        "~odebrać nagrodę", "~loterii",
        "международной лотереи", "международная лотерея", "электронной почты выиграл", "получить свой приз", "заберите свой приз",
        "вы стали победителем", "~лотере*",
        "ви виграли", "ви стали переможцем", "міжнародної лотереї", "отримайте свій приз", "заберіть свій приз", "~подарункову картку", "~вітаємо",
        "uluslararası piyango", "e-posta adresiniz kazandı", "ödülünüzü talep", "şanslı kazanan", "~piyango",
        "国際宝くじ", "メールアドレスが選ばれ", "メールアドレスが当選", "当選者に選ばれ", "~賞金の受け取り", "~賞金を受け取",
        "国际彩票", "邮箱地址中奖", "电子邮件地址被选中", "领取您的奖金", "幸运中奖者", "中獎", "領取獎金",
        "당첨되셨습니다", "당첨되었습니다", "복권에 당첨", "국제 복권", "~경품", "~상품권", "~축하드립니다",
        "اليانصيب الدولي", "يانصيب دولي", "فاز بريدك الإلكتروني", "فاز بريدك الالكتروني", "الفائز المحظوظ", "استلام جائزتك",
        "~بطاقة هدية",
        "זכית בפרס", "זכית בהגרלה", "זכתה בהגרלה", "נבחרת לקבל", "לממש את הפרס", "~הגרלה", "~כרטיס מתנה", "~מזל טוב",
        "~κερδίσατε", "κέρδισες", "τυχερός νικητής", "διεθνούς λοταρίας", "διεθνή λοταρία", "~δωροκάρτα", "~συγχαρητήρια", "~έπαθλο",
        "आपने लॉटरी जीती", "आपको विजेता चुना गया", "अंतरराष्ट्रीय लॉटरी", "अंतर्राष्ट्रीय लॉटरी", "अपना इनाम प्राप्त करें", "~लकी ड्रा", "~इनाम राशि",
        "~बधाई हो",
        "~คุณได้รับรางวัล", "ถูกรางวัลใหญ่", "ลอตเตอรี่ระหว่างประเทศ", "กดรับรางวัล", "~ผู้โชคดี", "~บัตรของขวัญ", "~ยินดีด้วย",
        "trúng thưởng", "xổ số quốc tế", "~trúng giải", "~nhận phần thưởng", "~thẻ quà tặng", "~chúc mừng bạn", "~bạn đã được chọn", "~trung thuong",
        "anda memenangkan", "anda telah memenangkan", "pemenang undian", "undian internasional", "klaim hadiah", "~hadiah anda", "~kartu hadiah",
        "~anda terpilih",
        "vyhrál jste", "vyhrála jste", "vyhráli jste", "stal jste se výhercem", "mezinárodní loterie", "mezinárodní loterii", "vyzvedněte si výhru",
        "~dárkovou kartu", "~gratulujeme",
        "du har vunnit", "lycklig vinnare", "internationella lotteriet", "internationellt lotteri", "hämta ut ditt pris", "lös in ditt pris",
        "~presentkort", "~grattis",
        "ați câștigat", "ai câștigat", "câștigătorul norocos", "loteria internațională", "loteriei internaționale", "revendicați premiul",
        "~card cadou", "~felicitări",
        "ön nyert", "nemzetközi lottó", "nemzetközi lottón", "szerencsés nyertes", "vegye át nyereményét", "igényelje nyereményét", "~ajándékkártya",
        "~gratulálunk", "~nyeremény*",
        "~הבונוס שלך", "~~מתנה", "~bonus wartet", "~votre bonus", "~tu bono", "~il tuo bonus", "~seu bônus", "~twój bonus", "~ваш бонус",
        // Sports betting and poker rooms: odds boosts, stakes, prize pools, the first-deposit bonus.
        "odds boost", "~max stake", "free bet", "bet through the link", "place your bet", "~poker tournament", "~prize pool", "фриспин*",
        "пополните счёт", "пополните счет", "первый депозит", "첫 입금", "입금 보너스", "입금하시면", "入金ボーナス", "初回入金",
        // Slots, free credit and the deposit bonus in Thai and Hindi; "your prize is waiting" in Arabic.
        "เครดิตฟรี", "ฝากถอนไม่มีขั้นต่ำ", "สล็อตเว็บตรง", "~โบนัส", "दांव लगाएं", "पहली डिपॉज़िट", "~बोनस", "जैकपॉट", "جائزتك بانتظارك",
        "لم تستلم جائزتك", "~جائزتك", "~جائزة",
        // The lottery winner who gives part of his win away, in Thai.
        "ผู้ชนะลอตเตอรี", "~ลอตเตอรี่", "~ลอตเตอรี",
    ];

    private static readonly string[] CryptoTerms =
    [
        "bitcoin", "~btc", "~ethereum", "usdt", "~crypto", "cryptocurrency", "crypto wallet", "wallet verification", "verify your wallet",
        "seed phrase", "recovery phrase", "secret phrase", "~private key", "airdrop", "token claim", "claim your token*", "metamask", "trust wallet",
        "trustwallet", "~coinbase", "~binance", "~kraken", "ledger live", "phantom wallet", "exodus wallet", "~blockchain", "~nft", "~defi", "~web3",
        "wallet has not been verified", "wallet will be suspended", "sync your wallet", "validate your wallet", "connect your wallet",
        "kryptowährung", "~krypto", "cryptomonnaie", "criptomoneda", "criptovaluta", "criptomoeda", "kryptowaluta", "криптовалют*", "биткоин",
        "~kripto", "暗号資産", "ビットコイン", "加密货币", "比特币", "~钱包",
        // more
        "cloud mining", "mining contract", "~mining", "~payout", "awaiting approval", "approve the payout", "to your wallet", "your wallet", "wallet sync",
        "sync required", "12-word", "24-word", "12 word", "24 word", "restore your balance", "giving away", "~giveaway", "receive double", "double back",
        "send between", "kyc verification", "~kyc", "~billetera", "~carteira", "~portefeuille", "~cüzdan", "~кошел*", "~solana", "~airdrop", "claim window",
        "firmware update", "~ledger", "recovery seed", "wallet restricted", "withdrawal", "~withdraw",
        "~~wallet", "~~exchange", "~~token", "~~tokens", "~~coin", "~~coins", "~~staking", "~~stake", "~~yield", "~~apy", "~~miner", "~~defi", "~~seed", "~~phrase", "~~withdraw", "~~deposit", "~~balance", "~~portfolio", "~~trading", "~~trader", "~~signals", "~~pump", "~~profit", "~~profits", "~~returns", "~~roi", "~~invest", "~~investment", "~~usdc", "~~solana", "~~dogecoin", "~~xrp", "~~altcoin", "~~presale", "~~whitelist", "~~eth", "~~krypto", "~~kripto", "~~cripto", "~~bitcoins",
        // Coins and wallets in more scripts.
        "κρυπτονόμισμα", "κρυπτονομίσματα", "μπιτκόιν", "~πορτοφόλι", "ביטקוין", "~קריפטו", "~ארנק דיגיטלי", "بيتكوين", "العملات المشفرة",
        "~عملات رقمية", "~محفظة", "बिटकॉइन", "~क्रिप्टो", "~वॉलेट", "บิตคอยน์", "~คริปโต", "~กระเป๋าเงินดิจิทัล", "비트코인", "암호화폐", "가상화폐", "~지갑",
        "仮想通貨", "~ウォレット", "虚拟货币", "虛擬貨幣", "~數字貨幣", "~数字货币",
    ];

    private static readonly string[] CredentialTerms =
    [
        "verify your account", "verify your identity", "confirm your identity", "confirm your account", "account suspended", "account has been suspended",
        "account will be suspended", "account has been locked", "account locked", "account will be closed", "account will be deactivated",
        "password expires", "password will expire", "password expired", "password has expired", "keep your password", "keep same password",
        // The expiring password in the languages that lacked it, as the English above (IT notices say it too; alone it
        // is one term).
        "contraseña caduca", "contraseña expira", "contraseña vence", "password scade", "password è scaduta", "password scadrà", "senha expira",
        "senha expirou", "hasło wygasa", "hasło wygaśnie", "срок действия пароля", "пароль истекает", "термін дії пароля", "şifrenizin süresi",
        "parolanızın süresi", "λήξη κωδικού", "κωδικός πρόσβασης λήγει", "κωδικός σας λήγει", "كلمة المرور تنتهي", "انتهاء صلاحية كلمة المرور",
        "הסיסמה שלך תפוג", "תוקף הסיסמה", "पासवर्ड की समय सीमा", "पासवर्ड समाप्त", "密码即将过期", "密码已过期", "パスワードの有効期限",
        "비밀번호가 만료", "비밀번호 만료", "รหัสผ่านหมดอายุ", "mật khẩu hết hạn", "kata sandi kedaluwarsa", "platnost hesla", "lösenordet går ut",
        // "Keep your current password": the expiring-password phish's button. IT notices ask for a new password, never
        // offer to keep the old one.
        "keep current password", "keep your current password", "keep the same password", "aktuelles passwort beibehalten",
        "passwort beibehalten", "conserver votre mot de passe", "garder le même mot de passe", "mantener su contraseña", "mantener la misma contraseña",
        "conservar su contraseña", "manter sua senha", "manter a senha atual", "mantenere la password", "mantieni la password",
        "huidige wachtwoord behouden", "wachtwoord behouden", "zachować obecne hasło", "zachowaj obecne hasło", "сохранить текущий пароль",
        "сохранить пароль", "зберегти поточний пароль", "mevcut şifrenizi koru", "şifrenizi korumak", "الاحتفاظ بكلمة المرور", "לשמור על הסיסמה",
        "διατηρήσετε τον κωδικό", "पासवर्ड बनाए रख", "現在のパスワードを維持", "パスワードを維持", "保留当前密码", "保持当前密码", "保留目前密碼",
        "保留當前密碼", "현재 비밀번호를 유지", "비밀번호를 유지", "비밀번호가 오늘 만료", "รหัสผ่านเดิม", "giữ mật khẩu hiện tại",
        "pertahankan kata sandi",
        "mailbox is full", "mailbox full", "storage is full", "storage full", "quota exceeded", "email quota", "unusual sign-in", "~unusual activity",
        "suspicious activity", "suspicious login", "~security alert", "unauthorized access", "unauthorised access", "reactivate your account",
        "update your payment information", "update your billing", "~update your details", "validate your account", "~re-confirm", "reconfirm your",
        "sign in to review", "log in to review", "login to review", "login to confirm", "log in to confirm", "shared a document with you",
        "shared a file with you", "view shared document", "~review document", "~review and sign", "pending documents", "~secure message",
        "immediate action required", "~action required", "~multi-factor", "has been disabled", "has not yet been verified", "security compromised",
        // "Re-register your multi-factor authentication": the MFA re-enrolment phish, as "multi-factor" above, in more languages.
        "~zwei-faktor", "~mehrstufige authentifizierung", "~multi-facteur", "~double authentification", "~autenticación multifactor",
        "~autenticação multifator", "~autenticazione a più fattori", "~tweestapsverificatie", "~uwierzytelnianie wieloskładnikowe",
        "~многофакторн", "~двухфакторн", "~çok faktörlü", "~多要素認証", "~二要素認証", "~二段階認証", "~多因素认证", "~多重要素驗證", "~다단계 인증",
        "~2단계 인증", "~המאמת הדו-שלבי", "~אימות דו-שלבי", "~المصادقة متعددة العوامل", "~المصادقة الثنائية", "~πολυπαραγοντικ", "~बहु-कारक",
        "~การยืนยันตัวตนแบบหลายปัจจัย", "~xác thực đa yếu tố", "~autentikasi multifaktor",
        // de
        "konto gesperrt", "konto wurde gesperrt", "konto verifizieren", "bestätigen sie ihre", "bestätigen sie ihr", "ihr passwort läuft ab",
        "passwort läuft", "verdächtige aktivität", "~sicherheitswarnung", "ungewöhnliche anmeldung", "daten aktualisieren", "identität bestätigen",
        // nl
        "account geblokkeerd", "rekening geblokkeerd", "verifieer uw", "verifieer je", "bevestig uw gegevens", "bevestig je gegevens", "wachtwoord verloopt",
        "verdachte activiteit", "gegevens bijwerken", "~beveiligingswaarschuwing", "contactgegevens in",
        // fr
        "compte suspendu", "compte bloqué", "vérifiez votre compte", "vérifier votre identité", "confirmez votre identité", "mot de passe expire",
        "activité suspecte", "~alerte de sécurité", "mettre à jour vos informations",
        // es, it, pt, pl, ru, tr, ja, zh
        "cuenta suspendida", "cuenta bloqueada", "verifique su cuenta", "verifica tu cuenta", "confirme su identidad", "contraseña caduca",
        "actividad sospechosa", "account sospeso", "verifica il tuo account", "conferma la tua identità", "attività sospetta", "conta suspensa",
        "verifique sua conta", "atividade suspeita", "konto zablokowane", "zweryfikuj swoje", "potwierdź swoją", "podejrzana aktywność",
        "аккаунт заблокирован", "подтвердите свою", "подозрительная активность", "hesabınız askıya", "hesabınızı doğrulayın", "şüpheli etkinlik",
        "アカウントが停止", "本人確認", "不正アクセス", "账户已被冻结", "验证您的账户", "异常登录",
        // more
        "new voicemail", "voicemail from", "voice message", "~missed call", "shared document", "shared file", "document shared", "for signature",
        "~review the document", "~please review", "document partagé", "pour signature", "gedeeld document", "geteiltes dokument", "dokument geteilt",
        "documento compartido", "documento condiviso", "mailbox migration", "re-authenticate", "reauthenticate", "~migration", "must reset",
        "reset their password", "reset your password", "password reset", "~suspended", "~restricted", "has been restricted", "~locked", "unlock now",
        "~~verify", "~~verification", "bank details", "banking details", "~bankgegevens", "bankverbindung", "bankdaten", "coordonnées bancaires",
        "datos bancarios", "dati bancari", "dados bancários", "dane bankowe", "~gesperrt", "~geblokkeerd", "~bloqueada", "~bloqueado", "~suspendu",
        "~sospeso", "~zablokowane", "~заблокирован*", "~askıya", "~停止", "~sperre", "~verifizieren", "~vérifier", "~verificar", "~verificare",
        "~weryfikacja", "~верификац*", "~doğrula*", "~認証", "~验证", "log in to", "sign in to", "~~login", "~~sign in", "~anmelden", "~inloggen",
        "~connectez-vous", "~inicia sesión", "~accedi", "~zaloguj", "~войдите", "~giriş yap", "~ログイン", "~登录", "~pushtan", "~tan-verfahren",
        "~betaalpas", "~pinpas", "~cpf", "~госуслуг*", "~e-devlet", "~edevlet", "~payroll", "~nómina", "~salary adjustment", "~gehaltsabrechnung",
        "storage quota", "mailbox has reached", "will be rejected", "increase storage", "~cloud recording", "~recording available", "work account",
        "direct deposit", "deposit details", "~postfach", "~deaktiviert", "~desactivada", "~désactivé", "~disattivato", "~inactive", "~inaktiv",
        "has been flagged", "computer is infected", "sign in with your e-mail credentials", "sign in with your email credentials",
        "enter your email credentials", "enter your e-mail credentials", "with your email password", "with your e-mail password",
        "mit ihren e-mail-zugangsdaten", "avec vos identifiants de messagerie", "con sus credenciales de correo", "con le credenziali della tua email",
        "com as credenciais do seu e-mail", "met uw e-mailgegevens", "danymi logowania do poczty",
        // "The file is protected; open it with your corporate e-mail": the document as the reason to sign in.
        "with your corporate email", "with your corporate e-mail", "with your business email", "with your work email",
        "acesse com seu e-mail", "acesse com seu email", "com seu e-mail corporativo", "con su correo corporativo", "con tu correo corporativo",
        "con la tua email aziendale", "con il tuo indirizzo email aziendale", "avec votre e-mail professionnel", "avec votre adresse professionnelle",
        "mit ihrer geschäftlichen e-mail", "mit ihrer firmen-e-mail", "met uw zakelijke e-mail", "służbowym adresem e-mail", "рабочей почтой",
        "корпоративной почты", "kurumsal e-postanızla", "会社のメールアドレスで", "企业邮箱登录", "회사 이메일로", "~file is protected",
        "~document is protected", "~arquivo está protegido", "~documento está protegido", "~archivo está protegido", "~file è protetto",
        "~fichier est protégé", "~datei ist geschützt", "accesso anomalo", "temporaneamente sospeso", "~pendências", "~regularize",
        "~evitar multa", "~申报", "~登录", "حسابك", "~تعليق", "~تحديث", "~تأكيد", "~بياناتك", "~اضغط", "تم تعليق", "~mot de passe",
        "~passwort", "~wachtwoord", "~contraseña", "~senha", "~hasło", "~пароль", "~şifre", "~パスワード", "~密码", "~melden sie sich", "~keep access",
        "~avoid interruption", "~interruption of", "~service will be", "~will be deactivated", "~will be disabled", "~will be deleted",
        "~~account", "~~password", "~~login", "~~log in", "~~sign in", "~~verify", "~~verification", "~~confirm", "~suspend", "~suspended", "~locked", "~unusual", "~~security", "~~expire", "~~expires", "~~expired", "~mailbox", "~quota", "~~storage", "~~update", "~reactivate", "~~restore", "~~access", "~deactivated", "~disabled", "~unlock", "~mfa", "~2fa", "~authentication", "~credentials", "~konto", "~passwort", "~compte", "~cuenta", "~conto", "~conta", "~rekening", "~wachtwoord", "~hasło", "~аккаунт", "~hesap", "~アカウント", "~账户",
        "meta for business", "~facebook page", "business manager", "community standards", "verify ownership", "scheduled for deletion", "will be permanently deleted", "copyright violation", "~violated", "~voice message", "~listen", "access will be restricted", "~recent activity", "~before the deadline", "~restricted", "~valider", "~validez", "~valida", "~valideer", "~bestätigen", "~confirmez", "~confirme", "~bevestig", "~potwierdź", "~webmail", "~boîte de messagerie", "~postfach", "~buzón", "~casella", "~mailbox",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "ihr postfach ist voll", "postfach wird deaktiviert", "postfach wird gesperrt", "konto wird deaktiviert", "~speicherplatz ist voll",
        "~postfach wird gelöscht",
        "je mailbox is vol", "uw mailbox is vol", "account wordt gedeactiveerd", "account wordt opgeschort", "bevestig uw wachtwoord",
        "bevestig je wachtwoord",
        "boîte aux lettres est pleine", "boîte mail est pleine", "compte sera désactivé", "compte sera suspendu", "comptes sera suspendu",
        "~sera suspendu", "~doit être réactivé", "confirmez votre mot de passe",
        "buzón está lleno", "cuenta será suspendida", "cuenta será desactivada", "confirme su contraseña", "confirma tu contraseña",
        "casella di posta è piena", "account verrà sospeso", "account verrà disattivato", "account sarà disattivato", "conferma la tua password",
        "caixa de correio está cheia", "caixa postal está cheia", "conta será suspensa", "conta será desativada", "confirme sua senha",
        "skrzynka pocztowa jest pełna", "konto zostanie zawieszone", "konto zostanie dezaktywowane", "konto zostanie zablokowane",
        "potwierdź swoje hasło",
        "почтовый ящик переполнен", "подтвердите свой аккаунт", "подтвердите свой пароль", "подтвердите учетную запись", "подтвердите учётную запись",
        "~будет деактивирован",
        // "Confirm your card details to receive the payment", "your debit card expires, request a new one to avoid blocking".
        "підтвердіть дані картки", "підтвердіть дані своєї картки", "подтвердите данные карты", "uw betaalpas verloopt", "je betaalpas verloopt",
        "vraag direct een nieuwe pas aan", "~blokkering te voorkomen", "ihre bankkarte läuft ab", "votre carte bancaire expire",
        "su tarjeta caduca", "la tua carta scade", "seu cartão expira",
        "обліковий запис заблоковано", "підтвердіть свій обліковий запис", "поштова скринька переповнена", "скриньку переповнено",
        "підтвердіть свій пароль", "~буде заблоковано", "~термін дії пароля", "~підозріла активність",
        "posta kutunuz dolu", "hesabınız devre dışı", "şifrenizi doğrulayın", "~hesabınız kapatılacak",
        "アカウントが一時停止", "アカウントを凍結", "メールボックスが一杯", "メールボックスがいっぱい", "利用制限がかかって", "~パスワードの有効期限が切れ", "~メールボックスの容量",
        "您的邮箱已满", "邮箱容量已满", "账户将被停用", "账户将被暂停", "帐户将被暂停", "确认您的密码", "验证您的帐户", "您的帳戶將被停用", "驗證您的帳戶",
        "계정이 정지", "계정이 일시 정지", "계정이 비활성화", "계정이 잠겼", "메일함 용량이 초과", "사서함이 가득", "~비밀번호를 확인", "~계정을 확인하",
        "صندوق بريدك ممتلئ", "سيتم تعليق حسابك", "سيتم إيقاف حسابك", "سيتم ايقاف حسابك", "تحقق من حسابك", "أكد كلمة المرور", "~نشاط مشبوه",
        "החשבון שלך יושעה", "החשבון שלך ננעל", "פעילות חריגה", "לאמת את פרטיך", "~אימות חשבון", "תיבת הדואר שלך מלאה", "אמת את החשבון", "אמתו את החשבון", "~הסיסמה שלך תפוג", "~פעילות חשודה",
        "λογαριασμός σας έχει ανασταλεί", "λογαριασμός σας θα απενεργοποιηθεί", "επαληθεύστε τον λογαριασμό σας", "γραμματοκιβώτιό σας είναι γεμάτο",
        "γραμματοκιβώτιο σας είναι γεμάτο", "επιβεβαιώστε τον κωδικό πρόσβασης", "~ύποπτη δραστηριότητα", "~θα ανασταλεί",
        "आपका खाता निलंबित", "अपना खाता सत्यापित करें", "मेलबॉक्स भर गया", "~पासवर्ड की पुष्टि करें", "~खाता बंद हो जाएगा", "~केवाईसी अपडेट",
        "~संदिग्ध गतिविधि",
        "kyc update", "update your kyc", "kyc expire*", "kyc pending", "~kyc समाप्त", "kyc अपडेट", "~לעדכן את פרטיך", "~תוגבל",
        "บัญชีของคุณถูกระงับ", "บัญชีของคุณจะถูกระงับ", "บัญชีของท่านถูกระงับ", "ยืนยันตัวตนภายใน", "การเข้าสู่ระบบที่ผิดปกติ", "ยืนยันบัญชีของคุณ", "กล่องจดหมายของคุณเต็ม", "~ยืนยันตัวตน", "~รหัสผ่านของคุณจะหมดอายุ",
        "~กิจกรรมที่น่าสงสัย",
        "tài khoản của bạn đã bị khóa", "tài khoản của bạn sẽ bị khóa", "xác minh tài khoản của bạn", "hộp thư của bạn đã đầy", "~sẽ bị vô hiệu hóa",
        "~xác nhận mật khẩu", "~hoạt động đáng ngờ",
        "akun anda ditangguhkan", "akun anda akan diblokir", "akun anda akan dinonaktifkan", "verifikasi akun anda", "kotak surat anda penuh",
        "konfirmasi kata sandi anda", "~aktivitas mencurigakan",
        "účet bude zablokován", "účet byl pozastaven", "ověřte svůj účet", "poštovní schránka je plná", "potvrďte své heslo",
        "~platnost hesla vyprší", "~podezřelá aktivita",
        "ditt konto kommer att stängas", "ditt konto har spärrats", "verifiera ditt konto", "din inkorg är full", "din brevlåda är full",
        "bekräfta ditt lösenord", "~ditt lösenord går ut", "~misstänkt aktivitet",
        "contul tău a fost blocat", "contul dumneavoastră a fost suspendat", "verificați-vă contul", "verifică-ți contul",
        "căsuța poștală este plină", "confirmați parola", "~va fi suspendat", "~activitate suspectă",
        "fiókját felfüggesztjük", "fiókja felfüggesztésre került", "fiókját letiltjuk", "erősítse meg fiókját", "postafiókja megtelt",
        "erősítse meg jelszavát", "~gyanús tevékenység", "~jelszava lejár",
        // The virus scare ("your computer is infected"), as above, in more languages.
        "device is infected", "phone is infected", "~viruses detected", "~virus detected", "ist mit einem virus infiziert", "~virus erkannt",
        "is geïnfecteerd", "~virus gedetecteerd", "est infecté", "~virus détecté", "está infectado", "~virus detectado", "è infettato",
        "~virus rilevato", "~vírus detectado", "jest zainfekowany", "~wykryto wirusa", "заражен вирусом", "~обнаружен вирус", "virüs bulaştı",
        "~virüs tespit edildi", "ウイルスに感染", "~ウイルスを検出", "感染了病毒", "~检测到病毒", "바이러스에 감염", "~바이러스가 발견", "مصاب بفيروس",
        "נגוע בווירוס", "μολυνθεί από ιό", "वायरस से संक्रमित", "ติดไวรัส", "bị nhiễm virus", "terinfeksi virus",
    ];

    private static readonly string[] PaymentTerms =
    [
        "~invoice", "payment received", "payment confirmation", "payment has been processed", "~payment of", "has been charged", "will be charged",
        "automatic charge", "auto-renewal", "auto renewal", "automatically renewed", "subscription has been renewed", "~subscription renewal",
        "renewal of", "~membership renewal", "~order confirmation", "~order number", "~purchase confirmation", "~transaction id", "transaction verified",
        "~billing period", "~total amount", "~amount due", "total charged", "~refund", "chargeback", "~receipt number", "payment failed", "~unpaid",
        "~overdue", "outstanding balance", "estimate invoice", "license key", "membership id",
        "~rechnung", "~zahlung", "zahlungsbestätigung", "abbuchung", "~rückerstattung", "~mahnung", "~factuur", "~betaling", "betalingsbevestiging",
        "~terugbetaling", "~facture", "~paiement", "~remboursement", "prélèvement", "~factura", "~pago", "~reembolso", "~fattura", "~pagamento",
        "~rimborso", "~fatura", "~cobrança", "~faktura", "~płatność", "~zwrot", "~счёт", "счет на оплату", "~оплата", "~возврат", "~ödeme", "~iade",
        "~請求書", "~お支払い", "~支払い", "~返金", "~发票", "~付款", "~退款", "~账单",
        // more
        "~payment declined", "payment was declined", "card declined", "~open amount", "offener betrag", "openstaand", "openstaande", "~teruggave",
        "~devolución", "tax refund", "~vergi iadesi", "vergi iadeniz", "~退税", "~税金", "~impôts", "~belastingdienst", "~receita federal", "~inps",
        "~agenzia delle entrate", "~hmrc", "~irs", "~update payment", "~pending payment", "~zahlung ausstehend", "~paiement en attente",
        "~renovação", "~assinatura", "~renovación", "~suscripción", "~rinnovo", "~abbonamento", "~verlängerung", "~abonnement", "~renouvellement",
        "~odnowienie", "~subskrypcja", "~продление", "~подписка", "~yenileme", "~abonelik", "~自動更新", "~订阅", "~续订", "~renewal", "~renewed",
        "~subscription", "~membership",
        // The "payment advice" document, the commonest name of a shared phishing page after "invoice".
        "payment advice", "remittance advice", "zahlungsavis", "avis de paiement", "aviso de pago", "avviso di pagamento", "betalingsadvies",
        "aviso de pagamento", "awizo płatności",
        "~invoice", "~payment", "~paid", "~unpaid", "~overdue", "~due", "~charge", "~charged", "~refund", "~receipt", "~billing", "~bill", "~amount", "~balance", "~transaction", "~order", "~purchase", "~renewal", "~renewed", "~subscription", "~card", "~declined", "~failed", "~pending",
        // Invoice, payment, refund and renewal words in more scripts.
        "~τιμολόγιο", "~πληρωμή", "~επιστροφή χρημάτων", "~ανανέωση συνδρομής", "~χρέωση", "~חשבונית", "~תשלום", "~החזר כספי", "~חידוש מנוי",
        "~חיוב", "~فاتور*", "~الدفع", "~استرداد", "~تجديد الاشتراك", "~تم خصم", "~चालान", "~भुगतान", "~रिफंड", "~सदस्यता नवीनीकरण",
        "~ใบแจ้งหนี้", "~ชำระเงิน", "~คืนเงิน", "~ต่ออายุสมาชิก", "~청구서", "~결제", "~환불", "~구독 갱신", "~자동 결제", "~決済",
        // The renewal already charged: Turkish and Hindi write it in suffixed forms.
        "aboneliğiniz", "otomatik olarak yenilen*", "tahsil edilecek*", "~kartınızdan", "~नवीनीकरण", "~सब्सक्रिप्शन", "~काटी जाएगी", "खाते से काटी",
    ];

    private static readonly string[] CallbackTerms =
    [
        "~call us", "call now", "call immediately", "~call our", "~please call", "~contact us at", "helpline", "help line", "~hotline", "support number",
        "~customer care", "customer support number", "technical support number", "~toll free", "~toll-free", "service helpdesk", "phone assistance",
        "billing department", "if you did not authorize", "if you didn't authorize", "if you did not make this", "if you didn't make this",
        "did not authorize this", "to cancel this", "to dispute", "to request a refund", "cancellation department", "customer help line",
        "~rufen sie", "~unter der nummer", "~bel ons", "~bel direct", "~appelez", "~llame", "~llámenos", "~chiami", "~chiamaci", "~ligue para",
        "~zadzwoń", "~позвоните", "~bizi arayın", "~お電話", "~请致电", "~致电",
        "~arayınız", "~müşteri hizmetlerini arayın", "~يرجى الاتصال", "~الاتصال بخدمة العملاء",
        // more
        "~call back", "~ruf mich", "~rückruf", "~bel me", "~rappelez", "~llámame", "~richiamami", "~contract support", "~claims line",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "falls sie diese bestellung nicht", "wenn sie diese bestellung nicht", "wenn sie diesen kauf nicht", "diese zahlung nicht autorisiert",
        "stornierungsabteilung", "~betrugsabteilung", "~um die bestellung zu stornieren",
        "als u deze bestelling niet", "als je deze bestelling niet", "indien u deze aankoop niet", "niet door u geautoriseerd", "annuleringsafdeling",
        "~fraudeafdeling", "~om de bestelling te annuleren",
        "pas effectué cette commande", "pas effectué cet achat", "pas autorisé cette transaction", "origine de cette transaction", "~service des annulations",
        "~service des fraudes", "~pour annuler cette commande",
        "no realizó esta compra", "no realizaste esta compra", "no reconoce este cargo", "no autorizó este cargo", "departamento de cancelaciones",
        "~departamento de fraudes", "~para cancelar este pedido",
        "non hai effettuato questo acquisto", "non ha effettuato questo acquisto", "non riconosci questo addebito", "non riconosce questo addebito",
        "non ha autorizzato questo addebito", "~reparto frodi", "~reparto cancellazioni",
        "não fez esta compra", "não reconhece esta compra", "não reconhece esta cobrança", "não autorizou esta compra", "~central de cancelamento",
        "nie dokonałeś tego zakupu", "nie dokonałaś tego zakupu", "nie autoryzowałeś tej transakcji", "nie rozpoznajesz tej transakcji", "~dział ds. oszustw",
        "~dział anulowania",
        "не совершали эту покупку", "не совершали этот платеж", "не совершали этот платёж", "не совершали эту операцию", "не оформляли этот заказ",
        "для отмены заказа позвоните", "~отдел по борьбе с мошенничеством", "~службу безопасности банка",
        "не здійснювали цю покупку", "не здійснювали цей платіж", "не здійснювали цю операцію", "не оформлювали це замовлення",
        "~службу безпеки банку", "~щоб скасувати замовлення",
        "~siz vermediyseniz", "siz yapmadıysanız", "siz onaylamadıysanız", "~dolandırıcılık departmanı", "~iptal departmanı",
        "~iptal etmek için arayın",
        "身に覚えのないご注文", "キャンセルするにはお電話", "~身に覚えのない請求", "~身に覚えのない決済", "~キャンセルをご希望の場合", "~不正利用窓口",
        "取消订单请致电", "如需退款请致电", "非本人操作请立即致电", "~如非本人操作", "~客服热线", "~退款专线",
        "주문하신 적이 없", "결제하신 적이 없", "본인이 결제하지 않", "~본인이 아닌 경우", "~해외결제",
        "لم تقم بهذه العملية", "لم تقم بهذا الطلب", "لم تقم بهذه المعاملة", "لم تقم بهذا الشراء", "~قسم مكافحة الاحتيال", "~لإلغاء الطلب",
        "לא ביצעת את ההזמנה", "לא ביצעת את הרכישה", "לא ביצעת את העסקה", "~אם לא ביצעת", "~מחלקת הונאות", "~לביטול ההזמנה",
        "δεν κάνατε εσείς", "δεν πραγματοποιήσατε εσείς", "δεν εξουσιοδοτήσατε", "~αν δεν πραγματοποιήσατε", "~τμήμα απάτης", "~τμήμα ακυρώσεων",
        "यह ऑर्डर नहीं किया", "यह लेनदेन नहीं किया", "रद्द करने के लिए कॉल करें", "~अगर यह आपने नहीं किया", "~धोखाधड़ी विभाग",
        "ไม่ได้ทำรายการนี้", "ไม่ได้สั่งซื้อ", "~ฝ่ายป้องกันการทุจริต", "~เพื่อยกเลิกคำสั่งซื้อ",
        "không thực hiện giao dịch này", "không đặt đơn hàng này", "không phải bạn thực hiện", "~bộ phận chống gian lận", "~để hủy đơn hàng",
        "~gọi ngay tổng đài",
        "tidak melakukan transaksi ini", "tidak melakukan pembelian ini", "tidak mengotorisasi transaksi", "~bagian penipuan",
        "~untuk membatalkan pesanan",
        "tento nákup neprovedli", "neprovedli tento nákup", "tuto objednávku neprovedli", "tuto transakci neautorizovali", "~oddělení podvodů",
        "~pro zrušení objednávky",
        "inte gjort detta köp", "inte har gjort detta köp", "inte godkänt denna transaktion", "inte har godkänt denna transaktion", "~bedrägeriavdelning*",
        "~för att avbryta beställningen",
        "nu ați efectuat această comandă", "nu ați efectuat această achiziție", "nu ați efectuat această tranzacție", "nu ați autorizat această tranzacție",
        "~departamentul de fraudă", "~departamentul de anulări", "~pentru a anula comanda",
        "nem ön kezdeményezte", "nem ön adta le", "~csalásmegelőzési osztály", "~a rendelés törléséhez",
    ];

    private static readonly string[] UrgencyTerms =
    [
        "~immediately", "within 24 hours", "within 48 hours", "act now", "act fast", "last chance", "final notice", "~final reminder",
        "expires today", "expire today", "~expiring soon", "~limited time", "~only today", "~don't miss", "~do not miss", "last warning", "respond now",
        "reply immediately", "time is running out", "before it's too late", "immediate action",
        "~dringend", "~sofort", "letzte chance", "letzte mahnung", "~nur heute", "~läuft ab", "laatste kans", "direct reageren", "reageer alstublieft",
        "reageer snel", "~vandaag nog", "~verloopt", "sluit bijna", "dernière chance", "~immédiatement", "expire bientôt", "expirent bientôt",
        "última oportunidad", "~urgente", "~inmediatamente", "ultima possibilità", "~immediatamente", "última chance", "ostatnia szansa", "~pilne",
        "~срочно", "последний шанс", "son şans", "~acil", "~至急", "~緊急", "~紧急", "最后机会",
        // more
        "~only today", "ends at midnight", "~midnight", "~before midnight", "vóór middernacht", "~24 uur", "~24 stunden", "~24 heures", "~24 horas",
        "~24 ore", "~24 godzin", "~24 часа", "~24 saat", "~24時間", "~24小时", "~1 left", "~only 1 left", "~last day", "~final clearance",
        // Pressure wording in more scripts.
        "τελευταία ευκαιρία", "λήγει σήμερα", "~άμεσα", "~επείγον", "~εντός 24 ωρών", "הזדמנות אחרונה", "פג היום", "~מיידי", "~דחוף", "~תוך 24 שעות",
        "الفرصة الأخيرة", "ينتهي اليوم", "~فوراً", "~فورا", "~عاجل", "~خلال 24 ساعة", "अंतिम मौका", "आज ही समाप्त", "~तुरंत", "~24 घंटे के भीतर",
        "โอกาสสุดท้าย", "หมดเขตวันนี้", "~ด่วน", "~ภายใน 24 ชั่วโมง", "마지막 기회", "오늘 마감", "~긴급", "~즉시", "~24시간 이내", "最後のチャンス", "本日限り", "~今すぐ",
        "~24時間以内",
    ];

    private static readonly string[] DatingTerms =
    [
        "hot singles", "~lonely", "looking for a man", "looking for a partner", "meet women", "meet girls", "local girls", "~sexy", "hookup", "hook up",
        "date tonight", "casual date", "webcam", "nude", "naughty", "~flirt", "~my photos", "private photos", "want to meet you",
        "i saw your profile", "~chat with me", "~dating", "~single women", "single ladies", "sugar daddy",
        "~einsame", "sexkontakte", "~flirten", "~eenzame", "sexdate", "~célibataires", "rencontre coquine", "~solteras", "~incontri",
        "~знакомства", "~одинокая", "~出会い", "~约会", "~寂寞",
        // more
        "meet tonight", "~~tonight", "near you", "~close to me", "~live close", "i'm free tonight", "~text me", "hello dear", "~my dear", "honest man",
        "serious man", "~widow", "~share my life", "~my pictures", "send you my pictures", "new matches", "local singles", "singles in your area",
        "hi handsome", "hey handsome", "hello handsome", "hola guapo", "ciao bello", "salut beau gosse", "hallo hübscher", "oi gato", "olá bonitão",
        "quedamos esta noche", "ci vediamo stasera", "on se voit ce soir", "sehen wir uns heute abend",
        "~unread messages", "~handsome", "~sweetheart", "~~kiss", "clin d'œil", "messages privés", "~rencontre", "heute abend treffen", "~in deiner nähe",
        "~cita", "esta noche", "~понравился", "~познакомимся", "~анкету", "~video chat", "~private video", "are you still single",
        "looking for an honest", "~peacekeeping", "~lonely", "~you are real",
        "~sozinha", "~hoje à noite", "~minhas fotos", "~vamos nos encontrar", "~me chama", "~stasera", "~sono libera", "~conoscerti", "~il tuo profilo",
        "~vediamoci", "~vanavond", "~mijn profiel", "~ontmoeten", "~zin om", "~esta noche", "~mis fotos", "~tu perfil", "~conocerte", "~heute abend",
        "~mein profil", "~kennenlernen", "~ce soir", "~mon profil", "~mes photos", "~faire connaissance", "~wieczorem", "~mój profil", "~moje zdjęcia",
        "~poznać", "~bu gece", "~profilim", "~fotoğraflarım", "~今晚", "~我的照片", "~认识你", "~今夜", "~会いたい", "~写真", "sugar baby",
        "mutually beneficial", "generous gentleman", "~~arrangement", "~~attractive", "~~girls", "~meisjes", "~chicas", "~ragazze", "~femmes",
        "i'm waiting for you", "~waiting for you", "~see my photos", "~my photos", "~wil je graag ontmoeten", "~ti ha scritto",
        "~~darling", "~~honey", "~~babe", "~~sweetie", "~~beautiful", "~~handsome", "~~alone", "~~single", "~~divorced", "~~widow", "~~widower", "~~soldier", "~~military", "~~deployed", "~~photos", "~~pictures", "~~video call", "~~webcam", "~~meet", "~~date", "~~love", "~~kiss", "~~hot", "~~naked", "~~intimate", "~~lonely", "~~girlfriend", "~~boyfriend", "~~romance", "~~romantic", "~~chat", "~~profile", "~~liebling", "~~schatz", "~~chérie", "~~cariño", "~~tesoro", "~~schat", "~~kochanie", "~~милый", "~~aşkım", "~~亲爱的", "~~恋人",
        "~~encontro", "~~discreto", "~~discreet", "fotos privadas", "photos privées", "private fotos", "~~fotos", "~~samotne", "~~kobiety", "w twojej okolicy", "in your area", "singles near", "in deiner nähe", "dans ta région", "en tu zona", "nella tua zona", "in jouw buurt", "na sua região", "рядом с тобой", "~nowe wiadomości", "~~zarejestruj", "~~women", "~~frauen", "~~femmes", "~~mujeres", "~~donne", "~~vrouwen", "~~mulheres", "~~kobiet", "~messages from", "~nachrichten von", "~wiadomości od",
        // "Near you", "want to meet you", "I'm bored tonight, write to me", as the English terms above, in more languages.
        "près de chez toi", "près de chez vous", "veut vous rencontrer", "veut te rencontrer", "~je m'ennuie", "~écris-moi", "~écrivez-moi",
        "in deiner nähe", "möchte dich kennenlernen", "möchte dich treffen", "~mir ist langweilig", "~schreib mir", "bij jou in de buurt",
        "wil je ontmoeten", "~ik verveel me", "~schrijf me", "cerca de ti", "quiere conocerte", "~estoy aburrida", "~escríbeme", "vicino a te",
        "vuole conoscerti", "~mi annoio", "~scrivimi", "perto de você", "perto de ti", "quer te conhecer", "~estou entediada", "~me escreve",
        "~escreva-me", "blisko ciebie", "chce cię poznać", "~nudzę się", "~napisz do mnie", "рядом с тобой", "хочет познакомиться", "~мне скучно",
        "~напиши мне", "yakınında", "seninle tanışmak istiyor", "~canım sıkılıyor", "~bana yaz",
        "ny matchning", "nya matchningar", "~privat meddelande", "sugardating", "sugar dating", "~i närheten", "~i nærheden", "~lähelläsi",
        // The dating lure in the scripts the lists above lacked: Greek, Hebrew, Arabic, Hindi, Thai, Korean, Japanese.
        "~γνωριμίες", "θέλω να σε γνωρίσω", "~κοντά σου", "~οι φωτογραφίες μου", "~γράψε μου", "~σέξι", "~μοναχική", "~~απόψε", "~היכרויות",
        "רווקות באזורך", "רוצה להכיר אותך", "~לידך", "~התמונות שלי", "~תכתוב לי", "~סקסי", "~משועממת", "~~הלילה", "~تعارف", "فتيات بالقرب منك",
        "أريد التعرف عليك", "~بالقرب منك", "~صوري", "~راسلني", "~وحيدة", "~~الليلة", "~डेटिंग", "आपसे मिलना चाहती हूँ", "~आपके पास",
        "~मेरी तस्वीरें", "~मुझे लिखो", "~अकेली", "~~आज रात", "~หาคู่", "สาวๆ ใกล้คุณ", "อยากรู้จักคุณ", "~ใกล้คุณ", "~รูปของฉัน", "~เหงา",
        "~~คืนนี้", "คืนนี้ว่างไหม", "ดูรูปหนู", "~อยากรู้จัก", "~อยู่ใกล้ๆ", "~만남", "근처 싱글", "당신을 만나고 싶어요", "~내 사진", "~외로운", "~섹시", "~~오늘 밤",
        // "I live nearby, see my photos here", "can we meet tonight": the stranger's opener, in Korean as in English.
        "~근처에 살", "~제 사진", "~만날 수 있어요", "~from the app", "~my new number", "セフレ", "~近くの女性", "~近くに住んで", "~近所に住んで", "~寂しい", "~人妻", "~マッチング",
        // "We matched", "my new pics are on my profile": the match that lost its app.
        "~we matched", "my new pics", "~my pics", "~pics are on my profile", "~мои фото", "~пиши мне", "давно хотела познакомиться",
        "~познакомиться", "~ты мне понравился", "~meine bilder", "~mes photos sont", "~mis fotos están",
        // "It's Kristina from the app, my phone is broken so let's talk here, don't be shy": the match moved off the app.
        "~my phone is broken", "~my phone broke", "~don't be shy", "~dont be shy", "~sei nicht schüchtern", "~ne sois pas timide",
        "~no seas tímido", "~non essere timido",
        // "Private photos", the English term above, in the languages that lacked it; and "a girl near you" written solid in Thai.
        "foto private", "privéfoto's", "prywatne zdjęcia", "приватные фото", "личные фото", "özel fotoğraflarım", "プライベート写真", "私密照片",
        "私人照片", "비공개 사진", "ιδιωτικές φωτογραφίες", "תמונות פרטיות", "صور خاصة", "निजी तस्वीरें", "รูปส่วนตัว", "ảnh riêng tư",
        "foto pribadi", "สาวใกล้คุณ", "~อยากคุยด้วย",
        // "Women in your area have written to you", "I saw your profile", in Hebrew and the languages that lacked it.
        "נשים באזורך", "ראיתי את הפרופיל שלך", "~הודעות חדשות מנשים", "نساء في منطقتك", "رأيت ملفك الشخصي", "γυναίκες στην περιοχή σας",
        "είδα το προφίλ σου", "महिलाएं आपके क्षेत्र में", "मैंने आपकी प्रोफ़ाइल देखी", "kobiety w twojej okolicy", "widziałam twój profil",
        // A profile "3 km from you", the match whose account "got blocked" on the app, so the chat moved.
        "km from you", "miles from you", "km away from you", "miles away from you", "km von dir", "km de toi", "km de ti", "km da te",
        "km od ciebie", "км от тебя", "km uzaklıkta", "my account there got blocked", "my account got blocked", "account on the app got banned",
    ];

    private static readonly string[] RetailTerms =
    [
        "~% off", "~percent off", "huge discount", "big discount", "~discount code", "~coupon code", "~promo code", "clearance sale", "~flash sale",
        "~black friday", "~cyber monday", "~free shipping", "~lowest price", "~best price", "~cheap", "replica", "~wholesale", "~buy now", "~shop now",
        "~order now", "~limited stock", "~ray-ban", "~rayban", "~ray ban", "~oakley", "~ugg", "~michael kors", "~louis vuitton", "~gucci", "~rolex",
        "~sunglasses", "~handbags", "~only $", "~just $", "~for only", "~save up to", "up to 90%", "up to 80%", "up to 70%",
        "~rabatt", "~gutscheincode", "~schnäppchen", "~korting", "~kortingscode", "~uitverkoop", "~réduction", "~soldes", "~code promo", "~descuento",
        "~rebajas", "~sconto", "~saldi", "~desconto", "~promoção", "~zniżka", "~wyprzedaż", "~скидка", "~распродажа", "~indirim", "~割引", "~セール",
        "~折扣", "~优惠", "~特价",
        "~~sale", "~~discount", "~~deal", "~~deals", "~~offer", "~~price", "~~cheap", "~~shop", "~~store", "~~outlet", "~~clearance", "~~coupon", "~~promo", "~~limited", "~~stock", "~~buy", "~~luxury", "~~original", "~~bargain", "~free shipping", "~~angebot", "~~rabatt", "~~promotion", "~~solde", "~~oferta", "~~offerta", "~~aanbieding", "~~promocja", "~~скидк", "~~indirim",
        // "Shop now", "order now", as above, in more languages; and the unsolicited search-ranking pitch, sent as a "meeting".
        "~jetzt shoppen", "~jetzt kaufen", "~jetzt bestellen", "~nu shoppen", "~nu bestellen", "~achetez maintenant", "~commandez maintenant",
        "~compra ahora", "~compra ya", "~compra ora", "~acquista ora", "~compre agora", "~compre já", "~kup teraz", "~zamów teraz", "~купить сейчас",
        "~hemen satın al", "~koupit nyní", "~köp nu", "first page of google", "page one of google", "page 1 of google", "rank #1 on google",
        "rank number one on google", "~seo audit", "~free seo", "~seo services", "~increase your website traffic", "~website traffic",
        "~~free audit", "~~backlinks", "~~web design services",
        // The Chinese "invoices issued on demand" offer (代开发票): tax invoices sold to anyone, a staple of Chinese bulk mail.
        "代开发票", "代開發票", "代开各地", "代開各地", "正规发票", "正規發票", "增值税专用发票", "增值稅專用發票", "~增值税发票", "~点数优惠",
        // The counterfeit shop's promises: store-wide clearance, free shipping, cash on delivery, "genuine guaranteed".
        "~全场", "~清仓", "~包邮", "~货到付款", "~正品保证", "~太阳镜", "~限时抢购", "~送料無料", "~激安", "~무료배송", "~특가", "~kargo bedava",
        "~büyük indirim", "~varan indirim", "~versandkostenfrei", "~livraison gratuite", "~envío gratis", "~spedizione gratuita", "~frete grátis",
        "~darmowa dostawa", "~бесплатная доставка", "~gratis verzending",
        // Sale wording in the scripts the lists above lacked.
        "~εκπτώσεις", "~έκπτωση", "~δωρεάν αποστολή", "~αγοράστε τώρα", "~~προσφορά", "~הנחה", "~הנחות", "~מבצע", "~משלוח חינם", "~קנו עכשיו",
        "~חיסול מלאי", "~קוד קופון", "~خصم", "~تخفيضات", "~عرض خاص", "~شحن مجاني", "~اشتر الآن", "~تسوق الآن", "~كود الخصم", "~छूट",
        "~मुफ्त डिलीवरी", "~अभी खरीदें", "~~ऑफर", "~~सेल", "~ลดราคา", "~โปรโมชั่น", "~ส่งฟรี", "~ซื้อเลย", "~ลดสูงสุด", "~할인", "~세일", "~쿠폰",
        "~지금 구매", "~한정 수량", "~半額", "~クーポン", "~今すぐ購入", "~~限定",
        // The extended-warranty and policy-renewal pitch.
        "extended warranty", "vehicle warranty", "car warranty", "auto warranty", "extended protection", "powertrain protection", "~powertrain",
        "garantie prolongée", "garantía extendida", "garanzia estesa", "anschlussgarantie", "~tariffa bloccata", "~polizza in scadenza",
        // Cash on delivery: what the counterfeit shop offers in place of a card.
        "~الدفع عند الاستلام", "~contrassegno", "~pago contra entrega", "~paiement à la livraison", "~nachnahme", "~наложенный платеж",
        "~kapıda ödeme", "~เก็บเงินปลายทาง", "~ساعات فاخرة", "~خصم يصل",
    ];

    private static readonly string[] AdvanceFeeTerms =
    [
        // The "compensation for scam victims" letter: a commission approved a sum in the reader's favour, the paying
        // officer waits for a reply.
        "compensation commission", "victim of internet fraud", "victims of internet fraud", "victim of scam", "paying officer",
        "approved the sum of", "sum of us$", "in your favour as", "in your favor as",
        // The bank officer's transfer "that will benefit us both": a stranger's sum to move, and a share for the reader.
        "benefit both of us", "benefit us both", "~bank officer", "~bank official", "हम दोनों को लाभ", "~हस्तांतरण का प्रस्ताव", "~बैंक में अधिकारी",
        "pour nous deux", "für uns beide von vorteil", "beneficio de ambos", "beneficio para ambos", "benefício de ambos", "vantaggio di entrambi",
        "~inheritance", "~beneficiary", "next of kin", "~barrister", "~diplomat", "consignment", "million usd", "million dollars", "million us dollars",
        "fund transfer", "transfer of funds", "business proposal", "compensation fund", "atm card", "~western union", "~moneygram", "~deceased",
        "late husband", "late father", "bank draft", "unclaimed funds", "confidential transaction", "~foreign partner", "percentage share",
        "~charity project", "~donation of", "~god bless", "~dearest", "dear beloved", "~erbschaft", "~nachlass", "~héritage", "~herencia",
        "~eredità", "~herança", "~spadek", "~наследство", "~miras*", "~遗产",
        // Turkish writes its suffixes into the word ("mirası", "müvekkilimin", "milyon dolarlık"): stems, as prefixes.
        "milyon dolar*", "~vefat eden", "~müvekkil*",
        // more
        "terminal cancer", "~cancer", "honest person", "~honest", "god bless you", "~donation", "~charity", "phase terminale", "~don de", "personne honnête",
        "que dieu vous bénisse", "~notaire", "~testament", "~beneficiario", "~herdeiro", "~ereditiere", "~begünstigter", "~erfgenaam", "~miliony",
        "~compensation fund", "~fund release", "~release of funds", "~security company", "~diplomatic", "~widow of", "~late mr", "~account holder",
        "~unclaimed", "~dormant account", "~keep this confidential", "~confidential", "~strictly confidential",
        "~~funds", "~~fund", "~~million", "~~millions", "~~transfer", "~~inheritance", "~~deceased", "~~lawyer", "~~attorney", "~~consignment", "~~compensation", "~processing fee", "~release fee", "~~clearance", "~~certificate", "~~partnership", "~~investor", "~~proposal", "~~dormant", "~~foreign", "~~beneficiary", "~~heir", "~~estate", "~next of kin", "~bank draft", "~~winning", "~~lottery", "~~abroad", "~security company", "~~diplomatic", "~~courier", "~delivery of funds", "~~confidential",
        "~allocation", "~barrels", "~commission", "~procurement", "~proceeds", "~kindly", "kindly reply", "~crude oil", "~遗产", "~律师", "~远亲", "~去世", "~继承", "~相続", "~弁護士",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "verstorbener mandant", "verstorbenen mandanten", "verstorbenen klienten", "den gleichen nachnamen", "denselben nachnamen", "~ohne erben",
        "~nächsten angehörigen", "~ruhendes konto", "~meine private e-mail",
        "overleden cliënt", "dezelfde achternaam", "~overleden klant", "~zonder erfgenamen", "~naaste familielid", "~slapende rekening",
        "~mijn privé e-mail",
        "défunt client", "feu mon client", "même nom de famille", "~sans héritier", "~plus proche parent", "~compte dormant", "~fonds non réclamés",
        "~mon e-mail privé",
        "difunto cliente", "mi cliente fallecido", "~mismo apellido", "~sin herederos", "~pariente más cercano", "~cuenta inactiva",
        "~fondos no reclamados", "~mi correo privado",
        "defunto cliente", "mio cliente defunto", "~stesso cognome", "~senza eredi", "~parente più prossimo", "~conto dormiente",
        "~fondi non reclamati", "~mia email privata",
        "falecido cliente", "meu cliente falecido", "mesmo sobrenome", "~sem herdeiros", "~parente mais próximo", "~conta dormente",
        "~fundos não reclamados", "~meu e-mail privado",
        "zmarły klient", "zmarłego klienta", "~to samo nazwisko", "tym samym nazwisku", "~bez spadkobierców", "~najbliższego krewnego",
        "~uśpione konto", "~mój prywatny e-mail",
        "покойный клиент", "покойного клиента", "ту же фамилию", "такую же фамилию", "~без наследников", "~ближайшего родственника",
        "~невостребованные средства", "~личную электронную почту",
        "покійний клієнт", "покійного клієнта", "те саме прізвище", "таке ж прізвище", "~без спадкоємців", "~найближчого родича", "~спадщин*",
        "~особисту електронну пошту",
        "merhum müvekkilim", "merhum müvekkilimin", "merhum müşterimiz", "~aynı soyadı", "~varisi olmayan", "~en yakın akrabası", "~sahipsiz hesap",
        "~özel e-posta adresim",
        "亡くなった依頼人", "亡き依頼人", "~故依頼人", "最近親者として", "未請求の資金", "~相続人がいない", "~休眠口座", "~同じ姓",
        "我已故的客户", "无人认领的资金", "无人认领的遗产", "相同的姓氏", "~已故客户", "~已故客戶", "~没有继承人", "~無人認領", "~最近亲属", "~私人邮箱",
        "사망한 고객", "고인이 된 제 고객", "미청구 자금", "~상속인이 없", "~휴면계좌", "~휴면 계좌", "~개인 이메일로", "~가장 가까운 친척", "같은 성을 가진", "유산을 남겼", "~상속 절차", "~수익을 나누",
        "موكلي الراحل", "موكلي المتوفى", "نفس اسم العائلة", "~دون وريث", "~أقرب الأقارب", "~اقرب الاقارب", "~حساب خامل", "~بريدي الخاص",
        "הלקוח המנוח", "לקוחי המנוח", "~אותו שם משפחה", "~ללא יורשים", "~ללא יורש", "~קרוב המשפחה הקרוב", "~חשבון רדום", "~המייל הפרטי שלי",
        "αείμνηστος πελάτης", "αείμνηστου πελάτη", "εκλιπόντος πελάτη", "~το ίδιο επώνυμο", "~χωρίς κληρονόμους", "~πλησιέστερο συγγενή",
        "~αδρανή λογαριασμό", "~προσωπικό μου email",
        "दिवंगत ग्राहक", "दिवंगत क्लाइंट", "~कोई वारिस नहीं", "~निकटतम रिश्तेदार", "~लावारिस धन", "~निष्क्रिय खाता", "~मेरे निजी ईमेल",
        "ลูกค้าผู้ล่วงลับ", "ลูกความผู้ล่วงลับ", "นามสกุลเดียวกับคุณ", "~ไม่มีทายาท", "~ญาติที่ใกล้ชิดที่สุด", "~บัญชีที่ไม่มีการเคลื่อนไหว",
        "~อีเมลส่วนตัวของฉัน", "~ล้านดอลลาร์",
        "khách hàng quá cố", "thân chủ quá cố", "cùng họ với bạn", "khoản bồi thường", "tiền bồi thường", "danh sách nhận", "~không có người thừa kế", "~người thân gần nhất", "~tài khoản không hoạt động",
        "~email riêng của tôi", "~triệu đô la",
        "almarhum klien saya", "mendiang klien saya", "nama belakang yang sama", "~tanpa ahli waris", "~kerabat terdekat", "~rekening tidak aktif",
        "~email pribadi saya", "~juta dolar",
        "zesnulý klient", "zesnulého klienta", "~stejné příjmení", "~bez dědiců", "~nejbližšího příbuzného", "~spící účet", "~můj soukromý e-mail",
        "avlidne klient", "avlidna klient", "~samma efternamn", "~utan arvingar", "~närmaste anhörig", "~vilande konto", "~min privata e-post",
        "răposatul meu client", "defunctul meu client", "clientul meu decedat", "același nume de familie", "~fără moștenitori",
        "~cea mai apropiată rudă", "~cont dormant", "~e-mailul meu privat",
        "elhunyt ügyfelem", "néhai ügyfelem", "ugyanaz a vezetéknév", "ugyanazzal a vezetéknévvel", "~örökös nélkül", "~legközelebbi hozzátartozó",
        "~alvó számla", "~privát e-mail címemre",
        // The 419 offer's share, partner and account, in the languages whose other terms are above.
        "~sua parte será", "~a sua parte", "~su parte será", "~votre part sera", "~la sua parte sarà", "~ihr anteil beträgt", "~uw aandeel",
        "~your share will be", "~parceiro estrangeiro", "~socio extranjero", "~partenaire étranger", "~partner straniero", "~ausländischen partner",
        "~buitenlandse partner", "~conta inativa", "~conto dormiente", "~conto inattivo", "~compte inactif", "~ruhendes konto", "~slapende rekening",
        "~~proposta confidencial", "~~propuesta confidencial", "~~proposition confidentielle", "~~proposta riservata", "~כיורש", "~~ירושה", "~~עורך דין",
        // The relative the reader never knew, who died abroad and left a fortune: the 419 inheritance's premise.
        "distant relative", "distant relation", "entfernter verwandter", "entfernten verwandten", "entfernte verwandte", "verre familielid",
        "ver familielid", "verre verwant", "parent éloigné", "parent lointain", "pariente lejano", "familiar lejano", "parente lontano",
        "parente distante", "parente afastado", "dalekiego krewnego", "daleki krewny", "дальний родственник", "дальнего родственника",
        "далекий родич", "далекого родича", "uzak akraba", "遠い親戚", "遠親", "먼 친척", "قريب بعيد", "أقاربك البعيدين", "קרוב משפחה רחוק",
        "μακρινός συγγενής", "μακρινού συγγενή", "μακρινό συγγενή", "दूर के रिश्तेदार", "ญาติห่างๆ", "họ hàng xa", "kerabat jauh", "saudara jauh",
        "vzdálený příbuzný", "vzdáleného příbuzného", "avlägsen släkting", "rudă îndepărtată", "távoli rokon", "~κληρονομιά", "~κληρονομιάς",
        "~απεβίωσε",
        // The rental whose owner is abroad: pay the deposit or holding fee and the keys come by courier.
        "holding fee", "keys by courier", "keys will be sent", "keys will be couriered", "send you the keys", "~working abroad", "envío de llaves",
        "entrega de llaves", "~por mensajería", "chiavi tramite corriere", "clés par coursier", "schlüssel per post", "钥匙将快递", "快递寄送钥匙", "~押金",
        // "I want to donate money to you": the winner's or widow's gift, in Thai.
        "ต้องการบริจาคเงิน", "~บริจาคเงินให้คุณ",
    ];

    private static readonly string[] DeliveryTerms =
    [
        "~parcel", "package could not be delivered", "delivery failed", "failed delivery", "~delivery attempt", "we tried to deliver", "redelivery",
        "~reschedule delivery", "customs fee", "customs charge", "~shipping fee", "~track your package", "~tracking number", "~held at", "~pending delivery",
        "~delivery arranged", "~pakket", "~bezorging", "niet bezorgd", "douanekosten", "~paket", "~zustellung", "zustellversuch", "~sendung",
        "zollgebühr", "~colis", "~livraison", "frais de douane", "~paquete", "~envío", "entrega fallida", "~pacco", "~spedizione", "~consegna",
        "~encomenda", "~przesyłka", "~посылка", "~доставка", "~kargo", "~teslimat", "~荷物", "~配達", "~包裹", "~快递",
        // more
        "~could not be delivered", "~konnte nicht zugestellt", "~niet bezorgd", "~pas pu être livré", "~no pudo ser entregado", "~non è stato consegnato",
        "~não foi possível entregar", "~nie może zostać dostarczona", "~не удалось доставить", "~teslim edilemedi", "~配達できません", "~无法派送",
        "~retenido en aduanas", "~encomenda retida", "~colis bloqué", "~paquete retenido", "~paczka czeka", "~dopłata", "~niedopłat*", "~sendungsnummer",
        "~tracking", "~track and trace", "~reprogrammez", "~reschedule", "~address incomplete", "~adresse incomplète", "~on hold",
        "~~parcel", "~~package", "~~shipment", "~~delivery", "~~courier", "~~tracking", "~~customs", "~~fee", "~~redeliver", "~~reschedule", "~~address", "~~held", "~~warehouse", "~~returned", "~~sender", "~~colis", "~~paket", "~~pakket", "~~paquete", "~~pacco", "~~encomenda", "~~paczka", "~~посылка", "~~kargo", "~~包裹", "~~荷物",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "zustellung fehlgeschlagen", "zustellversuch fehlgeschlagen", "paket wird zurückgehalten", "paket wurde zurückgehalten", "zustellgebühr",
        "~zollgebühren", "~~neuen zustelltermin", "~lieferadresse bestätigen",
        "bezorging mislukt", "bezorgpoging mislukt", "pakket wordt vastgehouden", "pakket is tegengehouden", "~inklaringskosten", "~bezorgkosten",
        "~~nieuwe bezorgdatum", "~bevestig uw adres",
        "échec de livraison", "échec de la livraison", "colis a été retenu", "colis est retenu", "frais de réexpédition",
        "~frais de livraison supplémentaires", "~~nouvelle date de livraison", "~confirmez votre adresse",
        "intento de entrega fallido", "no pudimos entregar su paquete", "no hemos podido entregar su paquete", "su paquete está retenido",
        "~tasas de aduana", "~gastos de envío pendientes", "~reprogramar la entrega", "~confirme su dirección",
        "tentativo di consegna fallito", "consegna non riuscita", "non siamo riusciti a consegnare", "pacco è stato trattenuto",
        "~spese di sdoganamento", "~~svincolo doganale", "~~riprogrammare la consegna", "~conferma il tuo indirizzo",
        "tentativa de entrega sem sucesso", "encomenda está retida", "pacote retido", "taxa de liberação", "~taxa alfandegária",
        "~entrega não realizada", "~reagendar a entrega", "~confirme seu endereço",
        "nieudana próba doręczenia", "nie udało się doręczyć", "przesyłka została wstrzymana", "paczka została zatrzymana", "dopłata do przesyłki",
        "~opłata celna", "~ponowne doręczenie", "~potwierdź adres dostawy",
        "неудачная попытка доставки", "посылка задержана", "задержана на таможне", "оплатите таможенн*", "оплатить таможенн*", "~таможенный сбор",
        "~~повторная доставка", "~подтвердите адрес доставки",
        "невдала спроба доставки", "не вдалося доставити", "посилка затримана", "затримано на митниці", "сплатіть митн*", "~митний збір",
        "~~повторна доставка", "~підтвердіть адресу доставки",
        "teslimat başarısız", "teslimat denemesi başarısız", "kargonuz bekletiliyor", "kargonuz gümrükte", "gümrükte bekliyor", "~gümrük ücreti",
        "~~yeniden teslimat", "~adresinizi onaylayın",
        "お届けにあがりましたが", "宛先不明のため", "宛先不明の為", "不在のため持ち帰りました", "再配達手数料", "~関税の支払い", "~~再配達のご依頼", "~配送先住所の確認",
        "派送失败", "派送失敗", "包裹被扣留", "无法投递", "地址不详", "支付清关费", "~重新派送", "~缴纳关税",
        "주소지 불명", "도로명주소 불일치", "주소 불일치로", "배송이 보류", "관세 미납", "~배송 실패", "~재배송", "~통관 수수료",
        "تعذر توصيل طردك", "تعذر توصيل شحنتك", "لم نتمكن من توصيل", "طردك محتجز", "دفع الرسوم الجمركية", "~إعادة التوصيل",
        "~اعادة التوصيل",
        "ניסיון מסירה נכשל", "ניסיון המסירה נכשל", "לא הצלחנו למסור", "החבילה שלך מעוכבת", "החבילה שלך מוחזקת", "~דמי מכס", "~מסירה חוזרת",
        "~עדכן את כתובתך",
        "αποτυχία παράδοσης", "δεν μπόρεσε να παραδοθεί", "δεν ήταν δυνατή η παράδοση", "το δέμα σας κρατείται", "δεν παραδόθηκε", "~τέλη εκτελωνισμού",
        "~δέμα σας βρίσκεται σε αναμονή", "~νέα ημερομηνία παράδοσης", "~επιβεβαιώστε τη διεύθυνσή σας",
        "डिलीवरी विफल", "डिलीवरी असफल", "पार्सल रोक दिया गया", "पार्सल रोका गया", "अधूरे पते के कारण", "~सीमा शुल्क का भुगतान", "~पता अपडेट करें",
        "~दोबारा डिलीवरी",
        "ไม่สามารถจัดส่งพัสดุ", "พัสดุของคุณไม่สามารถจัดส่งได้", "จัดส่งไม่สำเร็จ", "พัสดุถูกกัก", "ที่อยู่ไม่ครบถ้วน", "~ชำระค่าธรรมเนียมการจัดส่ง",
        "~ภาษีศุลกากร", "~ยืนยันที่อยู่จัดส่ง",
        "giao hàng không thành công", "bưu kiện của bạn đang bị giữ", "bưu kiện bị giữ lại", "địa chỉ không đầy đủ", "~phí hải quan",
        "~phí giao hàng lại", "~xác nhận địa chỉ giao hàng",
        "pengiriman gagal", "gagal dikirim", "paket anda ditahan", "paket anda tertahan", "alamat tidak lengkap", "~biaya bea cukai",
        "~pengiriman ulang", "~konfirmasi alamat anda",
        "doručení se nezdařilo", "nepodařilo doručit", "zásilka byla zadržena", "zásilka čeká na zaplacení", "~poplatek za doručení",
        "~celní poplatek", "~opětovné doručení", "~potvrďte svou adresu",
        "kunde inte levereras", "leveransen misslyckades", "leveransförsöket misslyckades", "paketet har hållits kvar", "ditt paket är kvarhållet",
        "~tullavgift", "~ny leveranstid", "~bekräfta din adress",
        "livrarea a eșuat", "încercare de livrare eșuată", "nu am putut livra coletul", "coletul dvs a fost reținut", "coletul a fost reținut",
        "~taxa vamală", "~reprogramați livrarea", "~confirmați adresa de livrare",
        "nem sikerült kézbesíteni", "sikertelen kézbesítés*", "kézbesítési kísérlet sikertelen", "csomagját visszatartottuk", "~vámkezelési díj",
        "~kézbesítési díj", "~új kézbesítési időpont", "~erősítse meg címét",
        // The import tax a parcel "awaits", and the return threatened if it is not paid.
        "taxa de importação", "aguardando pagamento da taxa", "~evite a devolução", "~encomenda foi taxada", "impuesto de importación",
        "~evite la devolución", "~import duty", "~import tax",
    ];

    private static readonly string[] PharmaTerms =
    [
        "viagra", "cialis", "levitra", "~erectile", "~weight loss", "~lose weight", "~keto", "diet pills", "fat burner", "male enhancement", "~pharmacy", "doctors hate", "free trial bottle", "~without dieting", "~without diet",
        "without prescription", "no prescription", "~cbd oil", "~hair loss", "~diabetes cure", "~blood sugar", "miracle cure",
        "~abnehmen", "potenzmittel", "~afvallen", "~perdre du poids", "~bajar de peso", "~perdere peso", "~emagrecer", "~похудение", "~zayıflama",
        "~ダイエット", "~减肥",
        // Health-talk invitations that sell supplements with cure claims.
        "~保健品", "~保健食品", "~三高", "~逆轉", "~逆转", "~サプリメント", "~건강기능식품",
        // Pharmacy and slimming wording in more scripts; "without prescription" is the illegal pharmacy's own promise.
        "χωρίς συνταγή", "~αδυνάτισμα", "~χάστε βάρος", "~στυτική", "ללא מרשם", "ויאגרה", "~ירידה במשקל", "~תוסף תזונה", "بدون وصفة طبية", "فياجرا",
        "~إنقاص الوزن", "~ضعف الانتصاب", "बिना पर्चे", "~वजन घटाएं", "~वज़न कम", "~मर्दाना ताकत", "ไม่ต้องมีใบสั่งยา", "~ลดน้ำหนัก", "~อาหารเสริม",
        "처방전 없이", "비아그라", "~다이어트", "~체중 감량", "処方箋不要", "バイアグラ", "~痩せる", "без рецепта", "виагра", "~для потенции", "伟哥", "威而鋼", "免处方", "~壮阳",
        // Slimming injections and cure claims sold by "teleconsultation".
        "semaglutide", "ozempic", "tirzepatide", "mounjaro", "~glp-1", "joint pain", "breakthrough formula", "~without surgery", "sans ordonnance",
        "sin receta", "senza ricetta", "ohne rezept", "sem receita", "~minceur", "~amaigrissant", "~emagrecimento", "~adelgazar",
    ];

    private static readonly string[] InvestmentTerms =
    [
        "guaranteed return*", "guaranteed profit*", "passive income", "~trading platform", "trading bot", "~forex", "~investment opportunity",
        // The robot that trades for the victim and the minimum deposit it asks for, in the languages of the corpora.
        "trading robot", "robot de trading", "robô de trading", "handelsroboter", "dépôt minimum", "depósito mínimo", "deposito minimo",
        "mindesteinzahlung", "minimale storting", "минимальный депозит",
        "automated trading", "automatic trading", "auto-trading", "~trading system", "trading-roboter", "automatisierter handel", "trading automatique",
        "trading automático", "trading automatico", "negociação automática", "automatisch handelen", "automatyczny handel", "автоматическая торговля",
        "торговый робот", "otomatik al-sat", "αυτόματο σύστημα συναλλαγών", "التداول الآلي", "המסחר האוטומטית", "מסחר אוטומטי", "~הזדמנות השקעה",
        "自动交易", "自動売買", "자동매매", "स्वचालित ट्रेडिंग", "ระบบเทรดอัตโนมัติ",
        "double your", "~earn $", "~earn up to", "~make money", "~work from home", "financial freedom", "get rich", "profit daily", "daily profit",
        "minimum deposit", "~return on investment", "~high yield", "~geld verdienen", "passives einkommen", "~gagner de l'argent", "revenu passif",
        "~ganar dinero", "ingresos pasivos", "~guadagnare", "~ganhar dinheiro", "~zarabiaj", "~заработок", "пассивный доход", "~para kazan", "~副業",
        "~赚钱", "被动收入", "besoin d'argent", "crédit rapide", "~on a la solution",
        // "Guaranteed returns", the promise no licensed adviser may make, in more languages; and loans for anyone, now.
        "garantierte rendite", "garantierter gewinn", "garantierte gewinne", "gegarandeerd rendement", "gegarandeerde winst", "rendement garanti",
        "profit garanti", "gains garantis", "rentabilidad garantizada", "ganancias garantizadas", "rendimiento garantizado", "rendimento garantito",
        "profitto garantito", "guadagni garantiti", "retorno garantido", "lucro garantido", "rendimento garantido", "gwarantowany zysk",
        "gwarantowane zyski", "gwarantowany zwrot", "гарантированный доход", "гарантированная прибыль", "гарантированную прибыль",
        "гарантований дохід", "гарантований прибуток", "garantili kazanç", "garantili getiri", "利回り保証", "確実に儲かる", "~元本保証", "保证收益",
        "稳赚不赔", "保證收益", "穩賺不賠", "수익률 보장", "수익 보장", "~원금 보장", "리딩방", "أرباح مضمونة", "عائد مضمون", "ربح مضمون",
        "תשואה מובטחת", "רווח מובטח", "εγγυημένη απόδοση", "εγγυημένα κέρδη", "गारंटीड रिटर्न", "गारंटीड मुनाफा", "ผลตอบแทนการันตี",
        "การันตีผลตอบแทน", "lợi nhuận đảm bảo", "cam kết lợi nhuận", "keuntungan dijamin", "profit dijamin", "garantovaný výnos", "garantovaný zisk",
        "garanterad avkastning", "garanterad vinst", "profit garantat", "randament garantat", "garantált hozam", "garantált nyereség",
        "no credit check", "bad credit ok", "payday loan*", "~loan approved", "~pre-approved", "~funds deposited", "lenen zonder bkr", "zonder bkr-toetsing",
        "crédit sans justificatif", "préstamo sin aval", "prestito senza busta paga", "pożyczka bez bik", "chwilówka", "займ без отказа", "займ на карту",
        "empréstimo sem consulta", "lån utan uc",
        "loan without documents", "~instant loan", "~loans for everyone", "~sofortkredit", "prêt sans justificatif",
        "préstamo sin papeles", "~préstamo rápido", "prestito veloce", "~crédito rápido", "δάνεια χωρίς", "δάνειο χωρίς", "~γρήγορη έγκριση",
        "быстрый займ", "~кредит без справок", "kefilsiz kredi", "无抵押贷款", "~秒批", "무서류 대출", "~당일 대출", "قرض بدون", "הלוואה ללא",
        "बिना दस्तावेज़ लोन", "~instant loan approval", "vay tiền không cần", "pinjaman tanpa jaminan",
        // more
        "~masterclass", "~trading strategy", "~ai trading", "~turns $", "from home", "~earn €", "~verdienen sie", "~gagnez", "~gana hasta",
        "~made 40%", "~investment tip", "~crypto platform", "~handelskonto", "~kontomanager", "~account manager", "~broker",
        // The signals group and the stock "teacher" who trades for free in a chat group: the first step of investment fraud.
        "vip signals", "crypto signals", "trading signals", "signals group", "free signals", "ट्रेडिंग सिग्नल", "免費帶單", "免费带单", "老師帶單",
        "老师带单", "飆股", "飙股", "投資群組", "投资群", "股票群組", "股票群", "投資グループ", "株のグループ", "主力股",
        // The task scam's pay (simple tasks, a commission per task, earnings withdrawn daily, often in USDT) and the fake-cheque
        // job, whose "employer" mails a cheque to buy equipment from its own vendor.
        "simple tasks", "simple online tasks", "review tasks", "rating tasks", "complete tasks", "commission per task", "task commission",
        "daily earnings", "withdraw your earnings", "withdraw your daily", "withdraw your commission", "paid daily", "unlock more tasks",
        "product optimization tasks", "app optimization tasks", "like videos and earn", "~paid per task", "send you a check to purchase",
        "send you a cheque to purchase", "check to purchase your", "cheque to purchase your", "~approved vendor", "~home-office equipment",
        "~home office equipment", "a check we will send you", "a cheque we will send you", "using a check we will send", "~equipment for your home office",
        // The pig-butchering script: a relative or mentor with inside knowledge, a plan that made them money last month.
        "~gold futures", "~gold trading", "~futures trading", "~trading plan", "~my uncle is", "~my uncle works", "~my aunt works",
        "~insider information", "~inside information", "~analyst at a", "~my mentor", "~i made", "~last month i made",
        "~~gana", "~~gagne", "~~guadagna", "~~ganha", "~~rendimento", "~~rendement", "~~rendimiento", "~~rendite", "~~returns", "~~asesor", "~~conseiller", "~~berater", "~~consulente", "~~adviseur", "~~plataforma", "~~plateforme", "~~plattform", "~~piattaforma", "~~platform", "prêt entre particuliers", "préstamo entre particulares", "prestito tra privati", "private loan", "loan offer", "personal loan", "kredit ohne schufa", "~~prêt", "~~préstamo", "~~prestito", "~~pożyczka", "~~lening", "~~loan", "~~taux", "~~tasso", "~interest rate", "~~investissez", "~~invierte", "~~investi",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "verdienen sie täglich", "täglich geld verdienen", "mit dem handy geld verdienen", "einfache online-aufgaben", "~von zu hause aus arbeiten",
        "~euro pro tag", "~~per whatsapp", "~~über telegram",
        "verdien dagelijks", "dagelijks verdienen", "geld verdienen vanuit huis", "~eenvoudige taken", "~vanuit huis werken", "~euro per dag",
        "~~via whatsapp", "~~via telegram",
        "argent depuis chez vous", "argent depuis votre téléphone", "tâches simples en ligne", "~revenu quotidien", "~paiement quotidien",
        "~travail à domicile", "~~sur whatsapp", "~~sur telegram",
        "gana dinero desde casa", "~solo necesitas tu celular", "~solo necesitas un teléfono", "~trabajo desde casa", "~tareas sencillas",
        "~pago diario", "~~por whatsapp", "~~por telegram",
        "guadagna da casa", "guadagnare da casa", "~solo con il tuo telefono", "~lavoro da casa", "~compiti semplici", "~pagamento giornaliero",
        "~~su whatsapp", "~~su telegram",
        "ganhe dinheiro em casa", "ganhar dinheiro em casa", "~apenas com o seu celular", "~trabalhe de casa", "~tarefas simples",
        "~pagamento diário", "~renda extra", "~~no whatsapp",
        "zarabiaj codziennie", "zarabiaj z telefonu", "zarabiaj w domu", "~praca z domu", "~proste zadania", "~codzienna wypłata", "~~na whatsapp",
        "~~na telegramie",
        "заработок без вложений", "заработок на телефоне", "~работа из дома", "~простые задания", "~ежедневные выплаты", "~рублей в день",
        "~~в телеграм", "~~в whatsapp",
        "заробіток без вкладень", "заробіток на телефоні", "~робота з дому", "~прості завдання", "~щоденні виплати", "~гривень на день",
        "~~у телеграм", "~~у телеграмі",
        "evden para kazan", "evden para kazanın", "~sadece telefonunuzla", "~evden çalışma", "~basit görevler", "~günlük ödeme", "~günlük kazanç", "~ortalama kazanç", "~aylık kazanç", "~yatırım danışmanınız", "~minimum yatırım",
        "~~whatsapp üzerinden",
        "スマホだけで稼", "簡単に稼げる", "~日給", "~在宅ワーク", "~簡単な作業", "~lineで連絡", "~line追加", "~友だち追加",
        "在家赚钱", "轻松赚钱", "点赞任务", "每天可赚", "在家賺錢", "輕鬆賺錢", "~刷单", "~日结", "~兼职", "~简单任务",
        "고수익 알바", "리뷰 알바", "~휴대폰만 있으면", "~재택 부업", "~간단한 작업", "~일당", "~카카오톡 친구 추가", "~오픈채팅",
        "اربح من المنزل", "اربح المال من المنزل", "~فقط باستخدام هاتفك", "~العمل من المنزل", "~مهام بسيطة", "~دخل يومي", "~أرباح يومية",
        "~~عبر الواتساب",
        "להרוויח מהבית", "כסף מהבית", "~עבודה מהבית", "~הכנסה יומית", "~משימות פשוטות", "~תשלום יומי", "~~בוואטסאפ", "~~בטלגרם",
        "χρήματα από το σπίτι", "κερδίστε καθημερινά", "~μόνο με το κινητό σας", "~εργασία από το σπίτι", "~απλές εργασίες", "~ημερήσια αμοιβή",
        "~~στο whatsapp", "~~στο telegram",
        "घर बैठे कमाएं", "घर बैठे कमाई", "ghar baithe kamaye", "~घर बैठे", "~आसान टास्क", "~रोजाना कमाई", "~दैनिक भुगतान", "~~टेलीग्राम पर",
        "ได้เงินทุกวัน", "งานออนไลน์รายได้ดี", "~แค่มีมือถือ", "~ทำงานที่บ้าน", "~งานง่ายๆ", "~รายได้ต่อวัน", "~แอดไลน์", "~เพิ่มเพื่อนไลน์",
        "kiếm tiền tại nhà", "làm nhiệm vụ nhận hoa hồng", "~chỉ cần điện thoại", "~việc làm tại nhà", "~nhiệm vụ đơn giản", "~thu nhập hàng ngày",
        "~nhận hoa hồng", "~liên hệ qua zalo", "~cộng tác viên online",
        "hanya modal hp", "dibayar per tugas", "~hanya dengan hp", "~kerja dari rumah", "~tugas sederhana", "~gaji harian", "~penghasilan harian",
        "~~hubungi admin",
        "vydělávejte denně", "přivýdělek z domova", "~jen s mobilem", "~práce z domova", "~jednoduché úkoly", "~denní výplata", "~~na telegramu",
        "tjäna pengar hemifrån", "tjäna pengar varje dag", "~bara med din mobil", "~arbeta hemifrån", "~enkla uppgifter", "~daglig lön",
        "~~på whatsapp", "~~på telegram",
        "câștigă bani de acasă", "câștigă zilnic", "~doar cu telefonul", "~lucru de acasă", "~sarcini simple", "~plata zilnică", "~~pe whatsapp",
        "~~pe telegram",
        "pénzt otthonról", "~csak a telefonoddal", "~otthoni munka", "~egyszerű feladatok", "~napi kifizetés", "~~whatsappon", "~~telegramon",
        // The broker scam's onboarding call: a personal manager, a trading account, a first deposit.
        "~trading account", "~deposit of at least", "~first deposit", "~activate your account", "~השקעות נדל\"ן", "~תשואה של", "~房产投资", "~海外投资",
        // Loans, debt relief and credit repair: easy money the other way round.
        "credit repair", "debt consolidation", "debt relief", "consolidate your debt", "loan forgiveness", "remove negative items",
        "one low monthly payment", "~bad credit", "pre-approved loan", "rachat de crédits", "regroupement de crédits", "regroupez vos crédits",
        "reunificación de deudas", "consolidamento debiti", "~umschuldung", "kredit ohne schufa", "кредит без отказа", "~микрозайм", "债务重组", "债务优化",
        // Same-day loans without a credit check.
        "당일 대출", "무직자", "저신용", "신용 조회 없이", "~대출", "審査なし", "即日融資", "无需征信", "秒批贷款", "без проверки кредитной истории", "~займ", "sin buró",
        "préstamo inmediato", "same-day loan", "same day loan", "~instant approval",
        // The stock-tips club that moves its members to a chat group.
        "stock picks", "free stock picks", "stock tips", "hot stocks", "penny stocks", "aktientipps", "conseils boursiers", "牛股", "荐股", "股票群",
        // The trading webinar's "earn daily" and its AI strategy, in German.
        "täglich verdienen", "ki-handelsstrategie", "ki-trading", "~trading-webinar", "~% rendite",
    ];

    // Business e-mail compromise: the boss or a colleague asks for gift cards, a payment or a changed bank account.
    private static readonly string[] ImpersonationTerms =
    [
        "buy gift cards", "gift cards for", "apple gift cards", "google play cards", "itunes cards", "steam cards", "i'll reimburse", "i will reimburse",
        "reimburse you", "are you available", "~quick favor", "~quick favour", "~need a favor", "i'm in a meeting", "in a meeting and", "can't talk now",
        "changed their bank details", "new bank details", "bank details have changed", "bank account has changed", "wire transfer", "~urgent payment",
        "~must be paid today", "~pay today", "~send me the codes", "scratch the back", "gutscheinkarten kaufen", "neue bankverbindung", "nieuwe rekening",
        "nouvelles coordonnées bancaires", "cartes cadeaux", "tarjetas de regalo", "carte regalo", "~bist du erreichbar", "~ben je beschikbaar",
        "~êtes-vous disponible", "~estás disponible", "~sei disponibile",
        "offene zahlung", "openstaande factuur", "facture impayée", "factura pendiente", "fattura insoluta", "~rückruf erbeten", "~dringend zurück",
        "~gift card", "~gift cards", "~~giftcards", "~~itunes", "~google play", "~steam card", "~~scratch", "~the codes", "~~favor", "~~favour", "~~discreet", "~~discretion", "~keep this between", "~~asap", "~at your desk", "~available now", "~~wire", "~wire transfer", "~bank account", "~~iban", "~routing number", "~direct deposit", "~~payroll", "~~vendor", "~~supplier", "~~remittance", "~new account", "~update my", "~change my", "~~ceo", "~~cfo", "~managing director", "~~acquisition", "~urgent payment", "~~confidential", "~~gutscheine", "~~überweisung", "~~vertraulich", "~~bankverbindung", "~~lieferant", "~cartes cadeaux", "~~virement", "~~confidentiel", "~~rib", "~~fournisseur", "~tarjetas regalo", "~~transferencia", "~~confidencial", "~~proveedor", "~~bonifico", "~~riservato", "~~fornitore", "~~cadeaukaarten", "~~overboeking", "~~vertrouwelijk", "~~leverancier", "~~transferência", "~~fornecedor", "~~przelew", "~~poufne", "~~dostawca", "~~перевод", "~~конфиденциально", "~~havale", "~~gizli", "~~振込", "~~机密", "~~转账",
        // The W-2 theft: "I need the W-2s of all staff as PDF today", the payroll data a tax fraud files with.
        "w-2s of all", "w-2 of all", "w-2 forms of all", "w-2s for all", "w2s of all", "employee w-2s", "all employees' w-2", "copies of all w-2",
        // The secret acquisition: a wire "today", a lawyer who "will contact you with the details", silence "until the
        // announcement". The CEO-fraud script, in the languages the corpora send it in.
        "confidential acquisition", "process a wire", "~our external counsel", "~will contact you with the details", "~until the announcement",
        "don't discuss this", "don't discuss it", "vertrauliche übernahme", "acquisition confidentielle", "adquisición confidencial",
        "acquisizione riservata", "aquisição confidencial", "vertrouwelijke overname", "poufne przejęcie", "конфиденциальная сделка",
        "нікому не говорити", "нікому не кажіть", "никому не говорите", "никому не говорить", "~наш юрист", "~терміново провести оплату",
        "~срочно провести оплату", "n'en parlez à personne", "no lo comente con nadie", "não comente com ninguém", "bespreek dit met niemand",
        "nikomu o tym nie mów", "kimseyle paylaşmayın",
        "vertrauliche transaktion", "~mit niemandem", "sprechen sie mit niemandem", "do not discuss", "don't tell anyone", "keep this between us", "ne parlez à personne", "no se lo digas a nadie", "non parlarne con nessuno", "bank has changed", "paid to the new account", "new bank account", "our bank details", "reply with your mobile", "your mobile number", "your cell number", "text you the details", "~anwalt", "~attorney", "~avocat", "~abogado", "~avvocato", "~remittance details", "~accounts payable", "~open invoices", "~erledigen", "~vor feierabend", "~before end of day", "~end of day",
        // Changed bank details and the urgent, confidential transfer, in the languages of the supplier and the CEO being imitated.
        // Only the claim ("our bank account has changed"), not the bare noun ("change of bank details"): finance teams'
        // own warnings use the noun.
        "updated bank details", "changed our bank", "new banking details", "update our bank details",
        "updated banking information", "nueva cuenta bancaria", "cuenta bancaria ha cambiado", "nuevos datos bancarios",
        "facturas pendientes", "transferencia urgente", "operación confidencial", "nouveau rib", "nouvel iban",
        "virement urgent", "virement international urgent", "opération confidentielle", "nuovo iban", "nuove coordinate bancarie", "bonifico urgente", "operazione riservata", "nova conta bancária", "novos dados bancários",
        "transferência urgente", "geänderte bankverbindung", "neue kontoverbindung", "neues bankkonto",
        "dringende überweisung", "eilüberweisung", "gewijzigde bankgegevens", "nieuw rekeningnummer", "nieuwe bankgegevens", "spoedbetaling",
        "vertrouwelijke overname", "nowy numer konta", "pilny przelew", "pilnym przelewem", "pilnego przelewu", "sprawa jest poufna", "~przejęciem spółki", "nya bankuppgifter",
        "新帳戶", "帳戶變更", "原收款帳戶", "收款账户变更", "账户变更", "原收款账户", "新的收款账户",
        "nytt kontonummer", "brådskande betalning", "новые реквизиты", "реквизиты изменились", "срочный перевод",
        "yeni hesap numarası", "banka bilgilerimiz değişti", "nové číslo účtu", "urgentní platba", "新的银行账户", "새 계좌",
        "~telefonisch niet bereikbaar", "~ne peux pas être joint", "~no puedo atender el teléfono", "~non sono raggiungibile", "~telefonisch nicht erreichbar",
        // The CEO fraud opener: are you at your desk, I need an urgent, confidential favour, answer by mail.
        "are you in the office", "~are you at your desk", "urgent favor", "urgent favour", "confidential matter", "~reply by email", "~reply to this email only",
        "mi serve un favore", "favore urgente", "sei in ufficio", "~rispondimi appena puoi", "είσαι διαθέσιμος", "είσαι στο γραφείο", "~εμπιστευτικό",
        "χρειάζομαι επειγόντως", "вы на месте", "конфиденциальном вопросе", "~нужна ваша помощь", "~ответьте на это письмо", "jesteś dostępny",
        "jesteś dostępna", "poufnej sprawie", "potrzebuję pilnie", "~odpisz mailowo", "estás en la oficina", "necesito un favor", "favor urgente",
        "asunto confidencial", "êtes-vous au bureau", "es-tu au bureau", "service urgent", "affaire confidentielle", "bist du im büro",
        "sind sie im büro", "sind sie heute im büro", "bist du heute im büro", "vertraulichen überweisung", "vertrauliche überweisung",
        "bin in einer besprechung", "antworten sie nur per e-mail", "i need you to handle something", "need you to handle something",
        "dringenden gefallen", "vertrauliche angelegenheit", "está no escritório", "preciso de um favor", "assunto confidencial",
        "ben je op kantoor", "vertrouwelijke kwestie", "ofiste misin", "müsait misin", "acil bir iyilik", "gizli bir konu", "acil ödeme talimatı", "gizli bir ödeme", "gizli ödeme", "אתה זמין?", "את זמינה?", "בדיסקרטיות", "אני בפגישות כל היום", "תענה רק במייל", "תעני רק במייל", "är du på kontoret",
        "konfidentiellt ärende", "社内にいますか", "至急お願い", "你在办公室吗", "帮个忙", "사무실에 계세요", "هل أنت في المكتب", "אתה במשרד",
        // Payroll diversion in the employee's own words: "I want to change the account my salary is paid into".
        "change my direct deposit", "update my direct deposit", "change my payroll", "update my payroll", "my salary account",
        "account for my salary", "deposit of my salary", "depósito do meu salário", "conta do meu salário", "cambiar mi cuenta de nómina",
        "cuenta para mi nómina", "changer mon rib", "modifier mon rib", "mon nouveau rib", "gehalt auf ein neues konto", "mein gehalt auf",
        "conto dello stipendio", "conto per lo stipendio", "salaris op een nieuwe rekening", "konto do wypłaty", "моей зарплаты",
        "зарплату на новую", "給与振込口座を変更", "給与の振込先", "更换工资卡", "工资卡变更", "급여 계좌를 변경", "급여 계좌 변경",
        "maaşımın yatırılacağı", "λογαριασμό μισθοδοσίας μου", "חשבון המשכורת שלי", "मेरे वेतन खाते",
        // "I'm in a meeting and can't talk, reply here": the excuse that stops the victim from checking by phone.
        "~i'm in a meeting", "~i am in a meeting", "~in meetings all day", "~can't talk right now", "~can't take calls", "~cannot take calls",
        "~unable to take calls", "~can't call you", "~ich bin in einem meeting", "~ich sitze in einer besprechung", "~kann nicht telefonieren",
        "~je suis en réunion", "~je ne peux pas téléphoner", "~je ne peux pas parler", "~estoy en una reunión", "~no puedo hablar",
        "~no puedo atender llamadas", "~sono in riunione", "~non posso telefonare", "~non posso parlare", "~ik zit in een vergadering",
        "~kan niet bellen", "~estou em reunião", "~não posso falar", "~jestem na spotkaniu", "~nie mogę rozmawiać",
        "~rester discrète", "~rester discret", "~sea discreto", "~sii discreto", "~bleiben sie diskret", "~stay discreet",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "habe meine bank gewechselt", "unsere bankverbindung hat sich geändert", "google play karten", "fotos der codes", "~mein gehaltskonto",
        "~vor der nächsten gehaltsabrechnung", "~nur per e-mail", "~~haben sie kurz zeit",
        "overgestapt naar een andere bank", "onze bankgegevens zijn gewijzigd", "ons rekeningnummer is gewijzigd", "google play kaarten",
        "foto van de codes", "~mijn salarisrekening", "cadeaukaarten kopen", "cadeaukaarten van", "~mail mij de codes", "~de codes mailen",
        "~stuur mij de codes", "~voor de volgende salarisbetaling", "~alleen per e-mail", "~~heb je even tijd",
        "nos coordonnées bancaires ont changé", "nos coordonnées bancaires ont été modifiées", "changé de banque", "cartes google play",
        "photo des codes", "~virement de mon salaire", "~uniquement par e-mail", "~~avez-vous un moment",
        "hemos cambiado de banco", "he cambiado de banco", "nuestros datos bancarios han cambiado", "tarjetas google play", "foto de los códigos",
        "~mi cuenta de nómina", "~responde solo por correo", "~~tienes un momento",
        "abbiamo cambiato banca", "ho cambiato banca", "nostre coordinate bancarie sono cambiate", "carte google play", "foto dei codici",
        "~accredito dello stipendio", "~rispondi solo via email", "~~hai un momento",
        "mudei de banco", "mudamos de banco", "nossos dados bancários mudaram", "cartões google play", "foto dos códigos", "~minha conta salário",
        "~responda apenas por e-mail", "~~tem um minuto",
        "zmieniłem bank", "zmieniłam bank", "zmieniliśmy bank", "nasz numer konta uległ zmianie", "karty google play", "zdjęcie kodów",
        "~przed następną wypłatą", "~~masz chwilę",
        "я сменил банк", "я сменила банк", "мы сменили банк", "карты google play", "фото кодов", "~зарплатную карту", "~~у вас есть минутка",
        "~отвечайте только по почте",
        "наші реквізити змінилися", "наші банківські реквізити змінилися", "~нові реквізити", "я змінив банк", "терміновий переказ", "~ви в офісі",
        "~конфіденційне питання", "~~я на нараді", "~подарункові картки",
        "bankamı değiştirdim", "hesap bilgilerimiz değişti", "google play kartları", "kodların fotoğrafını", "~maaş hesabımı", "~bir sonraki maaş",
        "~sadece e-posta ile", "~~müsait misiniz",
        "弊社の振込先口座が変更", "弊社の振込先が変更", "グーグルプレイカード", "ギフトカードを購入", "~振込先口座が変更", "~振込先が変更", "~lineグループを作成", "~~会議中のため", "~メールでのみ",
        "我司银行账户已变更", "我们的银行账户已变更", "~银行账户已变更", "~收款账户已变更", "~更换了银行账户", "购买礼品卡", "把卡号发给我", "~銀行帳戶已變更", "購買禮品卡", "~工资卡", "~~你现在方便吗", "~~我在开会",
        "당사 계좌가 변경", "저희 계좌가 변경", "기프트카드 구매", "구글플레이 카드", "문화상품권 구매", "~계좌가 변경되었습니다", "~~잠깐 시간 되세요", "~~회의 중이라",
        "تم تغيير حسابنا البنكي", "حسابنا البنكي الجديد", "تغيرت بياناتنا المصرفية", "بطاقات جوجل بلاي", "صورة الأكواد", "~حساب راتبي",
        "~~أنا في اجتماع", "~~هل لديك دقيقة",
        "חשבון הבנק שלנו השתנה", "פרטי הבנק שלנו השתנו", "כרטיסי גוגל פליי", "טובה דחופה", "~חשבון המשכורת", "~~אני בפגישה", "~~יש לך רגע",
        "~רק במייל",
        "τραπεζικός μας λογαριασμός άλλαξε", "νέος τραπεζικός μας λογαριασμός", "άλλαξα τράπεζα", "κάρτες google play", "είστε στο γραφείο",
        "~λογαριασμό μισθοδοσίας", "~~είμαι σε σύσκεψη", "~απάντησε μόνο με email",
        // The opener with a word in between ("bist du gerade im Büro?") and the excuse ("I'm in an appointment and can't
        // phone, answer by mail") where the lists above had only the plain form.
        "bist du gerade im büro", "sind sie gerade im büro", "bist du gerade erreichbar", "~ich sitze in einem termin", "~bin in einem termin",
        "~antworte per mail", "~antworten sie per mail", "~bitte nur per mail", "~~dringenden sache",
        "~전화를 못 받", "~통화가 어렵", "~이메일로 답장", "~메일로 답장", "~~송금 건", "~~오늘 중으로 처리",
        "~電話できません", "~メールで返信", "~~至急の振込", "~不方便接電話", "~没法接电话",
        "~请用邮件回复", "~請用郵件回覆", "~~紧急转账",
        "क्या आप ऑफिस में हैं", "हमारा बैंक खाता बदल गया", "गिफ्ट कार्ड खरीद", "गूगल प्ले कार्ड", "~गोपनीय काम", "~~मैं मीटिंग में हूं",
        "~नया बैंक खाता", "~सैलरी अकाउंट",
        "อยู่ออฟฟิศไหม", "อยู่ที่ออฟฟิศไหม", "บัญชีธนาคารของเราเปลี่ยน", "ซื้อบัตรของขวัญ", "บัตร google play", "~~เป็นความลับ", "~~ติดประชุม",
        "~บัญชีรับเงินเดือน",
        "~~โอนเงิน", "~ผู้ขายรายใหม่", "~จะส่งรายละเอียดบัญชี",
        "có ở văn phòng không", "chúng tôi đã thay đổi tài khoản ngân hàng", "mua thẻ quà tặng", "thẻ google play", "~~tôi đang họp", "~~việc gấp",
        "~chỉ trả lời qua email", "~tài khoản nhận lương",
        "apakah anda di kantor", "bantuan rahasia", "rekening kami telah berubah", "rekening bank kami yang baru", "beli kartu hadiah",
        "kartu google play", "~~saya sedang rapat", "~~ada waktu sebentar",
        "změnili jsme banku", "změnil jsem banku", "naše bankovní spojení se změnilo", "google play karty", "důvěrnou záležitost",
        "~jste v kanceláři", "~~máte chvilku", "~~jsem na poradě", "~mzdový účet",
        "jag har bytt bank", "våra bankuppgifter har ändrats", "google play-kort", "~lönekonto", "~innan nästa lön", "~~sitter i möte",
        "~~har du en minut",
        "o chestiune confidențială", "noul nostru cont bancar", "datele noastre bancare s-au schimbat", "carduri google play", "~sunteți la birou",
        "~ești la birou", "~~sunt într-o ședință", "~contul de salariu",
        "bent vagy az irodában", "bankszámlaszámunk megváltozott", "új bankszámlaszámunk", "google play kártyákat", "~bent van az irodában",
        "~bizalmas ügyben", "~~van egy perce", "~~megbeszélésen vagyok",
        // The CEO fraud's script in Chinese and Japanese (secrecy, an acquisition, a transfer today, a lawyer to follow) and
        // the supplier's new receiving account, as the English terms above say them.
        "~新账户", "~新账号", "~新帳戶", "~~收款账户", "更新收款账户", "变更收款账户", "收款账户变更", "~收款帳戶變更", "~~暂停使用", "~~未结款项",
        "~新しい口座", "~新口座", "~振込先変更", "~振込先の変更", "~口座変更", "~極秘", "~口外しない", "~口外しないよう", "~本日中に送金", "~~送金",
        "~買収案件", "~~收购", "~~保密", "~不要告诉任何人", "~今天必须汇款", "~~汇款",
        // The CEO script's three moves (are you free, an urgent transfer today, I cannot take calls / keep it between
        // us) in the languages whose terms above miss one of them.
        "העברה בנקאית דחופה", "~העברה בנקאית", "~אתה זמין", "~את זמינה", "~שמור את זה בינינו", "~לא יכול לדבר", "不方便接电话", "~新供应商", "请保密",
        "~安排付款", "~今天付款", "電話に出られません", "~新しい取引先", "~内密に", "至急振込", "~本日中にお振込", "전화를 받을 수 없", "~비밀로",
        "급히 송금", "~오늘 중으로 송금", "~새 거래처", "تحويل بنكي عاجل", "~هل أنت متاح", "لا أستطيع الرد على الهاتف", "~حافظ على السرية",
        "~बैंक ट्रांसफर", "~तुरंत ट्रांसफर", "~क्या आप उपलब्ध हैं", "फोन नहीं उठा सकता", "~गोपनीय रखें", "โอนเงินด่วน", "~ว่างไหม", "รับโทรศัพท์ไม่ได้",
        "~เก็บเป็นความลับ", "chuyển khoản gấp", "~bạn có rảnh không", "không nghe điện thoại được", "~giữ bí mật", "επείγουσα μεταφορά",
        "~τραπεζική μεταφορά", "~κράτα το μεταξύ μας", "~вы свободны", "~не могу говорить", "~держите это в секрете", "acil havale",
        "~telefona çıkamıyorum", "~aramızda kalsın", "~personal number", "~personal cell", "~text me on", "~i'm at a conference",
        "~bonifico", "~entro oggi", "~riservata", "~riservatezza",
        // The same moves in the word order the languages also use ("niet telefonisch bereikbaar"), and the secrecy and
        // the foreign account of the Japanese script.
        "~niet telefonisch bereikbaar", "~ik zit in een overleg", "~het is vertrouwelijk", "~betaling voor me", "~nicht telefonisch erreichbar",
        "~社外秘", "~海外口座", "~他の方には共有しないで", "~弁護士から連絡",
        // "I changed banks", which the other languages above have, in the scripts that lacked it.
        "החלפתי בנק", "~לפני המשכורת הבאה", "غيرت البنك", "غيرت بنكي", "~قبل الراتب القادم", "मैंने बैंक बदल दिया", "मैंने अपना बैंक बदल",
        "~अगली सैलरी से पहले", "ฉันเปลี่ยนธนาคาร", "เปลี่ยนบัญชีรับเงินเดือน", "은행을 바꿨", "급여 받을 계좌", "銀行を変えました", "給与口座を変更",
        "我换了银行", "我換了銀行", "~下次发工资前", "~下次發薪前",
        // "I want to pay a supplier today; reply whether you can handle it": the executive's ask, in Japanese.
        "~取引先への支払い", "~対応できるか返信", "~支払いを本日中に", "~~社外秘",
        // The gift-card ask and "send me photos of the codes" in the Nordic languages.
        "köpa presentkort", "~kan du köpa", "bilder på koderna", "~skicka koderna", "kjøpe gavekort", "bilder av kodene", "købe gavekort",
        "billeder af koderne", "ostaa lahjakortteja", "kuvat koodeista",
    ];

    // Sextortion and hacker extortion: "I recorded you, pay in bitcoin or I send it to your contacts".
    private static readonly string[] ExtortionTerms =
    [
        "recorded you", "your webcam", "hacked your", "access to your device", "malware on your", "send it to all your contacts", "send the video",
        "video of you", "all your contacts", "your contacts", "pay in bitcoin", "bitcoin address", "btc address", "i know your password",
        "your password is", "compromising", "embarrassing", "~webcam", "~hacked", "~malware", "~spyware", "~trojan", "~video",
        "~deadline", "~48 hours", "~bitcoin", "~shame", "~adult", "~porn",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "habe ihr gerät gehackt", "habe ihren computer gehackt", "habe dein gerät gehackt", "bitcoin-adresse", "kompromittierendes video",
        "~webseiten für erwachsene", "~an alle ihre kontakte", "~ihre webcam",
        "heb je apparaat gehackt", "heb uw apparaat gehackt", "heb uw computer gehackt", "bitcoin-adres", "compromitterende video",
        "~websites voor volwassenen", "~naar al je contacten", "~naar al uw contacten",
        "j'ai piraté", "ai piraté votre", "adresse bitcoin", "vidéo compromettante", "~sites pour adultes", "~à tous vos contacts", "~votre webcam",
        "he hackeado tu", "he hackeado su", "hackeé tu", "dirección de bitcoin", "video comprometedor", "~sitios para adultos",
        "~a todos tus contactos", "~tu cámara web",
        "ho hackerato il tuo", "ho violato il tuo", "indirizzo bitcoin", "video compromettente", "~siti per adulti", "~a tutti i tuoi contatti",
        "~la tua webcam",
        "hackeei seu", "hackeei o seu", "invadi seu dispositivo", "endereço bitcoin", "endereço de bitcoin", "~sites adultos",
        "~todos os seus contatos", "~sua webcam",
        "włamałem się do twojego", "włamałem się na twoje", "zhakowałem twoje", "adres bitcoin", "kompromitujące nagranie", "~stron dla dorosłych",
        "~do wszystkich twoich kontaktów", "~twoją kamerę",
        "я взломал", "взломал ваш", "взломал твой", "получил доступ к вашему устройству", "записал видео с вашей камеры", "видео с вашей камеры", "ваш аккаунт взломан", "биткоин кошелек", "биткоин кошелёк", "компрометирующее видео", "~сайты для взрослых",
        "~сайтов для взрослых", "~всем вашим контактам",
        "~зламав ваш", "зламав вашу", "зламав твій", "біткоїн гаманець", "компрометуюче відео", "~сайти для дорослих", "~сайтів для дорослих",
        "~всім вашим контактам",
        "cihazınızı hackledim", "cihazını hackledim", "bitcoin adresi", "utanç verici video", "~yetişkin siteleri", "~tüm kişilerinize",
        "~web kameranız",
        "デバイスをハッキング", "ハッキングしました", "ビットコインアドレス", "恥ずかしい動画", "~アダルトサイト", "~連絡先全員に", "~ウェブカメラ",
        "我黑进了你的", "我入侵了你的", "比特币地址", "比特幣地址", "不雅视频", "~成人网站", "~你的所有联系人", "~摄像头",
        "기기를 해킹했", "몸캠", "비트코인 주소", "비트코인으로 지불", "~성인 사이트", "~모든 연락처에", "~웹캠",
        "اخترقت جهازك", "قمت باختراق جهازك", "عنوان البيتكوين", "عنوان بيتكوين", "فيديو فاضح", "~مواقع إباحية", "~المواقع الإباحية",
        "~جميع جهات اتصالك",
        "פרצתי למכשיר", "פרצתי למחשב", "כתובת ביטקוין", "סרטון מביך", "~אתרי פורנו", "~אתרים למבוגרים",
        "~לכל אנשי הקשר שלך",
        "χάκαρα τη συσκευή", "χάκαρα τον υπολογιστή", "διεύθυνση bitcoin", "ενοχοποιητικό βίντεο", "~ιστότοπους ενηλίκων",
        "~ιστοσελίδες για ενήλικες", "~σε όλες τις επαφές σας", "~σε όλες τις επαφές σου",
        "मैंने आपका डिवाइस हैक", "मैंने आपके डिवाइस को हैक", "बिटकॉइन पता", "बिटकॉइन एड्रेस", "अश्लील वीडियो", "~एडल्ट वेबसाइट", "~आपके सभी संपर्कों",
        "~वेबकैम",
        "ฉันได้แฮ็ก", "ฉันแฮ็ก", "ฉันแฮก", "ที่อยู่บิตคอยน์", "คลิปลับของคุณ", "~เว็บไซต์ผู้ใหญ่", "~เว็บโป๊", "~ผู้ติดต่อทั้งหมดของคุณ", "~เว็บแคม",
        "tôi đã hack", "địa chỉ bitcoin", "video nhạy cảm", "clip nhạy cảm", "~trang web người lớn", "~tất cả danh bạ của bạn", "~webcam của bạn",
        "saya telah meretas", "saya sudah meretas", "alamat bitcoin", "video memalukan", "~situs dewasa", "~semua kontak anda", "~webcam anda",
        "hacknul jsem", "napadl jsem vaše", "bitcoinovou adresu", "kompromitující video", "~stránky pro dospělé", "~stránkách pro dospělé",
        "~všem vašim kontaktům", "~vaši webkameru",
        "jag har hackat", "hackat din enhet", "bitcoin-adress", "pinsam video", "~vuxensajter", "~porrsajter", "~till alla dina kontakter",
        "~din webbkamera",
        "am spart dispozitivul", "am piratat dispozitivul", "adresa bitcoin", "video compromițător", "videoclip compromițător",
        "~site-uri pentru adulți", "~tuturor contactelor tale", "~camera web",
        "feltörtem az eszközét", "feltörtem a készülékét", "bitcoin címre", "kompromittáló videó", "~felnőtt oldalakat", "~minden ismerősének",
        "~webkamerá*",
    ];

    // Government and tax impersonation: refunds, fines, tolls, summonses.
    private static readonly string[] GovernmentTerms =
    [
        // The utility cut "tonight" over an unpaid or "not updated" bill (India's electricity-bill scam, the Thai and
        // Latin American copies): the power company never announces a disconnection by calendar invitation. A building's
        // planned outage says the same words, so they are weak unless the bill or "tonight" comes with them.
        "~electricity will be disconnected", "~power will be disconnected", "~electricity will be cut off", "~power will be cut off",
        "disconnected tonight", "~disconnection notice", "बिजली बिल अपडेट नहीं", "कनेक्शन काट दिया जाएगा", "कनेक्शन कट जाएगा", "~बिजली कनेक्शन",
        "ค่าไฟฟ้าค้างชำระ", "~ตัดกระแสไฟฟ้า", "~corte del suministro", "~corte de luz", "~corte de energia", "~coupure d'électricité", "~stromsperre",
        "pemutusan listrik", "~cắt điện",
        "tax refund", "tax return", "unpaid toll", "toll violation", "parking fine", "speeding fine", "traffic fine", "jury duty", "court summons",
        "arrest warrant", "steuererstattung", "steuerrückerstattung", "bußgeld", "remboursement d'impôt", "avis d'imposition", "amende", "devolución de impuestos",
        "multa de tráfico", "rimborso fiscale", "belastingteruggave", "restituição", "zwrot podatku", "налоговый вычет", "vergi iadesi", "~tax", "~refund",
        "~toll", "~fine", "~penalty", "~court", "~summons", "~license", "~licence", "~vehicle", "~parking", "~unpaid", "~outstanding", "~benefit",
        "~pension", "~social security", "~government", "~ministry", "~federal", "~municipal", "~steuer", "~finanzamt", "~maut", "~impôts", "~péage",
        "~multa", "~peaje", "~belasting", "~boete", "~receita", "~imposto", "~podatek", "~mandat", "~налог", "~штраф", "~vergi", "~ceza", "~税務署", "~税务局",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "gerichtliche vorladung", "haftbefehl gegen sie", "strafanzeige gegen sie", "offene mautgebühr*", "ausstehende mautgebühr*",
        "~bußgeldbescheid", "~anspruch auf rückerstattung", "~ihre rentenzahlung",
        "openstaande boete", "onbetaalde boete", "recht op een teruggave", "recht op belastingteruggave", "~dagvaarding", "~verkeersboete", "~cjib",
        "~zorgtoeslag",
        "remboursement d'impôts", "péage impayé", "péages impayés", "convocation au tribunal", "citation à comparaître", "mandat d'arrêt",
        "~droit à un remboursement", "~assurance maladie",
        "reembolso de impuestos", "peaje impago", "peaje pendiente de pago", "citación judicial", "orden de arresto", "~multa pendiente",
        "~agencia tributaria", "~tiene derecho a un reembolso",
        "multa non pagata", "pedaggio non pagato", "pedaggi non pagati", "citazione in giudizio", "mandato di arresto", "~hai diritto a un rimborso",
        "~agenzia delle entrate", "~verbale di contravvenzione",
        "multa não paga", "pedágio não pago", "portagem em dívida", "intimação judicial", "mandado de prisão", "cpf será cancelado",
        "~valores a receber", "~gov.br",
        "nieopłacony mandat", "nieuregulowana opłata za przejazd", "nieopłacona opłata za przejazd", "wezwanie do sądu", "nakaz aresztowania",
        "~nadpłata podatku", "~urząd skarbowy", "~zaległa opłata",
        "возврат налога", "неоплаченный штраф", "неоплаченные штрафы", "повестка в суд", "вызов в суд", "вам положена выплата",
        "вам положена компенсация", "~налоговая задолженность",
        "повернення податку", "неоплачений штраф", "несплачений штраф", "повістка до суду", "виклик до суду", "вам належить виплата",
        "~податкова заборгованість", "~державна допомога",
        "vergi iadeniz", "ödenmemiş trafik cezası", "ödenmemiş geçiş ücreti", "mahkeme celbi", "hakkınızda yakalama kararı", "~hgs ihlal*",
        "~~e-devlet", "~ödenmemiş ceza",
        "還付金があります", "税金の還付", "還付金の受け取り", "未払いの通行料", "裁判所からの呼出", "~給付金の受け取り", "~未納の税金", "~国税庁からのお知らせ",
        "您有一笔退税", "待领取退税", "未缴罚款", "法院传票", "逮捕令", "~领取补贴", "~申领补贴", "~违章罚款",
        "환급금이 있습니다", "미납 과태료", "미납 통행료", "출석요구서", "체포영장", "~범칙금", "~지원금 신청", "~국세청",
        "استرداد ضريبي", "استرداد الضريبة", "غرامة غير مدفوعة", "مخالفة غير مدفوعة", "رسوم عبور غير مدفوعة", "استدعاء للمحكمة", "مذكرة اعتقال",
        "~دعم حكومي",
        "מגיע לך החזר מס", "~החזר מס", "קנס שלא שולם", "דוח חניה שלא שולם", "זימון לבית משפט", "זימון לבית המשפט", "צו מעצר", "~ביטוח לאומי",
        "επιστροφή φόρου", "απλήρωτο πρόστιμο", "απλήρωτα διόδια", "κλήτευση στο δικαστήριο", "ένταλμα σύλληψης", "~~ααδε", "~~επίδομα",
        "~οφειλή προς την εφορία",
        "आयकर रिफंड", "रिफंड स्वीकृत", "बकाया चालान", "अदालत का समन", "गिरफ्तारी वारंट", "डिजिटल अरेस्ट", "~आयकर विभाग", "~ई-चालान",
        "ได้รับเงินคืนภาษี", "เงินคืนภาษีของคุณ", "ค่าปรับค้างชำระ", "ใบสั่งค้างชำระ", "หมายเรียก", "หมายจับ", "~กรมสรรพากร", "~เงินเยียวยา",
        "được hoàn thuế", "khoản hoàn thuế", "phạt nguội", "vi phạm chưa nộp phạt", "giấy triệu tập", "lệnh bắt giam", "~cơ quan thuế",
        "~nhận trợ cấp",
        "pengembalian pajak", "tilang belum dibayar", "denda belum dibayar", "surat panggilan pengadilan", "surat perintah penangkapan",
        "~restitusi pajak", "~bansos", "~bantuan sosial",
        "nárok na vrácení daně", "nezaplacená pokuta", "nezaplacenou pokutu", "nezaplacené mýtné", "předvolání k soudu", "~zatykač", "~finanční úřad",
        "~dálniční známk*",
        "du har en skatteåterbäring", "~skatteåterbäring", "obetald trängselskatt", "obetald vägtull", "obetalda böter", "kallelse till domstol",
        "~skatteverket", "~försäkringskassan",
        "rambursare de impozit", "rambursarea impozitului", "amendă neplătită", "amenzi neplătite", "rovinietă neplătită", "mandat de arestare",
        "~citație", "~anaf",
        "adó-visszatérítés", "adóvisszatérítés", "ki nem fizetett bírság", "kifizetetlen bírság", "kifizetetlen útdíj", "bírósági idézés",
        "~elfogatóparancs", "~e-matrica",
        // Visa and immigration services sold to applicants: lotteries, guaranteed appointments, permits.
        "green card lottery", "dv lottery", "diversity visa", "guaranteed visa", "visa guaranteed", "guaranteed appointment", "~work permit",
        "~visa application", "~immigration", "ραντεβού βίζας", "~βίζα",
    ];

    // Document-share lures: a file waits behind a sign-in.
    private static readonly string[] DocumentShareTerms =
    [
        "shared a document", "shared a file", "sent you a document", "sent you a file", "document is ready", "documents are ready", "review and sign",
        "e-signature", "esignature", "please sign", "secure document", "encrypted message", "view document", "open document", "download document",
        "new fax", "fax message", "voicemail", "~shared", "~document", "~documents", "~file", "~files", "~fax", "~signature", "~sign", "~review",
        "~download", "~encrypted", "~secure", "~pdf", "~attachment", "~docusign", "~sharepoint", "~onedrive", "~dropbox", "~wetransfer", "~dokument",
        "~documento", "~fichier", "~bestand", "~plik",
        // The same weak words in the other languages, so that "here is the document for your review" weighs the same
        // in Hebrew or Korean as in English. Hebrew writes its prepositions and article into the word.
        "~datei", "~unterlagen", "~anhang", "~unterschrift", "~partagé", "~pièce jointe", "~archivo", "~adjunto", "~firma", "~allegato",
        "~condiviso", "~arquivo", "~ficheiro", "~anexo", "~assinatura", "~bijlage", "~gedeeld", "~handtekening", "~załącznik", "~podpis",
        "~udostępniony", "~документ*", "~файл*", "~вложени*", "~подпис*", "~ознакомления", "~belge*", "~dosya*", "~imza*", "~έγγραφο",
        "~έγγραφα", "~αρχείο", "~συνημμένο", "~υπογραφή", "~מסמך", "~מסמכים", "~מסמכי", "~קובץ",
        "~מצורף", "~מצורפים", "~לעיונך", "~לעיונכם", "~לעיין", "~חתימה", "~مستند", "~مستندات", "~ملف",
        "~وثيقة", "~مرفق", "~للمراجعة", "~توقيع", "~文件", "~文档", "~文檔", "~檔案", "~附件", "~审阅", "~審閱", "~签署",
        "~簽署", "~資料", "~書類", "~ファイル", "~添付", "~署名", "~문서", "~자료", "~파일", "~첨부", "~검토", "~서명", "~दस्तावेज़", "~दस्तावेज",
        "~फ़ाइल", "~फाइल", "~संलग्न", "~हस्ताक्षर", "~เอกสาร", "~ไฟล์", "~ไฟล์แนบ", "~ลงนาม", "~tài liệu", "~tệp", "~đính kèm", "~chữ ký",
        "~dokumen", "~berkas", "~lampiran", "~tanda tangan", "~soubor", "~příloha", "~bifogad*", "~underskrift", "~fișier", "~atașament",
        "~semnătură", "~dokumentum", "~fájl", "~melléklet", "~aláírás",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "sicheres dokument erhalten", "verschlüsseltes dokument erhalten", "neues fax erhalten", "neue sprachnachricht erhalten",
        "~~hat ein dokument mit ihnen geteilt", "~hat eine datei für sie freigegeben", "~~prüfen und unterschreiben", "~~dokument anzeigen",
        "beveiligd document ontvangen", "versleuteld document ontvangen", "nieuwe fax ontvangen", "nieuw voicemailbericht",
        "~~heeft een document met u gedeeld", "~~heeft een bestand met je gedeeld", "~~controleren en ondertekenen", "~~bekijk het document",
        "reçu un document sécurisé", "reçu un document chiffré", "reçu un nouveau fax", "un nouveau message vocal",
        "~~a partagé un document avec vous", "~~a partagé un fichier avec vous", "~~examiner et signer", "~~consulter le document",
        "recibido un documento seguro", "recibido un documento cifrado", "recibido un nuevo fax", "tiene un nuevo mensaje de voz",
        "~~ha compartido un documento contigo", "~ha compartido un archivo con usted", "~~revisar y firmar", "~~ver documento",
        "ricevuto un documento sicuro", "ricevuto un documento crittografato", "ricevuto un nuovo fax", "hai un nuovo messaggio vocale",
        "~~ha condiviso un documento con te", "~~ha condiviso un file con lei", "~~rivedi e firma", "~~visualizza documento",
        "recebeu um documento seguro", "recebeu um documento criptografado", "recebeu um novo fax", "tem uma nova mensagem de voz",
        "~~compartilhou um documento com você", "~~partilhou um documento consigo", "~~revisar e assinar", "~~visualizar documento",
        "otrzymałeś bezpieczny dokument", "otrzymałaś bezpieczny dokument", "otrzymałeś nowy faks", "nową wiadomość głosową",
        "~~udostępnił ci dokument", "~~udostępniła ci dokument", "~~sprawdź i podpisz", "~~wyświetl dokument",
        "получили защищенный документ", "получили защищённый документ", "получили новый факс", "новое голосовое сообщение", "~вам доступ к документу",
        "~поделился с вами документом", "~ознакомьтесь и подпишите", "~~просмотреть документ",
        "отримали захищений документ", "отримали зашифрований документ", "отримали новий факс", "нове голосове повідомлення",
        "~вам доступ до документа", "~поділився з вами документом", "~перегляньте та підпишіть", "~~переглянути документ",
        "güvenli bir belge aldınız", "şifreli bir belge aldınız", "yeni bir faks aldınız", "yeni bir sesli mesajınız var",
        "~sizinle bir belge paylaştı", "~sizinle bir dosya paylaştı", "~incele ve imzala", "~~belgeyi görüntüle",
        "セキュアなドキュメントを受信", "暗号化されたドキュメントを受信", "新しいファックスを受信", "新しいfaxを受信", "新しいボイスメール", "~ドキュメントを共有しました", "~確認して署名", "~~ドキュメントを表示",
        "收到一份安全文件", "收到一份加密文件", "您有一份新传真", "新语音留言", "~与您共享了", "~审阅并签署", "~~查看文档", "~~请查看附件",
        "보안 문서가 도착", "보안 문서를 받", "암호화된 문서가 도착", "새 팩스가 도착", "새 음성 메시지", "새 음성메시지", "~문서를 공유했습니다", "~~문서 보기",
        "مستند آمن", "مستند مشفر", "لديك فاكس جديد", "رسالة صوتية جديدة", "~بمشاركة مستند معك", "~بمشاركة ملف معك", "~مراجعة وتوقيع", "~~عرض المستند",
        "קיבלת מסמך מאובטח", "מסמך מאובטח ממתין", "קיבלת פקס חדש", "הודעה קולית חדשה", "~שיתף איתך", "~שיתפה איתך", "~ממתין לחתימתך", "~~צפה במסמך",
        "λάβατε ένα ασφαλές έγγραφο", "λάβατε ένα κρυπτογραφημένο έγγραφο", "λάβατε ένα νέο φαξ", "νέο φωνητικό μήνυμα",
        "~μοιράστηκε ένα έγγραφο μαζί σας", "~μοιράστηκε ένα αρχείο μαζί σας", "~ελέγξτε και υπογράψτε", "~~προβολή εγγράφου",
        "सुरक्षित दस्तावेज़ प्राप्त हुआ", "एन्क्रिप्टेड दस्तावेज़", "नया फैक्स प्राप्त", "नया वॉइस मेल", "नया वॉइसमेल", "~आपके साथ एक दस्तावेज़ साझा",
        "~समीक्षा करें और हस्ताक्षर", "~~दस्तावेज़ देखें",
        "ได้รับเอกสารที่ปลอดภัย", "ได้รับเอกสารที่เข้ารหัส", "คุณมีแฟกซ์ใหม่", "ข้อความเสียงใหม่", "~แชร์เอกสารกับคุณ", "~แชร์ไฟล์กับคุณ",
        "~ตรวจสอบและลงนาม", "~~ดูเอกสาร",
        "nhận được một tài liệu bảo mật", "bản fax mới", "tin nhắn thoại mới", "~đã chia sẻ một tài liệu với bạn", "~đã chia sẻ tệp với bạn",
        "~xem xét và ký", "~~xem tài liệu",
        "menerima dokumen aman", "menerima dokumen terenkripsi", "anda memiliki faks baru", "pesan suara baru", "~membagikan dokumen dengan anda",
        "~~membagikan file dengan anda", "~~tinjau dan tandatangani", "~~lihat dokumen",
        "obdrželi jste zabezpečený dokument", "obdrželi jste nový fax", "novou hlasovou zprávu", "nová hlasová zpráva", "~~s vámi sdílí dokument",
        "~~s vámi sdílel dokument", "~~zkontrolovat a podepsat", "~~zobrazit dokument",
        "fått ett säkert dokument", "fått ett krypterat dokument", "fått ett nytt fax", "nytt röstmeddelande", "~~har delat ett dokument med dig",
        "~har delat en fil med dig", "~~granska och signera", "~~visa dokument",
        "primit un document securizat", "primit un document criptat", "primit un fax nou", "mesaj vocal nou", "~~a partajat un document cu",
        "~a partajat un fișier cu", "~~revizuiți și semnați", "~~vizualizați documentul",
        "biztonságos dokumentumot kapott", "titkosított dokumentumot kapott", "új faxot kapott", "új hangüzenet*",
        "~megosztott önnel egy dokumentumot", "~megosztott önnel egy fájlt", "~ellenőrzés és aláírás", "~~dokumentum megtekintése",
        // "Shared document: …", the title every share notification gives, as "shared document" above.
        "documento compartilhado", "documento partilhado", "udostępniony dokument", "общий документ", "спільний документ", "paylaşılan belge",
        "paylaşılan dosya", "sdílený dokument", "sdílený soubor", "delat dokument", "delad fil", "document partajat", "megosztott dokumentum",
        "κοινοποιημένο έγγραφο", "κοινόχρηστο έγγραφο", "共有ドキュメント", "~共有ファイル", "~共享文档", "~共享文件", "~共用文件", "공유 문서", "공유된 문서",
        "مستند مشترك", "ملف مشترك", "מסמך משותף", "साझा दस्तावेज़", "เอกสารที่แชร์", "tài liệu được chia sẻ", "dokumen yang dibagikan",
        "~sizinle paylaştım", "~sdílím s vámi", "~~dokument najdete zde", "~partilhei consigo", "~compartilhei com você", "~ho condiviso con te",
        // The document behind a link ("at the link below", "protected", "attached"): weak, since a colleague's real share
        // says the same. Not "I have shared": that is how colleagues' own shares begin.
        "~at the following link", "~via the link below", "~at the link below", "~protected document",
        "~unter folgendem link", "~über den folgenden link", "~geschützt", "~geschütztes", "~anbei erhalten sie",
        "~via onderstaande link", "~beveiligd", "~via le lien ci-dessous", "~document protégé",
        "~en el siguiente enlace", "~documento protegido", "~al seguente link", "~documento protetto",
        "~no link abaixo", "~no seguinte link", "~pod linkiem", "~w załączeniu", "~chroniony", "~по ссылке",
        "~за посиланням", "~aşağıdaki bağlantı", "~bağlantıdan", "~下記リンク", "~リンクよりご確認", "~下方链接", "~以下链接",
        "~点击链接查看", "~아래 링크", "~링크를 통해", "~عبر الرابط التالي", "~בקישור הבא", "~לצפות במסמך",
        "~μέσω του παρακάτω συνδέσμου", "~नीचे दिए गए लिंक", "~ลิงก์ด้านล่าง", "~qua liên kết bên dưới", "~melalui tautan berikut", "~na tomto odkazu",
        "~via länken nedan", "~prin linkul de mai jos", "~az alábbi linken",
        "plik udostępniony", "udostępniony plik",
    ];

    // Requests for personal data by reply: what lotteries, 419 letters and CEO fraud need from the victim.
    // A job on offer. Recruiters' real invitations use these words too; JobChatRule counts them only where the
    // conversation moves to a messenger or a text chat.
    private static readonly string[] JobTerms =
    [
        // "A work-from-home opportunity, simple tasks, daily profits", in Arabic without the article the list below has.
        "عمل من المنزل", "نبحث عن موظفين", "~مهام بسيطة", "~أرباح يومية", "~دخل يومي",
        "job interview", "interview*", "recruit*", "hiring", "vacancy", "vacancies", "job offer", "job opening", "remote job", "remote role",
        "remote position", "data entry", "work from home", "no experience needed", "no experience required", "training is provided", "part-time job",
        "online tasks", "talent acquisition",
        // The reply to an application the reader may never have sent, before "the coordinator" moves to a messenger.
        "thank you for applying", "thanks for applying", "your job application", "vielen dank für ihre bewerbung", "merci pour votre candidature",
        "gracias por postularte", "gracias por su postulación", "obrigado por se candidatar", "grazie per la candidatura",
        "bedankt voor je sollicitatie", "bedankt voor uw sollicitatie", "dziękujemy za aplikację", "спасибо за отклик",
        "vorstellungsgespräch", "bewerbungsgespräch", "stellenangebot", "heimarbeit", "entretien d'embauche", "recrutement", "offre d'emploi",
        "teletravail", "entrevista de trabajo", "entrevista de emprego", "oferta de empleo", "oferta de trabajo", "vaga de emprego", "trabajo desde casa",
        "colloquio di lavoro", "offerta di lavoro", "lavoro da casa", "sollicitatiegesprek", "vacature", "thuiswerk", "rozmowa kwalifikacyjna",
        "rekrutacja", "praca zdalna", "oferta pracy", "собеседование", "вакансия", "работа на дому", "удаленная работа", "mülakat", "iş görüşmesi",
        "iş ilanı", "evden çalışma", "وظيفة", "مقابلة عمل", "توظيف", "العمل من المنزل", "ראיון עבודה", "משרה", "עבודה מהבית", "συνέντευξη εργασίας",
        "θέση εργασίας", "面试", "招聘", "兼职", "在家工作", "面接", "求人", "副業", "在宅ワーク", "면접", "채용", "부업", "재택근무", "नौकरी",
        "साक्षात्कार", "घर से काम", "สัมภาษณ์งาน", "รับสมัครงาน", "งานออนไลน์", "phỏng vấn", "tuyển dụng", "việc làm tại nhà", "wawancara kerja",
        "lowongan", "rekrutmen", "kerja dari rumah", "pohovor", "nabídka práce", "anställningsintervju", "jobbintervju", "interviu", "állásinterjú",
        "співбесіда", "вакансія",
    ];

    private static readonly string[] HarvestTerms =
    [
        "your full name", "full name and address", "full names", "your mobile number", "your phone number", "your direct phone", "direct phone number",
        "date of birth", "copy of your id", "copy of your passport", "your bank details", "reply with your", "send me your", "send us your",
        "ihren vollständigen namen", "ihre telefonnummer", "votre nom complet", "votre numéro de téléphone", "su nombre completo", "su número de teléfono",
        "il tuo nome completo", "il tuo numero", "uw volledige naam", "uw telefoonnummer", "seu nome completo", "seu número", "imię i nazwisko",
        "ваше полное имя", "~номер телефона", "adınızı soyadınızı", "您的全名", "~电话", "~氏名", "~passport", "~reisepass", "~passeport", "~pasaporte",
        "~id card", "~personalausweis", "~address", "~whatsapp number",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "~~kopie ihres personalausweises", "~~kopie ihres reisepasses", "~ihr vollständiger name", "~ihr geburtsdatum", "~ihre vollständige adresse",
        "~ihre handynummer", "~ihr beruf", "~~senden sie uns ihre",
        "~~kopie van uw paspoort", "~~kopie van uw identiteitsbewijs", "~uw geboortedatum", "~uw volledige adres", "~uw mobiele nummer", "~uw beroep",
        "~uw bankgegevens", "~~stuur ons uw",
        "~~copie de votre pièce d'identité", "~~copie de votre passeport", "~votre date de naissance", "~votre adresse complète", "~votre profession",
        "~vos coordonnées bancaires", "~votre numéro de portable", "~~envoyez-nous vos",
        "~~copia de su pasaporte", "~~copia de su documento de identidad", "~su fecha de nacimiento", "~su dirección completa", "~su ocupación",
        "~sus datos bancarios", "~tu nombre completo", "~~envíenos su",
        "~~copia del passaporto", "~~copia della carta d'identità", "~data di nascita", "~indirizzo completo", "~la sua professione",
        "~le sue coordinate bancarie", "~suo nome completo", "~~inviateci",
        "~~cópia do seu passaporte", "~~cópia do seu documento de identidade", "~sua data de nascimento", "~seu endereço completo",
        "~seus dados bancários", "~sua profissão", "~~envie-nos",
        "~~kopię dowodu osobistego", "~~kopię paszportu", "~datę urodzenia", "~pełny adres", "~numer telefonu komórkowego", "~swoje dane bankowe",
        "~wiek i zawód", "~~prześlij nam swoje",
        "~~копию паспорта", "~~скан паспорта", "~дату рождения", "~ваш полный адрес", "~род занятий", "~банковские реквизиты",
        "~ваш номер мобильного", "~~пришлите нам",
        "~ваше повне ім'я", "~~копію паспорта", "~дату народження", "~вашу повну адресу", "~ваш номер телефону", "~банківські реквізити",
        "~рід занять", "~~надішліть нам",
        "~~kimlik fotokopisi", "~~kimliğinizin fotokopisi", "~~pasaportunuzun fotokopisi", "~doğum tarihiniz", "~açık adresiniz",
        "~telefon numaranız", "~banka bilgileriniz", "~mesleğiniz",
        "~~身分証明書のコピー", "~~パスポートのコピー", "~生年月日", "~携帯電話番号", "~銀行口座情報", "~フルネーム", "~ご職業", "~~ご返信ください",
        "~~身份证复印件", "~~护照复印件", "~出生日期", "~详细地址", "~银行账户信息", "~手机号码", "~您的职业", "~~身分證影本",
        "~~신분증 사본", "~~여권 사본", "~주민등록번호", "~생년월일", "~휴대폰 번호", "~계좌 정보", "~~직업", "~~성함",
        "~اسمك الكامل", "~~نسخة من جواز سفرك", "~~صورة من جواز سفرك", "~~صورة من بطاقة هويتك", "~تاريخ الميلاد", "~عنوانك الكامل", "~رقم هاتفك",
        "~حسابك البنكي",
        "~שמך המלא", "~~צילום תעודת זהות", "~~צילום דרכון", "~תאריך לידה", "~כתובתך המלאה", "~מספר הטלפון שלך", "~פרטי חשבון הבנק", "~~שלח לנו את",
        "~το ονοματεπώνυμό σας", "~~αντίγραφο της ταυτότητάς σας", "~~αντίγραφο του διαβατηρίου σας", "~ημερομηνία γέννησης", "~πλήρη διεύθυνσή σας",
        "~αριθμό κινητού σας", "~τραπεζικά σας στοιχεία", "~το επάγγελμά σας",
        "~अपना पूरा नाम", "~~आधार कार्ड की कॉपी", "~~पासपोर्ट की कॉपी", "~जन्म तिथि", "~पूरा पता", "~अपना मोबाइल नंबर", "~बैंक खाते का विवरण",
        "~~हमें भेजें",
        "~ชื่อเต็มของคุณ", "~~สำเนาบัตรประชาชน", "~~สำเนาหนังสือเดินทาง", "~วันเดือนปีเกิด", "~ที่อยู่ของคุณ", "~เบอร์โทรศัพท์ของคุณ",
        "~ข้อมูลบัญชีธนาคาร", "~อาชีพของคุณ",
        "~họ tên đầy đủ của bạn", "~~bản sao hộ chiếu", "~~căn cước công dân", "~ngày sinh của bạn", "~địa chỉ đầy đủ", "~số điện thoại của bạn",
        "~thông tin tài khoản ngân hàng", "~nghề nghiệp của bạn",
        "~nama lengkap anda", "~~salinan paspor anda", "~~fotokopi ktp", "~tanggal lahir", "~alamat lengkap anda", "~nomor telepon anda",
        "~rincian rekening bank", "~pekerjaan anda",
        "~vaše celé jméno", "~~kopii občanského průkazu", "~~kopii cestovního pasu", "~datum narození", "~úplnou adresu", "~vaše telefonní číslo",
        "~bankovní údaje", "~vaše povolání",
        "~ditt fullständiga namn", "~~kopia på ditt pass", "~~kopia av ditt pass", "~~kopia på din legitimation", "~ditt födelsedatum",
        "~din fullständiga adress", "~ditt telefonnummer", "~dina bankuppgifter",
        "~numele dumneavoastră complet", "~numele tău complet", "~~copie după pașaport", "~~copie după buletin", "~data nașterii", "~adresa completă",
        "~numărul de telefon", "~detaliile contului bancar",
        "~teljes nevét", "~~személyi igazolványa másolatát", "~~útlevele másolatát", "~születési dátum*", "~pontos címét", "~telefonszámát",
        "~bankszámla adatait", "~foglalkozását",
    ];
}
