using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The fake meeting-client update: "your Zoom client is out of date, install the update to join" followed by a link
/// to a site that is neither the sender's nor the meeting service's. Meeting services update themselves or link to
/// their own download pages; an organisation's IT links to its own site. The campaigns need the reader to fetch a
/// program from their host, so they must say so next to that link.
/// </summary>
public sealed class ClientUpdateRule : Rule
{
    /// <summary>Install-or-update wording next to a link to a stranger's host.</summary>
    public static readonly Signal ClientUpdate = new("CLIENT_UPDATE_LURE", Groups.Content, 4.4,
        "The text says a meeting app, client or plugin must be installed or updated to join, with a link that is neither the sender's nor the meeting service's own site.");

    /// <summary>The update dressed as the meeting itself: its link is where the event says to join, or its host is named after the service.</summary>
    public static readonly Signal Staged = new("CLIENT_UPDATE_STAGED", Groups.Content, 3.1,
        "The install-or-update link is the event's own place to join (LOCATION, URL or CONFERENCE), or its host or the sender's domain is named after a meeting service it does not belong to (zoom-update.example).");

    // A meeting program named ...
    private static readonly string[] Programs =
    [
        "zoom", "teams", "webex", "skype", "google meet", "gotomeeting", "client", "plugin", "plug-in", "extension", "meeting app", "desktop app",
        "codec", "player", "klient", "cliente", "aplicacion", "aplicativo", "anwendung", "programm", "logiciel", "приложени", "клиент", "uygulama",
        "istemci", "クライアント", "アプリ", "客户端", "插件", "클라이언트", "앱", "ung dung", "aplikasi", "applicazione", "aplikacj",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "erweiterung", "applicatie", "toepassing", "extensie", "l'application", "complemento", "estensione", "componente aggiuntivo", "aplicacao",
        "extensao",
        "wtyczk", "rozszerzeni", "плагин", "расширени", "застосун", "додаток", "клієнт", "плагін", "розширення", "eklenti", "yazilim",
        "プラグイン", "拡張機能", "ソフトウェア", "应用程序", "客戶端", "软件", "軟體", "外掛", "플러그인", "프로그램",
        "تطبيق", "برنامج", "المكون الإضافي", "ملحق", "אפליקציה", "אפליקציית", "יישום", "תוסף", "תוכנה", "תוכנת", "εφαρμογ", "λογισμικ", "πρόσθετο",
        "προσθετο", "ऐप", "एप्लिकेशन", "सॉफ्टवेयर", "प्लगइन", "क्लाइंट", "แอป", "แอพ", "โปรแกรม", "ปลั๊กอิน", "ไคลเอนต์",
        "ứng dụng", "phần mềm", "phan mem", "perangkat lunak", "ekstensi", "aplikac", "rozsireni", "zasuvny modul", "programvara", "insticksprogram",
        "aplicati", "programul", "extensia", "alkalmazas", "kliens", "bovitmeny", "szoftver",
        // "The meeting link cannot be opened in your browser: install the update": the browser as the program to fix.
        "browser", "navigateur", "navegador", "przegladark", "браузер", "tarayici", "ブラウザ", "浏览器", "瀏覽器", "브라우저", "เบราว์เซอร์",
        "trinh duyet", "peramban",
    ];

    // ... that is out of date or must be installed.
    private static readonly string[] UpdateWords =
    [
        "out of date", "outdated", "no longer supported", "not supported", "update required", "requires an update", "mandatory update", "required update",
        "mandatory security update", "latest version", "newest version", "install the update", "install now", "install the latest", "download the latest",
        "update now", "please install", "install the", "download and install", "plugin required", "plug-in required", "must be updated", "needs to be updated", "needs an update",
        // "Please update your Zoom client to version 24.3", "install the security update first".
        "security update", "to version",
        "requires the latest", "update and join", "update to join", "install to join", "update before joining", "최신 버전 설치",
        "nicht mehr unterstutzt", "veraltet", "aktualisieren sie", "neueste version", "mise a jour", "n'est plus compatible", "plus pris en charge",
        "installez", "actualiza", "version mas reciente", "ya no es compatible", "atualize", "atualizacao", "nao e mais suportad", "aggiorna",
        "non e piu supportat", "bijwerken", "verouderd", "zaktualizuj", "aktualizacj", "nieaktualn", "обновите", "обновлени", "устарел", "guncelle",
        "更新", "アップデート", "업데이트", "cap nhat", "perbarui",
        // More languages: de nl fr es it pt pl ru uk tr ja zh ko ar he el hi th vi id cs sv ro hu
        "aktualisierung erforderlich", "update erforderlich", "nicht mehr kompatibel", "installieren sie", "niet meer ondersteund",
        "wordt niet ondersteund", "update vereist", "installeer nu", "obsolet", "n'est plus supporte", "mettez a jour", "telechargez",
        "no es compatible", "ya no tiene soporte", "instale la", "descargue la", "non e piu compatibile", "desatualizad", "nao e mais compativel",
        "instale a", "baixe a",
        // "You need to install our plugin to join": the install as a condition, in the masculine and more languages.
        "necessario instalar", "instale o", "baixe o", "es necesario instalar", "instale el", "descargue el", "e necessario installare",
        "installare il", "necessaire d'installer", "installer le", "muss installiert werden", "moet worden geinstalleerd",
        "przestarzal", "nie jest juz obslugiwan", "nie jest obslugiwan", "zainstaluj", "не поддерживается", "установите", "скачайте", "застарів",
        "застаріл", "не підтримується", "оновіть", "оновлення", "потрібно оновити", "встановіть", "завантажте", "eski surum", "desteklenmiyor",
        "yukleyin",
        "サポートされていません", "サポートが終了", "古いバージョン", "インストールしてください", "版本过旧", "版本過舊", "不再支持", "不再支援", "请安装", "請安裝", "升级", "升級", "지원되지 않습니다", "더 이상 지원되지",
        "최신 버전을 설치", "구버전",
        "إصدار قديم", "اصدار قديم", "لم يعد مدعوم", "غير مدعوم", "تحديث إلزامي", "تحديث الزامي", "تحديث مطلوب", "يتطلب تحديث", "قم بتحديث",
        "قم بتثبيت", "גרסה מיושנת", "גרסה ישנה", "אינה נתמכת", "אינו נתמך", "לא נתמך", "נדרש עדכון", "יש לעדכן", "עדכן עכשיו", "התקן עכשיו", "התקינו",
        "απαιτείται ενημέρωση", "απαιτειται ενημερωση", "δεν υποστηρίζεται", "δεν υποστηριζεται", "παλιά έκδοση", "ξεπερασμένη έκδοση",
        "εγκαταστήστε", "ενημερώστε την εφαρμογή", "पुराना संस्करण", "पुराना वर्जन", "समर्थित नहीं", "अपडेट करें", "अपडेट आवश्यक", "इंस्टॉल करें",
        "เวอร์ชันเก่า", "เวอร์ชั่นเก่า", "ไม่รองรับ", "อัปเดต", "อัพเดท", "อัพเดต",
        "cập nhật", "khong con duợc hỗ trợ", "khong duợc hỗ trợ", "khong con duoc ho tro", "phien bản cu", "phien ban cu", "versi lama",
        "tidak lagi didukung", "tidak didukung", "pembaruan wajib", "instal sekarang", "zastarala verze", "zastaralou verzi", "neni podporovan",
        "aktualizujte", "vyzaduje aktualizaci", "nainstalujte", "foraldrad", "stods inte", "uppdatera nu", "kraver en uppdatering",
        "maste uppdateras", "installera den senaste", "versiune invechita", "nu mai este acceptat", "nu mai este suportat", "actualizeaza",
        "instalati", "elavult", "nem tamogatott", "frissitse", "frissites szukseges", "kotelezo frissites", "telepitse",
    ];

    // The services' own download sites.
    private static readonly string[] VendorDomains =
    [
        "zoom.us", "zoom.com", "zoomgov.com", "microsoft.com", "aka.ms", "office.com", "live.com", "skype.com", "lync.com", "webex.com", "cisco.com",
        "google.com", "gotomeeting.com", "goto.com", "apple.com",
    ];

    private const int Window = 300;

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [ClientUpdate, Staged];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var content = context.Content;
        // A sender whose domain spells a meeting service it is not (zoom-security-kr.com) links to its own download.
        var domains = BrandRule.OwnDomains(context);
        var own = domains.Where(d => !PosesAsVendor(d)).ToList();
        foreach (var (text, calendar) in new[] { (content.Calendar.Text, true), (content.Body.Text, false) })
        {
            // The links decide first: most invitations link only to their sender and their meeting service, and
            // then the wording is not searched at all.
            if (StrangerLink(calendar, content.Links, own) is not { } link || !Programs.Any(p => text.Contains(p, StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var word in UpdateWords)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    // "Review the latest version of the document" is a file's version; a program's needs fetching.
                    if (ProgramNear(text, at) && !Participle(text, at + word.Length) &&
                        (!word.Contains("version", StringComparison.Ordinal) || FetchNear(text, at)))
                    {
                        hits.Add(ClientUpdate, $"\"{word}\" with a link to {link.AsciiHost}");
                        if (StagedAs(content.Links, link, domains) is { } staged)
                        {
                            hits.Add(Staged, staged);
                        }
                        return;
                    }
                }
            }
        }
    }

    private static readonly string[] FetchWords =
    [
        "install", "download", "update", "upgrade", "telecharg", "installez", "herunterladen", "installieren", "descarg", "instal", "scaric", "baix",
        "pobierz", "скача", "установ", "indir", "yukle", "kurun", "ダウンロード", "インストール", "下载", "安装", "다운로드", "설치", "tai ve", "unduh",
        // More languages: de ru uk zh ar he el hi th vi cs sv ro hu
        "aktualisier", "загруз", "завантаж", "встанов", "онов", "下載", "安裝", "تثبيت", "تنزيل", "تحميل", "تحديث", "התקנ", "התקן", "הורד", "עדכן",
        "εγκατ", "λήψη", "ληψη", "κατεβάστε", "ενημέρωσ", "ενημερωσ",
        "इंस्टॉल", "डाउनलोड", "अपडेट", "ติดตั้ง", "ดาวน์โหลด", "อัปเดต", "อัพเดท", "tải về", "cai dặt", "cai dat", "cập nhật", "stahn", "aktualiz",
        "ladda ner", "uppdatera", "descarc", "actualiz", "letolt", "telepit", "frissit",
    ];

    private static readonly string[] VendorNames = ["zoom", "teams", "msteams", "webex", "skype", "gotomeeting"];

    // A word of the domain's registered name that is a meeting service's name, on a domain that is not the service's.
    private static bool PosesAsVendor(string domain)
    {
        if (VendorDomains.Any(v => DomainNames.IsWithin(domain, v)))
        {
            return false;
        }
        var registered = DomainNames.Organizational(domain);
        var name = registered.IndexOf('.') is var dot and > 0 ? registered[..dot] : registered;
        return name.Split('-').Any(w => VendorNames.Contains(w));
    }

    // "El plan actualizado", "il file aggiornato": the document was updated, nobody is told to update anything.
    private static bool Participle(string text, int end) =>
        end + 2 <= text.Length && text.AsSpan(end, 2) is "do" or "da" or "to" or "ta" && (end + 2 == text.Length || !char.IsLetter(text[end + 2]) ||
            text[end + 2] == 's');

    // The campaigns put the download where the meeting would be, or on a name that passes for the service's.
    private static string? StagedAs(IReadOnlyList<Link> links, Link link, List<string> domains)
    {
        if (links.FirstOrDefault(l => l.Where is "LOCATION" or "URL" or "CONFERENCE" && l.AsciiHost == link.AsciiHost) is { } place)
        {
            return $"the event's {place.Where} is the download at {link.AsciiHost}";
        }
        if (PosesAsVendor(link.AsciiHost))
        {
            return $"{link.AsciiHost} is named after a meeting service";
        }
        return domains.FirstOrDefault(PosesAsVendor) is { } sender ? $"the sender's {sender} is named after a meeting service" : null;
    }

    private static bool FetchNear(string text, int at)
    {
        var start = Math.Max(0, at - 80);
        var window = text.AsSpan(start, Math.Min(text.Length, at + 80) - start);
        foreach (var word in FetchWords)
        {
            if (window.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ProgramNear(string text, int at)
    {
        var start = Math.Max(0, at - Window);
        var window = text.AsSpan(start, Math.Min(text.Length, at + Window) - start);
        foreach (var program in Programs)
        {
            if (window.Contains(program, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Links are blanked out of the normalised text, so "next to" means in the same text: the calendar's fields or the bodies.
    private static Link? StrangerLink(bool calendar, IReadOnlyList<Link> links, List<string> own)
    {
        foreach (var link in links)
        {
            var host = link.AsciiHost;
            if ((link.Where is "BODY" or "HTML") == calendar || host.Length == 0 || link.Scheme is not ("http" or "https") ||
                own.Any(d => DomainNames.Related(d, host)) ||
                // A form or a file on the vendor's user-content hosting (a Google Form) is anybody's page, not the vendor's download.
                (VendorDomains.Any(v => DomainNames.IsWithin(host, v)) && !KnownDomains.IsFreeHosting(link)))
            {
                continue;
            }
            return link;
        }
        return null;
    }
}
