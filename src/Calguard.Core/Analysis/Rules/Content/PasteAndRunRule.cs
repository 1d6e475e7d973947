using System.Text.RegularExpressions;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The "ClickFix" lure of fake meeting pages and invitations: the reader is told to open the Run box or a terminal
/// and paste a command that downloads and runs a program. Meeting software never asks for that; malware must.
/// </summary>
public sealed partial class PasteAndRunRule : Rule
{
    /// <summary>A command that downloads and runs code, or the instruction to paste one into the Run box.</summary>
    public static readonly Signal PasteAndRun = new("PASTE_AND_RUN", Groups.Content, 7.0,
        "The text asks the reader to run a command that downloads and executes code (PowerShell, mshta, msiexec from a URL, base64 or curl piped to a shell) or to paste one into the Windows Run box.");

    // Only text that names one of these can match; the rest of the mail is not searched at all.
    private static readonly string[] Triggers = ["powershell", "pwsh", "mshta", "msiexec", "rundll32", "regsvr32", "certutil", "bitsadmin", "base64", "curl", "wget", "+ r", "+r"];

    private static readonly WordSearch TriggerSearch = new(Triggers);

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [PasteAndRun];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (TriggerSearch.IndexOfAny(context.Content.Calendar.Text) < 0 && TriggerSearch.IndexOfAny(context.Content.Body.Text) < 0)
        {
            return;
        }
        // The normalised texts first (invisible characters gone, look-alike letters folded), then the texts as written:
        // the normalised ones have their URLs blanked out, and the URL after "mshta" or before "| bash" is the point of
        // the command.
        foreach (var text in RawTexts(context).Prepend(context.Content.Body.Text).Prepend(context.Content.Calendar.Text))
        {
            if (DownloadAndRun().Match(text) is { Success: true } command)
            {
                hits.Add(PasteAndRun, $"command \"{Shorten(command.Value)}\"");
                return;
            }
            if (RunBox().IsMatch(text) && Paste().IsMatch(text))
            {
                hits.Add(PasteAndRun, "told to paste into the Run box (Windows key + R)");
                return;
            }
        }
    }

    private static IEnumerable<string> RawTexts(RuleContext context)
    {
        var max = context.Options.MaxTextChars;
        static string Bounded(string text, int max) => (text.Length > max ? text[..max] : text).ToLowerInvariant();
        yield return Bounded(context.Content.CalendarSource, max);
        yield return Bounded(context.Invitation.Bodies.Text, max);
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    // PowerShell that fetches or decodes and executes; mshta/msiexec/rundll32/regsvr32 given a URL; certutil or
    // bitsadmin downloading; base64 decoded into a shell; curl or wget piped into a shell (the macOS and Linux variant). Non-backtracking: linear on any text with no timeout, because a
    // wall-clock timeout fired under machine load and turned a verdict into RULE_FAILED.
    [GeneratedRegex(@"\b(?:powershell(?:\.exe)?|pwsh)\b[^\n]{0,120}?(?:\b(?:iwr|irm|iex|invoke-webrequest|invoke-restmethod|invoke-expression|downloadstring|downloadfile|downloaddata|start-bitstransfer|net\.webclient|frombase64string)\b|\s-(?:e|ec|enc|encodedcommand)\s+[a-z0-9+/=]{16})" +
        @"|\b(?:mshta|msiexec|rundll32|regsvr32)(?:\.exe)?\b[^\n]{0,80}?(?:https?:|\\\\|/i:http)" +
        @"|\bcertutil(?:\.exe)?\b[^\n]{0,40}?-urlcache|\bbitsadmin(?:\.exe)?\b[^\n]{0,40}?/transfer" +
        @"|\bbase64\s+(?:-d|--decode|-D)\b[^\n]{0,20}?\|\s*(?:ba|z)?sh\b" +
        @"|\b(?:curl|wget)\b[^\n]{0,40}?https?://[^\s|]{1,300}\s*\|\s*(?:sudo\s+)?(?:ba|z)?sh\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DownloadAndRun();

    [GeneratedRegex(@"\b(?:win|windows|windows-taste|touche windows|tecla (?:de )?windows|tasto windows|windows-toets|klawisz windows)\s*(?:key|taste)?\s*\+\s*r\b|⊞\s*\+\s*r\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RunBox();

    [GeneratedRegex(@"\b(?:ctrl|strg|control)\s*\+\s*v\b|\bpaste\b|einfügen|\bcoll(?:ez|er)\b|\bpega(?:r|)\b|\bincoll|\bplak|\bwklej|вставь|\byapıştır|붙여넣|貼り付け|粘贴|貼上|الصق|הדבק|επικόλλ|चिपका|\bdán\b|\btempel|\bvlož|\bklistra|\blipe[sș]te|beilleszt",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Paste();
}
