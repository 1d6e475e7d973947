namespace Calguard;

/// <summary>Domain helpers: organisational domains and relaxed alignment.</summary>
/// <remarks>A short list of multi-label public suffixes stands in for the full Public Suffix List; it
/// covers the registries that mail and calendar traffic uses most. Misjudging a rare suffix only makes
/// alignment stricter, never looser, because an unknown suffix keeps three labels.</remarks>
public static class DomainNames
{
    private static readonly HashSet<string> MultiLabelSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk", "nhs.uk",
        "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "net.nz", "govt.nz", "ac.nz",
        "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "or.kr", "ac.kr", "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn",
        "com.hk", "com.tw", "com.sg", "com.my", "co.id", "co.in", "net.in", "org.in", "ac.in", "gov.in", "co.th", "ac.th",
        "com.br", "net.br", "org.br", "gov.br", "edu.br", "com.ar", "com.mx", "org.mx", "edu.mx", "com.co", "com.pe", "edu.pe", "gob.pe",
        "com.tr", "org.tr", "edu.tr", "gov.tr", "co.za", "org.za", "ac.za", "gov.za", "com.eg", "com.sa", "com.ua", "co.il", "org.il", "ac.il",
        "com.pl", "net.pl", "org.pl", "co.at", "or.at", "ac.at", "gv.at", "com.es", "com.pt", "com.gr", "co.hu", "com.ru", "org.ru",
        "co.tz", "co.ke", "com.ng", "com.ph", "com.vn", "com.pk", "com.bd", "gouv.fr", "asso.fr", "co.ve", "com.ec", "com.uy",
        "github.io", "herokuapp.com", "blogspot.com", "azurewebsites.net", "cloudfront.net", "amazonaws.com", "web.app", "firebaseapp.com",
        "pages.dev", "workers.dev", "netlify.app", "vercel.app", "appspot.com", "onmicrosoft.com", "sharepoint.com", "gappssmtp.com",
        // RFC 2606 names stand for many different organisations in documentation and test corpora; real mail never uses them.
        "example.com", "example.net", "example.org",
    };

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
    public static bool Aligned(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Organizational(a), Organizational(b), StringComparison.Ordinal);

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
        var ta = Tokens(Organizational(a).Split('.')[0]);
        var tb = Tokens(Organizational(b).Split('.')[0]);
        return ta.Any(t => t.Length >= 4 && !GenericTokens.Contains(t) && tb.Contains(t));
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
