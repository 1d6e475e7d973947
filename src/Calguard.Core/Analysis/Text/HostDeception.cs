using System.Text;

namespace Calguard.Analysis.Text;

/// <summary>How phishing builds host names that read as something they are not.</summary>
public static class HostDeception
{
    private static readonly HashSet<string> TopLevelLabels = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "info", "biz", "gov", "edu", "io", "co", "app", "de", "fr", "nl", "uk", "es", "it", "br", "ru", "jp", "cn", "pl", "tr",
        "in", "au", "ca", "us", "ch", "at", "be", "se", "no", "dk", "fi", "pt", "gr", "cz", "mx", "ar", "cl", "me", "eu", "ie", "nz", "za", "sg", "hk",
    };

    // A page that poses as a file-sharing service: the hijacked mailbox's "document" has to live somewhere that reads
    // as one. Declared before DeceptiveWords, which spreads it: static fields initialise in textual order.
    private static readonly string[] FileShareWords =
    [
        "docs", "document", "documents", "dokument", "dokumente", "dokumenty", "documento", "documentos", "share", "sharing", "shared", "files",
        "file", "freigabe", "partage", "fichier", "fichiers", "esign", "download", "voicemail", "fax", "viewer", "plik", "pliki", "udostepnij",
        "bestand", "bestanden", "dosya", "dosyalar", "soubor", "soubory", "compartir", "condividi",
    ];

    // Words a made-up file service runs together in one label: "docshare", "fileviewer", "sharedocs", "clouddrive". A
    // storage word counts only in such a compound: alone, "drive" is a driving school's and "box" a shop's.
    private static readonly string[] FileShareHeads = ["doc", "cloud", .. FileShareWords];

    private static readonly string[] FileShareTails = [.. FileShareWords, "drive", "storage", "vault", "box"];

    private static readonly string[] DeceptiveWords =
    [
        "login", "signin", "logon", "secure", "security", "verify", "verification", "verif", "account", "accounts", "auth", "authentication", "update",
        "billing", "support", "wallet", "recovery", "unlock", "confirm", "validate", "validation", "webmail", "owa", "payment", "refund", "bonus",
        "reward", "rewards", "claim", "prize", "gift", "session", "portal", "helpdesk", "service", "services", "customer", "client", "kyc", "tracking",
        "parcel", "delivery", "customs", "invoice", "pay", "bank", "online", "id", "sso", "password", "mfa", "2fa", .. FileShareWords,
    ];

    // Brand domain labels that are also ordinary words in host names.
    private static readonly HashSet<string> GenericLabels = new(StringComparer.Ordinal)
    {
        "live", "office", "mac", "meta", "booking", "windows", "aws", "a2z", "outlook", "online", "db", "ah", "wu", "zoom",
        "max", "post", "poste", "gov", "crypto", "blockchain", "wise", "visa", "amex", "caf", "ca", "vr", "sf", "dm", "irs",
        "jumbo", "hermes", "garanti", "ledger", "exodus", "stripe", "turkiye",
    };

    /// <summary>A full domain name used as labels of another host ("paypal.com.secure-login.shop" → "paypal.com"), or null.</summary>
    public static string? EmbeddedDomain(string asciiHost)
    {
        var org = DomainNames.Organizational(asciiHost);
        if (org.Length >= asciiHost.Length)
        {
            return null;
        }
        var sub = asciiHost[..(asciiHost.Length - org.Length)].TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < sub.Length; i++)
        {
            if (TopLevelLabels.Contains(sub[i]) && sub[i - 1].Length >= 2)
            {
                return $"{sub[i - 1]}.{sub[i]}";
            }
        }
        return null;
    }

    /// <summary>A word of the security, account or file-sharing vocabulary inside the registered name ("secure-login.shop", "portal-account-79.lol", "docs-share.com"), or null.</summary>
    public static string? DeceptiveWord(string asciiHost) => WordInRegisteredName(asciiHost, DeceptiveWords);

    /// <summary>True when the registered name is built on a file-sharing word ("docs-share-il.com", "dokumente-freigabe.com").</summary>
    internal static bool NamedForFileSharing(string asciiHost) => WordInRegisteredName(asciiHost, FileShareWords) is not null;

    private static string? WordInRegisteredName(string asciiHost, string[] words)
    {
        var label = DomainNames.Organizational(asciiHost).Split('.')[0];
        foreach (var token in Tokens(label))
        {
            // Both vocabularies hold the file-sharing words, so both take their compounds.
            if (words.Contains(token, StringComparer.Ordinal) || IsFileShareCompound(token))
            {
                return token;
            }
        }
        return null;
    }

    // Two file-sharing words with nothing else: "docshare" and "filesviewer" are made up for the occasion. Real services
    // name themselves with a word and a brand ("sharepoint", "docusign"); Citrix's ShareFile is the one exception.
    private static bool IsFileShareCompound(string token)
    {
        if (token == "sharefile")
        {
            return false;
        }
        foreach (var head in FileShareHeads)
        {
            if (token.Length > head.Length + 2 && token.StartsWith(head, StringComparison.Ordinal) &&
                FileShareTails.Contains(token[head.Length..], StringComparer.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // A brand with its first letter dropped is often a plain word ("icloud" → "cloud", "itunes" → "tunes"), read as that
    // word rather than as the brand: a company's cloud.example.com is nobody's Apple look-alike.
    private static bool IsBrandWithoutInitial(string label, string brandLabel) =>
        label.Length + 1 == brandLabel.Length && brandLabel.AsSpan(1).SequenceEqual(label);

    /// <summary>A brand the host spells without belonging to it: as a token ("dhl-xufyh.top"), inside a label ("mkbags-outletstore" has no brand, "paypalsecure" has), or one edit away ("netfiix").</summary>
    public static Brand? BrandInHost(string host)
    {
        var skeleton = Brands.Skeleton(host);
        var labels = skeleton.Split('.');
        var orgLabel = FirstLabel(DomainNames.Organizational(skeleton));
        var hostOrg = DomainNames.Organizational(host);
        var hostOrgLabel = FirstLabel(hostOrg);
        var tokens = new List<string>();
        for (var i = 0; i < labels.Length - 1; i++)
        {
            tokens.AddRange(Tokens(labels[i]));
        }
        // Called for every link of every scan: look brands up by label instead of walking the catalogue. The earliest
        // brand in catalogue order wins, as it would in a walk.
        var best = int.MaxValue;
        foreach (var token in tokens)
        {
            if (ExactLabels.TryGetValue(token, out var indexes))
            {
                foreach (var index in indexes)
                {
                    if (index < best && !Brands.All[index].Owns(host, hostOrg, hostOrgLabel))
                    {
                        best = index;
                    }
                }
            }
        }
        // A long brand label one edit away from the registered label, or inside a longer token. Ownership depends on the brand
        // alone, so the earliest brand that is hit and not owned wins whatever order the hits are found in: only the labels
        // of a length within one of the registered label's are compared with it, and a token is looked up by its substrings
        // (tokens are letters, mostly short) instead of every long label being searched for in every token.
        if (orgLabel.Length >= 5)
        {
            for (var length = Math.Max(6, orgLabel.Length - 1); length <= orgLabel.Length + 1 && length < LongLabelsByLength.Length; length++)
            {
                foreach (var (brandLabel, index) in LongLabelsByLength[length])
                {
                    if (index < best && EditDistanceAtMostOne(orgLabel, brandLabel) && !IsBrandWithoutInitial(orgLabel, brandLabel) && !Brands.All[index].Owns(host, hostOrg, hostOrgLabel))
                    {
                        best = index;
                    }
                }
            }
        }
        foreach (var token in tokens)
        {
            for (var length = ShortestLongLabel; length < token.Length && length < LongLabelsByLength.Length; length++)
            {
                for (var start = 0; start + length <= token.Length; start++)
                {
                    if (!LongLabelLookup.TryGetValue(token.AsSpan(start, length), out var indexes))
                    {
                        continue;
                    }
                    foreach (var index in indexes)
                    {
                        if (index < best && !Brands.All[index].Owns(host, hostOrg, hostOrgLabel))
                        {
                            best = index;
                        }
                    }
                }
            }
        }
        return best == int.MaxValue ? null : Brands.All[best];
    }

    private static readonly Dictionary<string, int[]> ExactLabels = Brands.All
        .SelectMany((brand, index) => EligibleLabels(brand).Select(label => (label, index)))
        .GroupBy(x => x.label, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.index).Distinct().ToArray(), StringComparer.Ordinal);

    private const int ShortestLongLabel = 5;

    private static readonly (string Label, int Index)[] LongLabels =
        [.. Brands.All.SelectMany((brand, index) => EligibleLabels(brand).Where(l => l.Length >= ShortestLongLabel).Select(label => (label, index)))];

    // The long labels by length, each in catalogue order.
    private static readonly (string Label, int Index)[][] LongLabelsByLength =
        [.. Enumerable.Range(0, LongLabels.Max(l => l.Label.Length) + 1).Select(length => LongLabels.Where(l => l.Label.Length == length).ToArray())];

    // The brands of each long label, in catalogue order.
    private static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> LongLabelLookup = LongLabels
        .GroupBy(l => l.Label, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(l => l.Index).Distinct().ToArray(), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<string> EligibleLabels(Brand brand) => brand.DomainLabels.Where(l => l.Length >= 3 && !GenericLabels.Contains(l));

    private static string FirstLabel(string domain) => domain.IndexOf('.') is var dot and > 0 ? domain[..dot] : domain;

    /// <summary>The destination of an open redirect (google.com/url?q=, l.facebook.com/l.php?u=, bing.com/ck/a?u=a1…, safelinks), or null.</summary>
    public static string? Unwrap(Link link)
    {
        if (link.Host.Length == 0 || link.Query.Length == 0)
        {
            return null;
        }
        // The pairs are looked at in place: only the value of a redirect key becomes a string.
        var query = link.Query;
        foreach (var range in query.AsSpan().Split('&'))
        {
            var pair = query.AsSpan(range);
            var eq = pair.IndexOf('=');
            if (eq <= 0 || !IsRedirectKey(pair[..eq]))
            {
                continue;
            }
            string value;
            try
            {
                value = Uri.UnescapeDataString(pair[(eq + 1)..].ToString().Replace('+', ' '));
            }
            catch (UriFormatException)
            {
                continue;
            }
            if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
            // Bing: u=a1 + base64url of the target.
            if (value.StartsWith("a1", StringComparison.Ordinal) && value.Length > 8)
            {
                try
                {
                    var b64 = value[2..].Replace('-', '+').Replace('_', '/');
                    b64 = b64.PadRight(b64.Length + ((4 - b64.Length % 4) % 4), '=');
                    var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
                    if (decoded.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        return decoded;
                    }
                }
                catch (FormatException)
                {
                }
            }
        }
        return null;
    }

    private static readonly string[] RedirectKeys = ["u", "url", "q", "target", "dest", "destination", "redirect", "redirect_uri", "to", "goto", "link"];

    // The key lower-cased (invariant) is one of RedirectKeys; an ASCII key is compared without making the lower-case string.
    private static bool IsRedirectKey(ReadOnlySpan<char> key)
    {
        if (!Ascii.IsValid(key))
        {
            return Array.IndexOf(RedirectKeys, key.ToString().ToLowerInvariant()) >= 0;
        }
        foreach (var k in RedirectKeys)
        {
            if (Ascii.EqualsIgnoreCase(key, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for the redirectors of big platforms that phishing borrows because filters trust their domains.</summary>
    public static bool IsPlatformRedirect(Link link) =>
        (link.Host is "l.facebook.com" or "lm.facebook.com" or "l.instagram.com" && link.Raw.Contains("l.php", StringComparison.OrdinalIgnoreCase)) ||
        (DomainNames.IsWithin(link.Host, "bing.com") && link.Raw.Contains("/ck/a", StringComparison.OrdinalIgnoreCase)) ||
        (DomainNames.IsWithin(link.Host, "t.co"));

    private static IEnumerable<string> Tokens(string label)
    {
        var start = 0;
        for (var i = 0; i <= label.Length; i++)
        {
            if (i == label.Length || !char.IsAsciiLetter(label[i]))
            {
                if (i > start)
                {
                    yield return label[start..i];
                }
                start = i + 1;
            }
        }
    }

    /// <summary>
    /// The first part (between dots and hyphens) of <paramref name="name"/> that a machine made rather than a person, or
    /// null: letters and digits interleaved ("gdw4dw3b49", "hopyexn95k", "4hdig6e8"), a long hex string, or letters no
    /// language strings together ("vxzzuhwna", "pjjgkdrkk"). People put a word and a number side by side ("club2024",
    /// "top10list"), not a stray character on either side of one.
    /// </summary>
    public static string? MachineMadePart(string name)
    {
        foreach (var range in name.AsSpan().SplitAny('.', '-'))
        {
            var part = name.AsSpan()[range];
            if (part.Length < 5)
            {
                continue;
            }
            var runs = 1;
            var first = 0;
            var lastStart = 0;
            for (var i = 1; i < part.Length; i++)
            {
                if (char.IsAsciiDigit(part[i]) != char.IsAsciiDigit(part[i - 1]))
                {
                    first = runs == 1 ? i : first;
                    lastStart = i;
                    runs++;
                }
            }
            var last = part.Length - lastStart;
            var hex = part.Length >= 16 && !part.ContainsAnyExcept(HexDigits) && part.ContainsAnyInRange('0', '9');
            // Five characters are too few for anything but the tightest interleaving ("7u68t").
            if (part.Length == 5 ? runs >= 4 : runs >= 4 || (runs == 3 && Math.Min(first, last) <= 2) || hex || RandomLetters(part))
            {
                return part.ToString();
            }
        }
        return null;
    }

    /// <summary>
    /// True when a registered name (its label below the public suffix) was made by a machine: letters and digits in five
    /// or more runs ("5s4tis0n", "nh3n1tgj") or a long hex string. Stricter than <see cref="MachineMadePart"/>, which judges
    /// the names a free host's users pick: a company or a club may be "w3schools", "4x4offroad" or "2k24events".
    /// </summary>
    public static bool IsMachineMadeName(string label)
    {
        if (label.Length < 6 || label.AsSpan().ContainsAnyExcept(LowerAlphanumerics))
        {
            return false;
        }
        var runs = 1;
        for (var i = 1; i < label.Length; i++)
        {
            if (char.IsAsciiDigit(label[i]) != char.IsAsciiDigit(label[i - 1]))
            {
                runs++;
            }
        }
        return runs >= 5 || (label.Length >= 16 && !label.AsSpan().ContainsAnyExcept(HexDigits) && label.AsSpan().ContainsAnyInRange('0', '9'));
    }

    private static readonly System.Buffers.SearchValues<char> LowerAlphanumerics = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    // The tests TEXT_RANDOM_FILLER applies to a run of words, on one name: implausible letters, and three in ten of them
    // rare ("schwarzwald" has 27 %).
    private static bool RandomLetters(ReadOnlySpan<char> part) =>
        !part.ContainsAnyExceptInRange('a', 'z') && Text.RandomLetters.IsImplausible(part) && Text.RandomLetters.CountRare(part) * 10 >= part.Length * 3;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> differ by exactly one letter replaced, added or dropped,
    /// or two neighbours swapped; false when they are identical.
    /// </summary>
    internal static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false; // identical is the brand itself, handled by ownership
        }
        if (a.Length == b.Length)
        {
            var diff = 0;
            for (var i = 0; i < a.Length && diff <= 2; i++)
            {
                if (a[i] != b[i])
                {
                    diff++;
                }
            }
            if (diff == 1)
            {
                return true;
            }
            // one transposition ("paypla")
            for (var i = 0; i + 1 < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..];
                }
            }
            return false;
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        for (var i = 0; i < shorter.Length; i++)
        {
            if (longer[i] != shorter[i])
            {
                return longer[(i + 1)..] == shorter[i..];
            }
        }
        return true;
    }
}
