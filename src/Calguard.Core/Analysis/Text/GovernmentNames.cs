namespace Calguard.Analysis.Text;

/// <summary>
/// Government names in domain names. Tax refunds, toll and parking fines and customs fees are sent in the name of a
/// government body, and the real ones live under government suffixes (.gov, .gov.uk, .gouv.fr, .gob.mx, .go.jp …).
/// A name outside them that spells "gov" or an agency's name (hmrc-taxrebate.example, antai-amendes-gouv.fr,
/// login.irs-gov-refund.com) is one that only an impostor needs.
/// </summary>
internal static class GovernmentNames
{
    // Words only governments use in their own domain names: the generic labels, and agencies known by their initials.
    // Not "tax", "toll", "court" or "police": companies use those (taxi firms, toll operators, tennis courts).
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "gov", "govt", "gouv", "gob", "hmrc", "irs", "dvla", "dgfip", "antai",
    };

    // The second-level labels under which countries register their governments (gov.uk, gouv.fr, gob.mx, govt.nz,
    // go.jp, gc.ca, gv.at, gub.uy, nic.in).
    private static readonly HashSet<string> SecondLevels = new(StringComparer.Ordinal)
    {
        "gov", "govt", "gouv", "gob", "gub", "go", "gc", "gv", "nic",
    };

    private static readonly string[] GovernmentSuffixes = [".europa.eu", ".admin.ch", ".bund.de", ".gv.at"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SecondLevelLookup = SecondLevels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The government word <paramref name="host"/> spells outside a government suffix, or null.</summary>
    public static string? Imitated(string host)
    {
        // Labels and words are looked at in place, not split into strings: every link host of every scan comes here.
        var lower = host.ToLowerInvariant().TrimEnd('.');
        var lastDot = lower.LastIndexOf('.');
        if (lastDot < 0 || IsGovernment(lower, lastDot))
        {
            return null;
        }
        foreach (var label in lower.AsSpan(0, lastDot).Split('.'))
        {
            foreach (var word in lower.AsSpan(label).Split('-'))
            {
                var letters = lower.AsSpan(label)[word].TrimEnd("0123456789");
                if (letters.Length > 0 && WordLookup.TryGetValue(letters, out var known))
                {
                    return known;
                }
            }
        }
        return null;
    }

    private static bool IsGovernment(string host, int lastDot)
    {
        var last = host.AsSpan(lastDot + 1);
        if (last is "gov" or "mil")
        {
            return true;
        }
        // The reserved TLDs (RFC 2606) stand in for a country's in test and documentation domains, and nobody can
        // register under them to imitate one.
        if ((last.Length == 2 || last is "example" or "test") && host.AsSpan(0, lastDot).LastIndexOf('.') is var before and >= 0 &&
            SecondLevelLookup.Contains(host.AsSpan(before + 1, lastDot - before - 1)))
        {
            return true;
        }
        foreach (var s in GovernmentSuffixes)
        {
            if (host.EndsWith(s, StringComparison.Ordinal) || host.AsSpan().SequenceEqual(s.AsSpan(1)))
            {
                return true;
            }
        }
        return false;
    }
}
