using System.Text;

namespace Calguard;

/// <summary>Domain helpers: organisational domains and relaxed alignment.</summary>
/// <remarks>A short list of multi-label public suffixes stands in for the full Public Suffix List; it
/// covers the registries that mail and calendar traffic uses most. Misjudging a rare suffix only makes
/// alignment stricter, never looser, because an unknown suffix keeps three labels.</remarks>
public static class DomainNames
{
    // RFC 2606 names stand for many different organisations in documentation and test corpora; real mail never uses them.
    private static readonly string[] DocumentationNames = ["example.com", "example.net", "example.org"];

    private static readonly HashSet<string> MultiLabelSuffixes = new(
    [
        "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk", "nhs.uk",
        "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "net.nz", "govt.nz", "ac.nz",
        "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "or.kr", "ac.kr", "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn",
        "com.hk", "com.tw", "com.sg", "com.my", "co.id", "co.in", "net.in", "org.in", "ac.in", "gov.in", "co.th", "ac.th",
        "com.br", "net.br", "org.br", "gov.br", "edu.br", "com.ar", "com.mx", "org.mx", "edu.mx", "com.co", "net.co", "org.co", "edu.co", "gov.co", "com.pe", "edu.pe", "gob.pe",
        "com.tr", "org.tr", "edu.tr", "gov.tr", "co.za", "org.za", "ac.za", "gov.za", "com.eg", "com.sa", "com.ua", "co.il", "org.il", "ac.il",
        "com.pl", "net.pl", "org.pl", "co.at", "or.at", "ac.at", "gv.at", "com.es", "com.pt", "com.gr", "co.hu", "com.ru", "org.ru",
        "co.tz", "co.ke", "com.ng", "com.ph", "com.vn", "com.pk", "com.bd", "gouv.fr", "asso.fr", "co.ve", "com.ec", "com.uy",
        "github.io", "herokuapp.com", "blogspot.com", "azurewebsites.net", "cloudfront.net", "amazonaws.com", "web.app", "firebaseapp.com",
        "pages.dev", "workers.dev", "netlify.app", "vercel.app", "appspot.com", "onmicrosoft.com", "sharepoint.com", "gappssmtp.com",
        .. DocumentationNames,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The RFC 2606 name (example.com, .net, .org) that <paramref name="domain"/> is or lies under, or null.</summary>
    public static string? DocumentationParent(string domain) => Array.Find(DocumentationNames, d => IsWithin(domain, d));

    /// <summary>The organisational domain: the registrable name below the public suffix.</summary>
    public static string Organizational(string domain)
    {
        var d = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var last = d.LastIndexOf('.');
        if (last <= 0)
        {
            return d;
        }
        var second = d.LastIndexOf('.', last - 1);
        if (second < 0)
        {
            return d;
        }
        var suffix2 = d[(second + 1)..];
        if (MultiLabelSuffixes.Contains(suffix2))
        {
            var third = d.LastIndexOf('.', second - 1);
            return third < 0 ? d : d[(third + 1)..];
        }
        return suffix2;
    }

    /// <summary>True when two domains share an organisational domain (relaxed alignment).</summary>
    public static bool Aligned(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }
        // Rules compare every link with every own domain: plain ASCII names (nearly all) are compared in place, where
        // lower-casing then comparing ordinally is comparing ignoring case. Other names take the copying path.
        Span<char> la = stackalloc char[MaxInPlace];
        Span<char> lb = stackalloc char[MaxInPlace];
        if (LowerAscii(a, la) is { } na && LowerAscii(b, lb) is { } nb)
        {
            return OrganizationalSpan(la[..na]).SequenceEqual(OrganizationalSpan(lb[..nb]));
        }
        return string.Equals(Organizational(a), Organizational(b), StringComparison.Ordinal);
    }

    private const int MaxInPlace = 256;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixBySpan = MultiLabelSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    // What Organizational does to the text (trim, trim the root dot, lower-case) into dest, for ASCII names of at most
    // MaxInPlace characters not starting with a dot; null otherwise (the caller then takes the copying path).
    private static int? LowerAscii(string domain, Span<char> dest)
    {
        var d = domain.AsSpan().Trim().TrimEnd('.');
        if (d.Length > dest.Length || !Ascii.IsValid(d) || d.StartsWith('.'))
        {
            return null;
        }
        Ascii.ToLower(d, dest, out var written);
        return written;
    }

    // Organizational on a name already trimmed and lower-cased, as a slice of it.
    private static ReadOnlySpan<char> OrganizationalSpan(ReadOnlySpan<char> d)
    {
        var last = d.LastIndexOf('.');
        if (last <= 0)
        {
            return d;
        }
        var second = d[..last].LastIndexOf('.');
        if (second < 0)
        {
            return d;
        }
        var suffix2 = d[(second + 1)..];
        if (SuffixBySpan.Contains(suffix2))
        {
            var third = d[..second].LastIndexOf('.');
            return third < 0 ? d : d[(third + 1)..];
        }
        return suffix2;
    }

    // Platforms on which anyone picks the tenant name: "example-net-it.azurewebsites.net" says nothing about example.net.
    private static readonly string[] HostingSuffixes =
    [
        "github.io", "herokuapp.com", "blogspot.com", "azurewebsites.net", "cloudfront.net", "amazonaws.com", "web.app", "firebaseapp.com",
        "pages.dev", "workers.dev", "netlify.app", "vercel.app", "appspot.com", "onmicrosoft.com", "sharepoint.com", "gappssmtp.com",
    ];

    private static bool OnHostingPlatform(string domain)
    {
        foreach (var suffix in HostingSuffixes)
        {
            if (IsWithin(domain, suffix))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> GenericTokens = new(StringComparer.Ordinal)
    {
        "mail", "email", "news", "newsletter", "info", "service", "services", "secure", "online", "web", "my", "go", "get", "app", "the",
        "group", "global", "send", "sender", "click", "link", "links", "track", "notify", "notification", "notifications", "noreply", "reply",
    };

    /// <summary>
    /// True when two domains belong to one party: aligned, or their registered names share a distinctive token
    /// ("email-marriott.com" and "marriott.com", "lufthansa-group.com" and "lufthansa.com") as bulk senders do.
    /// </summary>
    public static bool Related(string? a, string? b)
    {
        if (Aligned(a, b))
        {
            return true;
        }
        if (a is null || b is null)
        {
            return false;
        }
        // A shared token proves nothing when either name is a tenant of a hosting platform: the tenant chose it.
        if (OnHostingPlatform(a) || OnHostingPlatform(b))
        {
            return false;
        }
        Span<char> la = stackalloc char[MaxInPlace];
        Span<char> lb = stackalloc char[MaxInPlace];
        if (LowerAscii(a, la) is { } na && LowerAscii(b, lb) is { } nb)
        {
            return ShareToken(FirstLabel(OrganizationalSpan(la[..na])), FirstLabel(OrganizationalSpan(lb[..nb])));
        }
        var ta = Tokens(Organizational(a).Split('.')[0]);
        var tb = Tokens(Organizational(b).Split('.')[0]);
        return ta.Any(t => t.Length >= 4 && !GenericTokens.Contains(t) && tb.Contains(t));
    }

    private static ReadOnlySpan<char> FirstLabel(ReadOnlySpan<char> d) => d.IndexOf('.') is var dot and >= 0 ? d[..dot] : d;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericBySpan = GenericTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    // Tokens(la) and Tokens(lb) share a distinctive token: the test Related makes, without building the sets.
    private static bool ShareToken(ReadOnlySpan<char> la, ReadOnlySpan<char> lb)
    {
        if (Distinctive(la) && HasToken(lb, la))
        {
            return true;
        }
        foreach (var range in la.SplitAny("-_"))
        {
            if (la[range] is var part && Distinctive(part) && HasToken(lb, part))
            {
                return true;
            }
        }
        foreach (var g in GenericTokens)
        {
            if (Trimmed(la, g) is var t && t.Length > 0 && Distinctive(t) && HasToken(lb, t))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Distinctive(ReadOnlySpan<char> t) => t.Length >= 4 && !GenericBySpan.Contains(t);

    // True when t is one of Tokens(label); t is never empty.
    private static bool HasToken(ReadOnlySpan<char> label, ReadOnlySpan<char> t)
    {
        if (label.SequenceEqual(t))
        {
            return true;
        }
        foreach (var range in label.SplitAny("-_"))
        {
            if (label[range].SequenceEqual(t))
            {
                return true;
            }
        }
        foreach (var g in GenericTokens)
        {
            if (Trimmed(label, g) is var trimmed && trimmed.Length > 0 && trimmed.SequenceEqual(t))
            {
                return true;
            }
        }
        return false;
    }

    // The label without the generic word g at its start (else its end), as Tokens adds it; empty when it adds none.
    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> label, string g)
    {
        if (label.Length <= g.Length + 3)
        {
            return [];
        }
        if (label.StartsWith(g, StringComparison.Ordinal))
        {
            return label[g.Length..];
        }
        return label.EndsWith(g, StringComparison.Ordinal) ? label[..^g.Length] : [];
    }

    private static HashSet<string> Tokens(string label)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { label };
        foreach (var part in label.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(part);
        }
        foreach (var g in GenericTokens)
        {
            if (label.Length > g.Length + 3 && (label.StartsWith(g, StringComparison.Ordinal) || label.EndsWith(g, StringComparison.Ordinal)))
            {
                set.Add(label.StartsWith(g, StringComparison.Ordinal) ? label[g.Length..] : label[..^g.Length]);
            }
        }
        return set;
    }

    /// <summary>True when <paramref name="domain"/> is <paramref name="parent"/> or a subdomain of it.</summary>
    public static bool IsWithin(string? domain, string parent)
    {
        if (domain is null)
        {
            return false;
        }
        return domain.Equals(parent, StringComparison.OrdinalIgnoreCase) ||
               (domain.Length > parent.Length && domain[domain.Length - parent.Length - 1] == '.' &&
                domain.EndsWith(parent, StringComparison.OrdinalIgnoreCase));
    }
}
