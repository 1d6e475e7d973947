using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The honour that costs the honoured: a stranger invites the reader to speak at a conference, or to check the
/// company's entry in an exhibitor directory or fair guide, and the same text names a fee. Predatory conferences
/// earn their money from their "invited speakers", and the "free update" of a directory entry is a signed order for
/// years of listing; the vanity award "shortlists" a company and sells it the winner's package. Real organisers pay or
/// waive a speaker's registration, a fair's own catalogue is not sold to exhibitors by invitation, and a real award's
/// finalists buy gala seats, not their trophy.
/// </summary>
public sealed class PaidHonourRule : Rule
{
    /// <summary>An invitation to speak or to be listed that names a fee.</summary>
    public static readonly Signal PaidHonour = new("LURE_PAID_HONOUR", Groups.Content, 3.5,
        "The reader is invited to speak at a conference, to check a directory or fair-guide entry, or hears that their company was shortlisted for an award, and the same text names a fee: predatory conferences charge their \"invited speakers\", the \"free update\" of a directory entry is an order, and the vanity award sells its winner a trophy package.");

    // Invited to speak, chair or be listed, in the languages of the corpora.
    private static readonly string[] HonourWords = TextNormaliser.NormaliseAll(
    [
        "as a speaker", "as an invited speaker", "editorial board", "present a paper", "present your paper", "present your research",
        "einen vortrag zu halten", "présenter une communication", "presentar una ponencia", "presentare una relazione",
        "apresentar um trabalho", "wygłoszenia referatu", "выступить с докладом", "as keynote speaker", "as a keynote speaker", "as a guest speaker", "as session chair",
        "your company entry", "your company listing", "exhibitor directory", "exhibitors directory", "expo guide", "fair guide",
        "trade fair directory", "update your listing", "update your entry", "come relatore", "come relatrice", "come speaker",
        "catalogo espositori", "elenco espositori", "als referent", "als redner", "als sprecher", "firmeneintrag", "ausstellerverzeichnis",
        "messeverzeichnis", "messeführer", "en tant qu'intervenant", "en tant que conférencier", "comme intervenant", "comme conférencier",
        "annuaire des exposants", "guide des exposants", "como ponente", "como conferenciante", "como orador", "directorio de expositores",
        "guía de expositores", "catálogo de expositores", "como palestrante", "guia de expositores", "als spreker", "exposantengids",
        "bedrijfsvermelding", "jako prelegent", "jako mówca", "katalog wystawców", "wpis firmy", "ως ομιλητή", "ως ομιλήτρια", "ως κεντρικό ομιλητή",
        "в качестве спикера", "в качестве докладчика", "в качестве лектора", "каталог экспонентов", "як спікера", "як доповідача",
        "konuşmacı olarak", "fuar kataloğu", "講演者として", "登壇者として", "出展者名簿", "演讲嘉宾", "特邀讲者", "作为讲者", "参展商名录",
        "연사로", "발표자로", "참가업체 목록", "كمتحدث", "دليل العارضين", "כמרצה", "כדובר", "כדוברת", "वक्ता के रूप में", "เป็นวิทยากร",
        // The vanity award: the company "shortlisted" or "nominated", the editor's "feature".
        "shortlisted for", "has been nominated", "have been nominated", "been selected for the", "selected you for", "selected for our",
        "wurde nominiert", "ist nominiert", "a été sélectionnée", "est nominée", "è stata selezionata", "è stata nominata", "ha sido seleccionada",
        "ha sido nominada", "foi selecionada", "foi nomeada", "är nominerat", "är nominerad", "is genomineerd", "została nominowana",
        "номинирована", "aday gösterildi", "επιλέχθηκε για", "ノミネートされ", "入围", "入圍", "후보로 선정", "تم ترشيح", "נבחרה ל",
    ]);

    // A fee the honoured pays.
    private static readonly string[] FeeWords = TextNormaliser.NormaliseAll(
    [
        "registration fee", "speaker fee", "publication charge", "processing charge", "publication fee", "listing fee", "participation fee", "annual fee", "conference fee",
        "quota di registrazione", "quota di iscrizione", "quota di partecipazione", "canone annuo", "teilnahmegebühr", "registrierungsgebühr",
        "anmeldegebühr", "eintragungsgebühr", "jahresgebühr", "frais d'inscription", "frais de participation", "frais de publication",
        "tarif annuel", "cuota de inscripción", "cuota de registro", "tarifa de inscripción", "tarifa anual", "taxa de inscrição",
        "taxa de registro", "taxa anual", "inschrijfgeld", "registratiekosten", "deelnamekosten", "opłata rejestracyjna",
        "opłata konferencyjna", "opłata za udział", "opłata roczna", "κόστος εγγραφής", "τέλος εγγραφής", "κόστος συμμετοχής",
        "регистрационный взнос", "организационный взнос", "стоимость участия", "реєстраційний внесок", "вартість участі", "kayıt ücreti",
        "katılım ücreti", "yıllık ücret", "登録料", "参加費", "掲載料", "注册费", "会务费", "参会费", "刊登费", "등록비", "참가비", "게재료",
        "رسوم التسجيل", "رسوم المشاركة", "דמי רישום", "דמי השתתפות", "पंजीकरण शुल्क", "ค่าลงทะเบียน",
        // What the "winner" buys: the trophy package, the feature's media kit.
        "winner's package", "winners package", "winner package", "award package", "media kit fee", "feature fee", "gewinnerpaket",
        "pack lauréat", "pack du lauréat", "pacchetto vincitore", "paquete de ganador", "pacote de vencedor", "vinnarpaket", "winnaarspakket",
        "pakiet laureata", "пакет победителя", "kazanan paketi", "πακέτο βραβευθέντος", "πακέτο νικητή", "受賞パッケージ", "获奖套餐", "獲獎套餐",
        "수상 패키지", "باقة الفائز", "חבילת זוכה", "חבילת הזוכה",
    ]);

    // The organiser who waives the fee is the real one.
    private static readonly string[] WaivedWords = TextNormaliser.NormaliseAll(
    [
        "waived", "no registration fee", "free of charge", "complimentary registration", "entfällt", "erlassen", "offert", "exonéré",
        "gratuita per i relatori", "exento", "isento", "kwijtgescholden",
    ]);

    private static readonly WordSearch HonourSearch = new(HonourWords);
    private static readonly WordSearch FeeSearch = new(FeeWords);
    private static readonly WordSearch WaivedSearch = new(WaivedWords);

    // Enough for any invitation's text; the searches stay linear beyond it.
    private const int MaxChars = 20_000;

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [PaidHonour];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var text in new[] { context.Content.Calendar.Text, context.Content.Body.Text })
        {
            var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
            var honour = HonourSearch.IndexOfAny(span);
            var fee = honour < 0 ? -1 : FeeSearch.IndexOfAny(span);
            if (fee >= 0 && WaivedSearch.IndexOfAny(span) < 0)
            {
                hits.Add(PaidHonour, $"\"{HonourSearch.WordAt(span, honour)}\" with \"{FeeSearch.WordAt(span, fee)}\"");
                return;
            }
        }
    }
}
