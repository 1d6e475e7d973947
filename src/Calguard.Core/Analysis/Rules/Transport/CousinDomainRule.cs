using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A sender dressed as the recipient's own organisation: a cousin domain (example-net.co, examp1e.net,
/// example.net.billing.example) is what business e-mail compromise registers to pass for a colleague.
/// </summary>
public sealed class CousinDomainRule : Rule
{
    /// <summary>The sender's domain imitates the recipient's.</summary>
    public static readonly Signal Cousin = new("SENDER_COUSIN_DOMAIN", Groups.Content, 5.0,
        "The From, Reply-To or organizer domain imitates the recipient's own organisation (example-net.co, examp1e.net, example-corp.com) without belonging to it.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Cousin];

    private const int MaxOrganisations = 64;
    private const int MaxSenderDomains = 16;

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        // Every sender domain is compared with every organisation, so both are bounded: a crafted message can name
        // thousands of Reply-To and To domains (1,000 of each took 0.3 s and 400 MB).
        var own = context.RecipientOrganisations.Take(MaxOrganisations).ToList();
        if (own.Count == 0)
        {
            return;
        }
        foreach (var sender in SenderDomains(context).Take(MaxSenderDomains))
        {
            foreach (var domain in own)
            {
                if (Imitates(sender, domain))
                {
                    hits.Add(Cousin, $"{sender} imitates {domain}");
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The domains a message shows its reader as the sender's: From, the organizers' and Reply-To, lower case, each once.
    /// Reply-To comes last, so that a long list of it cannot push the others past a caller's bound.
    /// </summary>
    internal static IEnumerable<string> SenderDomains(RuleContext context)
    {
        var message = context.Invitation.Message;
        return new[] { message.From?.Domain }.Concat(context.Events.Select(e => e.Event.Organizer?.Domain))
            .Concat(message.ReplyTo.Select(r => r.Domain)).OfType<string>().Select(d => d.ToLowerInvariant()).Distinct();
    }

    /// <summary>True when <paramref name="sender"/> spells <paramref name="own"/> (an organisational domain) without being it or below it.</summary>
    internal static bool Imitates(string sender, string own)
    {
        if (DomainNames.Aligned(sender, own) || DomainNames.IsWithin(sender, own))
        {
            return false;
        }
        var ownLabel = own.Split('.')[0];
        if (ownLabel.Length < 4)
        {
            return false;
        }
        // The whole name, dots and hyphens dropped, inside the sender's: example-net.co, examplenet-billing.com, example.net.evil.example,
        // and with the digits and letter pairs look-alikes swap in folded back: examp1e-net.com. The name itself stays
        // whole in one label: do.main.tld only spells domain.tld by accident of its dots.
        var compactOwn = Brands.Skeleton(Compact(own));
        var ownName = Brands.Skeleton(ownLabel.Replace("-", string.Empty, StringComparison.Ordinal));
        if (Brands.Skeleton(Compact(sender)).Contains(compactOwn, StringComparison.Ordinal) &&
            sender.Split('.').Any(l => Brands.Skeleton(l.Replace("-", string.Empty, StringComparison.Ordinal)).Contains(ownName, StringComparison.Ordinal)))
        {
            return true;
        }
        var senderOrganisation = DomainNames.Organizational(sender);
        var senderLabel = senderOrganisation.Split('.')[0];
        if (senderLabel == ownLabel && senderOrganisation.Length > senderLabel.Length && own.Length > ownLabel.Length &&
            (SuffixLosesALetter(senderOrganisation[(senderLabel.Length + 1)..], own[(ownLabel.Length + 1)..]) ||
             ColombianTwin(senderOrganisation[(senderLabel.Length + 1)..], own[(ownLabel.Length + 1)..])))
        {
            return true;
        }
        // One letter away, same length: examp1e.net, exarnple.net.
        if (ownLabel.Length >= 5 && senderLabel.Length == ownLabel.Length && Differences(senderLabel, ownLabel) == 1)
        {
            return true;
        }
        // Two letters swapped, one added or one dropped, in a longer name: exmaple.net, examples.com, exmple.net. The
        // eye reads a name by its shape; a short one changed this way is just another name.
        if (ownLabel.Length >= 6 && HostDeception.EditDistanceAtMostOne(senderLabel, ownLabel))
        {
            return true;
        }
        // The name with a legal form or a department added, under any suffix: example-corp.com, exampleinc.org, hr-example.co.
        return ownLabel.Length >= 5 && CompanyWordAdded(senderLabel, ownLabel);
    }

    // Words an impostor adds to a company's name so that the new domain still reads as the company: its legal form,
    // or the department the mail claims to come from. Not "group", "global" or a business line: real sister companies use those.
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "corp", "corporation", "co", "company", "inc", "ltd", "llc", "llp", "plc", "gmbh", "ag", "sa", "sas", "srl", "spa", "bv", "nv", "ab", "as", "oy",
        "kk", "hq", "hr", "payroll", "board", "exec", "executive",
    };

    private static bool CompanyWordAdded(string senderLabel, string ownLabel)
    {
        if (senderLabel.Length <= ownLabel.Length)
        {
            return false;
        }
        var added = senderLabel.StartsWith(ownLabel, StringComparison.Ordinal) ? senderLabel[ownLabel.Length..]
            : senderLabel.EndsWith(ownLabel, StringComparison.Ordinal) ? senderLabel[..^ownLabel.Length]
            : null;
        return added is not null && CompanyWords.Contains(added.Trim('-'));
    }

    // The company's own name under its generic suffix with a letter dropped (example.co or example.cm for example.com)
    // is a typing slip nobody notices. A sister company abroad takes its country's suffix (example.de), which is not.
    private static bool SuffixLosesALetter(string senderSuffix, string ownSuffix)
    {
        if (ownSuffix is not ("com" or "net" or "org") || senderSuffix.Length != ownSuffix.Length - 1)
        {
            return false;
        }
        for (var i = 0; i < ownSuffix.Length; i++)
        {
            if (string.CompareOrdinal(ownSuffix.Remove(i, 1), senderSuffix) == 0)
            {
                return true;
            }
        }
        return false;
    }

    // Colombia's .co after the owner's own generic label (example.com.co for example.com or example.com.au,
    // example.net.co for example.net): the eye stops at the familiar "example.com". A subsidiary in Colombia would
    // look the same; the owner's own suffix must start with that generic label, as the imitation needs.
    private static bool ColombianTwin(string senderSuffix, string ownSuffix)
    {
        if (senderSuffix is not ("com.co" or "net.co" or "org.co") || senderSuffix == ownSuffix)
        {
            return false;
        }
        var generic = senderSuffix[..^3];
        return ownSuffix == generic || ownSuffix.StartsWith(generic + ".", StringComparison.Ordinal);
    }

    private static string Compact(string domain) => domain.Replace(".", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static int Differences(string a, string b)
    {
        var n = 0;
        for (var i = 0; i < a.Length; i++)
        {
            n += a[i] == b[i] ? 0 : 1;
        }
        return n;
    }
}
