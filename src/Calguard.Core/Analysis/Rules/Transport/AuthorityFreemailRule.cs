using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A free-mail sender that claims the authority of an executive, a director or a lawyer in its name or mailbox
/// ("Amministratore Delegato" &lt;…@libero.it&gt;, roberthale.ceo.office@gmail.com, "Barrister James Okoro"):
/// executive fraud and advance-fee fraud need the reader to obey a rank, and write from mailboxes anyone can open.
/// A firm's executives and lawyers write from the firm's domain; the few who use free mail do not put their rank in it.
/// </summary>
/// <remarks>
/// Club presidents and choir or school directors do send invitations from free mail, so "president" is not a rank here
/// and a bare "director" only counts in the mailbox name, where clubs put their own name instead.
/// </remarks>
public sealed class AuthorityFreemailRule : Rule
{
    /// <summary>The sender claims an executive or legal rank from a free-mail mailbox.</summary>
    public static readonly Signal AuthorityFreemail = new("SENDER_AUTHORITY_FREEMAIL", Groups.Transport, 4.2,
        "The sender or organizer is a free-mail mailbox whose name or address claims an executive, director or lawyer rank (CEO, managing director, Geschäftsführer, barrister, counsel …): the authority executive and advance-fee fraud need.");

    // Ranks as words of the mailbox name: "ceo", "pdg" (président-directeur général), "directie" … Not "md" (a doctor
    // signs so), nor surnames such as "chambers".
    private static readonly HashSet<string> MailboxRanks = new(StringComparer.Ordinal)
    {
        "ceo", "cfo", "coo", "pdg", "executive", "director", "directeur", "direttore", "diretor", "diretora", "directora",
        "directie", "direccion", "direction", "direzione", "diretoria", "dirigente", "amministratore", "geschaeftsfuehrer", "geschaeftsfuehrung",
        "boss", "chairman", "counsel", "attorney", "lawyer", "solicitor", "barrister", "esq", "abogado", "abogada", "avvocato", "avv", "avocat",
        "advogado", "advogada", "anwalt", "rechtsanwalt", "kanzlei", "notaire", "notario", "notaio",
    };

    // "gf" (Geschäftsführer) and "dg" (directeur général) are also initials, which come first: after a name they are ranks.
    private static readonly HashSet<string> TrailingRanks = new(StringComparer.Ordinal) { "gf", "dg" };

    // Ranks as words of the shown name, as the normaliser leaves them (with and without accents). Not "md": a doctor
    // signs "John Smith MD".
    private static readonly HashSet<string> NameRanks = new(StringComparer.Ordinal)
    {
        "ceo", "cfo", "coo", "pdg", "esq", "counsel", "attorney", "lawyer", "solicitor", "barrister", "abogado", "abogada", "avvocato", "avv",
        "avocat", "avocate", "advogado", "advogada", "rechtsanwalt", "rechtsanwältin", "anwalt", "anwältin", "notaire", "notario", "notaio",
        "geschäftsführer", "geschäftsführerin", "geschäftsführung", "geschaftsfuhrer", "geschaftsfuhrerin", "geschaftsfuhrung",
        "rechtsanwaltin", "anwaltin", "директор", "社長", "总经理", "董事长", "代表取締役",
    };

    private static readonly string[] NamePhrases =
    [
        "managing director", "chief executive", "chief financial", "executive director", "director general", "directeur général",
        "directrice générale", "direction générale", "directeur general", "directrice generale", "direction generale", "amministratore delegato", "direttore generale", "diretor geral", "diretora geral",
        "director financiero", "directora financiera", "directeur financier", "directrice financière", "directrice financiere", "generaldirektor", "генеральный директор",
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [AuthorityFreemail];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (MailboxName.FirstClaim(context, Claim) is { } found)
        {
            hits.Add(AuthorityFreemail, $"{found.Who} claims \"{found.Claim}\"");
        }
    }

    /// <summary>The rank a free-mail address or its shown name claims, or null (also for addresses that are not free mail).</summary>
    internal static string? Claim(string? displayName, string? address)
    {
        if (MailboxName.Freemail(address) is not { } mailbox)
        {
            return null;
        }
        var position = 0;
        foreach (var word in MailboxName.Words(mailbox.Local))
        {
            if (MailboxRanks.Contains(word) || (position > 0 && TrailingRanks.Contains(word)))
            {
                return word;
            }
            position++;
        }
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return null;
        }
        var name = TextNormaliser.Normalise(displayName, 200).Text;
        foreach (var phrase in NamePhrases)
        {
            if (name.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }
        foreach (var word in TextNormaliser.Words(name))
        {
            if (NameRanks.Contains(word.TrimEnd('.')))
            {
                return word;
            }
        }
        return null;
    }
}
