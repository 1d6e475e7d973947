using System.Text;
using System.Text.RegularExpressions;
using Calguard.CalDav.Tests.Infrastructure;
using MimeKit;

namespace Calguard.Integration.Tests.CalDav.Infrastructure;

/// <summary>
/// Real invitations from <c>../shared/corpus</c> (ham) and the calendar parts of spam messages from
/// <c>corpus/dev/spam</c>, stored the way a CalDAV server keeps them: one UID per object, no METHOD (RFC 4791 §4.1).
/// </summary>
/// <remarks>
/// The lists are fixed so that a test knows what it expects; <see cref="EngineExpectations"/> checks before each
/// test that the engine still judges them as the test assumes (spam as a bare calendar, ham not spam).
/// </remarks>
internal static partial class CorpusMix
{
    /// <summary>
    /// Ham: nextcloud-calendar and kcalutils objects, calendar parts of Thunderbird and calmailproc mails; one version per
    /// UID, and only files that Radicale 3.1 and Xandikos 0.2 both store (several corpus files are invalid iCalendar,
    /// e.g. DTEND with DURATION, or quoted-printable residue in a parameter).
    /// </summary>
    public static readonly string[] HamFiles =
    [
        "ics/nextcloud-calendar/vcalendars/vcalendar-event-alarms.ics",
        "ics/nextcloud-calendar/vcalendars/vcalendar-event-allday.ics",
        "ics/nextcloud-calendar/vcalendars/vcalendar-event-recurring-allday.ics",
        "ics/nextcloud-calendar/vcalendars/vcalendar-todo.ics",
        "ics/kcalutils/event-1.ics",
        "ics/kcalutils/event-2.ics",
        "ics/kcalutils/journal-1.ics",
        "ics/kcalutils/todo-1.ics",
        "ics/kcalutils/todo-2.ics",
        "imip/thunderbird/repeat-event.eml",
        "imip/thunderbird/meet-meeting-invite.eml",
        "imip/thunderbird/outlook-test-invite.eml",
        "imip/thunderbird/teams-meeting-invite.eml",
        "imip/thunderbird/extensions-invite.eml",
        "imip/thunderbird/message-containing-event.eml",
        "imip/calmailproc/test-01-1.eml",
        "imip/calmailproc/test-02-1.eml",
        "imip/calmailproc/test-03-1.eml",
        "imip/calmailproc/test-04-1.eml",
        "imip/calmailproc/test-05-1.eml",
        "imip/calmailproc/test-06-1.eml",
        "imip/calmailproc/test-07-1.eml",
        "imip/calmailproc/test-08.eml",
        "imip/calmailproc/test-09.eml",
        "imip/calmailproc/test-10.eml",
        "imip/calmailproc/test-11-1.eml",
        "imip/calmailproc/test-14.eml",
    ];

    // The spam and suspicious objects are chosen by asking the engine, so that rule changes do not break the tests:
    // one spam object per campaign category, and the first two that are only suspicious.
    private static readonly Lazy<(List<CorpusObject> Spam, List<CorpusObject> Suspicious)> Selection = new(Select);

    private static (List<CorpusObject> Spam, List<CorpusObject> Suspicious) Select()
    {
        var spam = new List<CorpusObject>();
        var suspicious = new List<CorpusObject>();
        var uids = new HashSet<string>(StringComparer.Ordinal);
        var root = Path.Combine(RepositoryRoot, "corpus", "dev", "spam");
        foreach (var category in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var pickedSpam = false;
            foreach (var file in Directory.GetFiles(category, "*.eml").Order(StringComparer.Ordinal))
            {
                CorpusObject candidate;
                try
                {
                    candidate = Load("spam", file);
                }
                catch (InvalidOperationException)
                {
                    continue; // no calendar part (the empty-carrier samples)
                }
                var uid = UidLine().Match(candidate.Data).Value;
                if (uid.Length == 0 || uids.Contains(uid))
                {
                    continue;
                }
                var verdict = EngineExpectations.JudgeText(candidate.Name, candidate.Data).Verdict;
                if (verdict == Calguard.CalDav.Cleaning.EventVerdict.Spam && !pickedSpam)
                {
                    spam.Add(candidate);
                    uids.Add(uid);
                    pickedSpam = true;
                }
                else if (verdict == Calguard.CalDav.Cleaning.EventVerdict.Suspicious && suspicious.Count < 2)
                {
                    suspicious.Add(candidate with { Name = candidate.Name.Replace("spam-", "suspicious-", StringComparison.Ordinal) });
                    uids.Add(uid);
                }
                if (pickedSpam && suspicious.Count >= 2)
                {
                    break;
                }
            }
        }
        Assert.True(spam.Count >= 10, $"only {spam.Count} dev-corpus spam calendars are judged spam as bare calendars");
        Assert.True(suspicious.Count == 2, "no two dev-corpus spam calendars are judged merely suspicious");
        return (spam, suspicious);
    }

    /// <summary>The repository root (where Calguard.slnx is).</summary>
    public static string RepositoryRoot { get; } = FindRepository();

    public static List<CorpusObject> Ham()
    {
        var ham = HamFiles.Select(f => Load("ham", SharedPaths.CorpusFile(f))).ToList();

        // A calendar holds one object per UID (RFC 4791 §5.3.2.1); many corpus files are versions of one event.
        var duplicates = ham.GroupBy(o => UidLine().Match(o.Data).Value).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "HamFiles share UIDs: " + string.Join(", ", duplicates));
        return ham;
    }

    public static List<CorpusObject> Spam() => [.. Selection.Value.Spam];

    public static List<CorpusObject> Suspicious() => [.. Selection.Value.Suspicious];

    /// <summary>The calendar text of a corpus file: the file itself (.ics) or the first calendar part of a message (.eml).</summary>
    public static string CalendarText(string path)
    {
        if (!path.EndsWith(".eml", StringComparison.Ordinal))
        {
            return Normalise(File.ReadAllText(path));
        }

        var message = MimeMessage.Load(path);
        var part = message.BodyParts.OfType<MimePart>().FirstOrDefault(p =>
                p.ContentType.IsMimeType("text", "calendar") || p.ContentType.IsMimeType("application", "ics")
                || (p.FileName?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ?? false))
            ?? throw new InvalidOperationException("no calendar part in " + path);
        using var bytes = new MemoryStream();
        (part.Content ?? throw new InvalidOperationException("empty calendar part in " + path)).DecodeTo(bytes);
        return Normalise(Encoding.UTF8.GetString(bytes.ToArray()));
    }

    private static CorpusObject Load(string kind, string path)
    {
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(path))!, path);
        var name = kind + "-" + Regex.Replace(Path.ChangeExtension(relative, null), "[^A-Za-z0-9]+", "-").ToLowerInvariant() + ".ics";
        return new CorpusObject(name, path, CalendarText(path));
    }

    /// <summary>CRLF line ends, a final CRLF, no METHOD (a stored calendar object carries none).</summary>
    private static string Normalise(string text)
    {
        var crlf = text.Replace("\r\n", "\n").Trim('\n', '\uFEFF').Replace("\n", "\r\n") + "\r\n";
        return MethodLine().Replace(crlf, string.Empty);
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calguard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Calguard.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^UID:[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex UidLine();

    [GeneratedRegex(@"^METHOD:[^\r\n]*\r\n", RegexOptions.Multiline)]
    private static partial Regex MethodLine();
}
