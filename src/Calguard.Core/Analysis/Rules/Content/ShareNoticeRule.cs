using System.Text.RegularExpressions;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// An event titled as a file-share notice ("Anna shared “Invoice 0412.pdf” with you"): OneDrive, Google Drive and
/// Dropbox send such notices by e-mail, never as a calendar event. Lure kits reuse the notice's wording as the
/// invitation's title so that the calendar shows it; a colleague's meeting about a file names the meeting
/// ("Review: Q3 forecast.xlsx"), not the act of sharing.
/// </summary>
public sealed partial class ShareNoticeRule : Rule
{
    /// <summary>The title is a file-share notice.</summary>
    public static readonly Signal ShareNotice = new("SHARE_NOTICE_AS_EVENT", Groups.Content, 2.0,
        "The event's title is a file-share notice (\"… shared “Invoice.pdf” with you\"), which sharing services send by e-mail, never as an invitation: a lure kit's template.");

    // "Shared" as the notices of the big sharing services word it, in the languages of the corpora (lower case).
    private static readonly string[] SharedWords =
    [
        "shared", "geteilt", "freigegeben", "partagé", "compartido", "compartió", "compartilhou", "compartilhado", "condiviso",
        "partilhou", "partilhado", "gedeeld", "udostępnił", "udostępniła", "поделился", "поделилась", "надав доступ", "paylaştı", "共享", "共有",
        "공유", "שיתף", "שיתפה", "κοινοποίησε", "sdílel", "sdílela", "delade", "a partajat", "megosztotta", "membagikan", "đã chia sẻ", "साझा",
        "แชร์",
    ];

    // A file name: a name, a dot, a document's extension.
    [GeneratedRegex(@"[^\s""“”„'«»/\\]\.(?:pdf|docx?|xlsx?|pptx?|zip|html?|rtf|odt|ods|csv|txt)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex FileName();

    // English "shared" is also an adjective ("Shared services budget.xlsx"): as the notice's verb it is followed by the
    // file, an article, "with" or a colon.
    private static readonly string[] AfterShared = [" “", " \"", " '", " «", " a ", " an ", " the ", " with", " you", ":", " -", " –"];

    private static bool Shares(string title, string word)
    {
        for (var at = title.IndexOf(word, StringComparison.Ordinal); at >= 0; at = title.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (word != "shared" || end == title.Length || AfterShared.Any(a => string.CompareOrdinal(title, end, a, 0, a.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    // The notice's own sentence, when the kit leaves the file name out ("Büşra Çelik sizinle bir dosya paylaştı").
    private static readonly string[] NoticeSentences =
    [
        "shared a file with you", "shared a document with you", "shared a folder with you", "has shared a file", "has shared a document",
        "eine datei mit ihnen geteilt", "ein dokument mit ihnen geteilt", "einen ordner mit ihnen geteilt", "a partagé un fichier avec vous",
        "a partagé un document avec vous", "a partagé un dossier avec vous", "ha compartido un archivo contigo", "ha compartido un archivo con usted",
        "compartió un archivo con usted", "compartió un documento con usted", "compartilhou um arquivo com você", "compartilhou um documento com você",
        "partilhou um ficheiro consigo", "ha condiviso un file con te", "ha condiviso un documento con te", "heeft een bestand met u gedeeld",
        "heeft een document met u gedeeld", "udostępnił(a) ci plik", "udostępnił ci plik", "udostępniła ci plik", "udostępnił ci dokument",
        "поделился с вами файлом", "поделилась с вами файлом", "поделился с вами документом", "sizinle bir dosya paylaştı",
        "sizinle bir belge paylaştı", "sizinle bir klasör paylaştı", "μοιράστηκε ένα αρχείο μαζί σας", "שיתף איתך קובץ", "שיתפה איתך קובץ",
        "شارك ملفًا معك", "شارك ملفا معك", "शेयर की है", "ने आपके साथ एक फ़ाइल साझा की", "แชร์ไฟล์กับคุณ", "님이 파일을 공유했습니다",
        "さんがファイルを共有しました", "与您共享了文件", "與您共用了檔案", "sdílel(a) s vámi soubor", "delade en fil med dig",
    ];

    // A title longer than this is not a notice's.
    private const int MaxTitle = 300;

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [ShareNotice];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (_, ev) in context.Events)
        {
            if (ev.Summary is not { Length: > 0 } summary)
            {
                continue;
            }
            var title = (summary.Length > MaxTitle ? summary[..MaxTitle] : summary).ToLowerInvariant();
            var word = SharedWords.FirstOrDefault(w => Shares(title, w)) is { } shared && FileName().IsMatch(title)
                ? shared
                : NoticeSentences.FirstOrDefault(s => title.Contains(s, StringComparison.Ordinal));
            if (word is not null)
            {
                hits.Add(ShareNotice, $"\"{(summary.Length > 80 ? summary[..80] + "…" : summary)}\" (\"{word}\")");
                return;
            }
        }
    }
}
