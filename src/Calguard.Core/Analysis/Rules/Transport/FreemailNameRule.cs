using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A free-mail sender whose address has nothing of the name it shows ("Javier Navarro" &lt;inigo.lopez96@…&gt;,
/// "Olivia Foster" &lt;ztznrn10946@…&gt;): executive-impersonation and scam mail comes from throwaway mailboxes that
/// wear someone else's name. People's own mailboxes usually carry their name, a part of it or their initials.
/// </summary>
public sealed class FreemailNameRule : Rule
{
    /// <summary>The shown name is not the free-mail mailbox's.</summary>
    public static readonly Signal NameMismatch = new("FREEMAIL_NAME_MISMATCH", Groups.Transport, 1.5,
        "The From address is a free mail mailbox that carries none of the name it shows (neither a part of it nor its initials).");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [NameMismatch];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var from = context.Sender.From;
        if (from?.DisplayName is not { Length: > 0 } name || !KnownDomains.IsFreemail(from.Domain))
        {
            return;
        }
        var at = from.Address.IndexOf('@');
        if (at <= 0)
        {
            return;
        }
        if (Mismatch(name, from.Address[..at]))
        {
            hits.Add(NameMismatch, $"\"{name}\" <{from.Address}>");
        }
    }

    /// <summary>True when the local part shows nothing of a Latin-script name; names in other scripts are not judged.</summary>
    internal static bool Mismatch(string displayName, string localPart)
    {
        var name = TextNormaliser.Normalise(displayName, 200).Text;
        var local = TextNormaliser.Normalise(localPart, 200).Text;
        var words = MailboxName.Words(name).ToList();
        var tokens = words.Where(w => w.Length >= 3).ToList();
        if (tokens.Count == 0)
        {
            return false;
        }
        var letters = new string(local.Where(c => c is >= 'a' and <= 'z').ToArray());
        if (tokens.Any(t => letters.Contains(t, StringComparison.Ordinal)))
        {
            return false;
        }
        var initials = string.Concat(words.Select(w => w[0]));
        if (initials.Length >= 2 && (letters.StartsWith(initials, StringComparison.Ordinal) || letters.EndsWith(initials, StringComparison.Ordinal)))
        {
            return false;
        }
        // "mrossi" for Mario Rossi, "dan" for Daniel, "wojtek" for Wojciech: a shortened name.
        foreach (var part in MailboxName.Words(local))
        {
            if (part.Length >= 3 && tokens.Any(t => t.StartsWith(part, StringComparison.Ordinal) ||
                (t.Length >= 4 && part.StartsWith(t[..4], StringComparison.Ordinal)) || (t.Length >= 4 && part.Contains(t[..4], StringComparison.Ordinal))))
            {
                return false;
            }
        }
        return true;
    }
}
