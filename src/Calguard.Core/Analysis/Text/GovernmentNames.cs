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

    /// <summary>The government word <paramref name="host"/> spells outside a government suffix, or null.</summary>
    public static string? Imitated(string host)
    {
        var lower = host.ToLowerInvariant().TrimEnd('.');
        var labels = lower.Split('.');
        if (labels.Length < 2 || IsGovernment(lower, labels))
        {
            return null;
        }
        for (var i = 0; i < labels.Length - 1; i++)
        {
            foreach (var word in labels[i].Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = word.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                if (Words.Contains(letters))
                {
                    return letters;
                }
            }
        }
        return null;
    }

    private static bool IsGovernment(string host, string[] labels) =>
        labels[^1] is "gov" or "mil" ||
        (labels.Length >= 3 && labels[^1].Length == 2 && SecondLevels.Contains(labels[^2])) ||
        GovernmentSuffixes.Any(s => host.EndsWith(s, StringComparison.Ordinal) || host == s[1..]);
}
