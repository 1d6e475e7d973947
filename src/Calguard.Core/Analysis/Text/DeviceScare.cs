namespace Calguard.Analysis.Text;

/// <summary>
/// The tech-support and fake-antivirus scare: "a virus was detected on your PC", "your phone is infected", "your device
/// may be exposed". It opens the message; a number to call or a link to "clean" the device closes it. Specific phrases,
/// since a clinic's "symptoms of coronavirus? call us first" and an IT team's malware training name viruses too.
/// </summary>
internal static class DeviceScare
{
    private static readonly string[] Phrases = TextNormaliser.NormaliseAll(
    [
        "virus detected", "viruses detected", "virus found", "virus alert", "has a virus", "virus on your", "viruses on your", "computer virus",
        "device is infected", "computer is infected", "pc is infected", "phone is infected", "system is infected", "infected with a virus",
        "device may be exposed", "device is at risk", "virus erkannt", "computer ist infiziert", "mit einem virus infiziert",
        "virus détecté", "ordinateur est infecté", "appareil est infecté", "virus detectado", "equipo está infectado", "dispositivo está infectado",
        "virus rilevato", "computer è infetto", "dispositivo è infetto", "wykryto wirusa", "komputer jest zainfekowany", "обнаружен вирус",
        "компьютер заражен", "заражен вирусом", "virüs tespit", "virüs bulaştı", "ウイルスが検出", "ウイルスを検出", "ウイルス感染", "ウイルスに感染",
        "检测到病毒", "感染了病毒", "木马病毒", "바이러스가 발견", "바이러스에 감염", "تم اكتشاف فيروس", "مصاب بفيروس", "נגוע בווירוס",
        "זוהה וירוס", "μολυνθεί από ιό", "εντοπίστηκε ιός", "वायरस से संक्रमित", "वायरस पाया", "ติดไวรัส", "ตรวจพบไวรัส", "bị nhiễm virus",
        "terinfeksi virus", "virus gedetecteerd", "computer is geïnfecteerd", "apparaat is geïnfecteerd",
        // The remote-access scare: "a remote session was opened on your PC, do not restart it, call support".
        // "Your Windows licence has expired, your device is no longer protected": the scare without the word virus.
        "no longer protected", "nicht mehr geschützt", "n'est plus protégé", "ya no está protegido", "non è più protetto", "não está mais protegido",
        "não está protegido", "niet meer beschermd", "nie jest już chronione", "больше не защищ", "artık korunmuyor", "δεν προστατεύεται πλέον",
        "אינו מוגן עוד", "لم يعد محميا", "अब सुरक्षित नहीं", "ไม่ได้รับการปกป้องอีกต่อไป", "더 이상 보호되지", "保護されていません", "不再受保护",
        "windows license has expired", "windows licence has expired", "windows-lizenz ist abgelaufen", "licence windows a expiré",
        // "Your computer may be unprotected": the same scare, said of the device.
        "computer is unprotected", "computer may be unprotected", "device is unprotected", "pc is unprotected", "computer is onbeschermd",
        "computer is mogelijk onbeschermd", "apparaat is onbeschermd", "computer ist ungeschützt", "gerät ist ungeschützt",
        "ordinateur n'est pas protégé", "ordinateur est vulnérable", "equipo está desprotegido", "computadora está desprotegida",
        "computer non è protetto", "computador está desprotegido", "komputer jest niechroniony", "компьютер не защищ", "bilgisayarınız korumasız",
        "licentie is verlopen", "microsoft-licentie is verlopen", "lizenz ist abgelaufen", "licence a expiré", "licencia ha caducado",
        "licenza è scaduta", "licença expirou", "licencja wygasła",
        "remote session was opened", "remote session detected", "do not restart or shut down", "do not shut down your computer", "firewall alert",
    ]);

    // The malware's names: a scare beside a callback number, but also every security-awareness session's subject.
    private static readonly string[] MalwareNames = TextNormaliser.NormaliseAll(
        ["trojan", "malware", "spyware", "ransomware", "троян", "トロイの木馬", "악성코드"]);

    private static readonly WordSearch PhraseSearch = new(Phrases);
    private static readonly WordSearch AnySearch = new([.. Phrases, .. MalwareNames]);

    /// <summary>The first scare phrase in the calendar text or the body, or null; <paramref name="withMalwareNames"/> also counts the bare names.</summary>
    public static string? Find(ContentFacts content, bool withMalwareNames)
    {
        var search = withMalwareNames ? AnySearch : PhraseSearch;
        foreach (var text in new[] { content.Calendar.Text, content.Body.Text })
        {
            var at = search.IndexOfAny(text);
            if (at >= 0)
            {
                return search.WordAt(text, at);
            }
        }
        return null;
    }
}
