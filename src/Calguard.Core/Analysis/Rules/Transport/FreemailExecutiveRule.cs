using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// CEO fraud from webmail (FBI IC3's business e-mail compromise reports): the impostor cannot send from the company's
/// domain, so a free mailbox wears the executive's title, "martin.hale.ceo@gmail.com", "王总", "代表取締役 佐藤". Real
/// executives write from their company's domain. Club and association roles (president, chair, Vorstand) are not
/// counted: volunteers run those from free mail.
/// </summary>
public sealed class FreemailExecutiveRule : Rule
{
    /// <summary>A free mailbox claims a company executive's title.</summary>
    public static readonly Signal Executive = new("FREEMAIL_EXECUTIVE", Groups.Content, 2.5,
        "The sender's free mail mailbox claims a company executive's title in its name or address (ceo, cfo, Geschäftsführer, 总经理, 社長): the CEO-fraud impostor's webmail account.");

    // Whole words of the local part ("martin.hale.ceo", "exec.reid43", "sato.daihyo.office").
    private static readonly HashSet<string> LocalTitles = new(StringComparer.Ordinal)
    {
        "ceo", "cfo", "coo", "exec", "executive", "pdg", "daihyo", "shacho",
    };

    // In the shown name, normalised (Latin diacritics removed): whole words, or phrases and CJK titles anywhere.
    private static readonly HashSet<string> NameWords = new(StringComparer.Ordinal) { "ceo", "cfo", "coo", "pdg" };

    private static readonly string[] NamePhrases = TextNormaliser.NormaliseAll(
    [
        "geschäftsführer", "geschäftsführung", "managing director", "amministratore delegato", "directeur général", "director general",
        "director ejecutivo", "diretor executivo", "генеральный директор", "гендиректор", "总经理", "總經理", "总裁", "總裁", "董事长", "董事長",
        "社長", "代表取締役", "대표이사",
    ]);

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Executive];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (MailboxName.FirstClaim(context, Title) is { } found)
        {
            hits.Add(Executive, $"{found.Who} claims \"{found.Claim}\"");
        }
    }

    /// <summary>The executive title that a free-mail address or its shown name claims, or null (also for addresses that are not free mail).</summary>
    internal static string? Title(string? displayName, string? address)
    {
        if (MailboxName.Freemail(address) is not { } mailbox)
        {
            return null;
        }
        foreach (var word in MailboxName.Words(mailbox.Local))
        {
            if (LocalTitles.Contains(word))
            {
                return word;
            }
        }
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return null;
        }
        var name = TextNormaliser.Normalise(displayName, 200).Text;
        foreach (var word in TextNormaliser.Words(name))
        {
            if (NameWords.Contains(word))
            {
                return word;
            }
        }
        if (TextNormaliser.FirstContained(name, NamePhrases) is { } phrase)
        {
            return phrase;
        }
        // "王总": a surname and 总, how staff address the general manager.
        var trimmed = displayName.Trim();
        return trimmed.Length is 2 or 3 && trimmed[^1] == '总' && trimmed.All(c => c is >= '\u4E00' and <= '\u9FFF') ? trimmed : null;
    }
}
