namespace Calguard.Analysis.Text;

/// <summary>A brand that phishing impersonates, the words that name it, and the domains that are really it.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Terms">Normalised words or phrases that name it.</param>
/// <param name="DomainLabels">Second-level labels its domains use in any TLD ("paypal" for paypal.com, paypal.de).</param>
/// <param name="Domains">Other organisational domains that belong to it.</param>
public sealed record Brand(string Name, string[] Terms, string[] DomainLabels, string[] Domains)
{
    /// <summary>True when <paramref name="domain"/> belongs to this brand.</summary>
    public bool Owns(string? domain)
    {
        if (string.IsNullOrEmpty(domain))
        {
            return false;
        }
        var org = DomainNames.Organizational(domain);
        var label = org.Split('.')[0];
        return DomainLabels.Contains(label, StringComparer.Ordinal) || Domains.Any(d => DomainNames.IsWithin(domain, d) || org == d);
    }
}

/// <summary>The brands calendar phishing impersonates (practice document §5.2: Check Point counted about 300).</summary>
public static class Brands
{
    /// <summary>The catalogue.</summary>
    public static IReadOnlyList<Brand> All { get; } =
    [
        new("PayPal", ["paypal"], ["paypal", "paypal-communication", "paypalobjects"], []),
        new("Norton", ["norton", "nortonlifelock", "norton lifelock", "lifelock", "norton 360"], ["norton", "nortonlifelock", "lifelock"], ["gen.digital", "nortonlifelock.com"]),
        new("McAfee", ["mcafee"], ["mcafee"], []),
        new("Geek Squad", ["geek squad", "geeksquad"], ["geeksquad", "bestbuy"], []),
        new("Avast", ["avast"], ["avast"], []),
        new("Microsoft", ["microsoft", "microsoft 365", "office 365", "office365", "onedrive", "sharepoint", "outlook web"],
            ["microsoft", "office", "office365", "outlook", "live", "microsoftonline", "sharepoint", "onedrive", "hotmail", "msn", "windows"],
            ["onmicrosoft.com", "microsoft.com", "azure.com", "skype.com", "bing.com", "linkedin.com"]),
        new("Apple", ["apple id", "apple support", "icloud", "itunes", "app store", "apple pay"], ["apple", "icloud", "me", "mac", "itunes"], []),
        new("Amazon", ["amazon", "amazon prime", "prime video"], ["amazon", "amazonses", "primevideo", "a2z", "aws"], []),
        new("Google", ["google account", "gmail", "google workspace", "google drive", "google docs"], ["google", "gmail", "googlemail", "youtube", "1e100", "gappssmtp"], []),
        new("DocuSign", ["docusign"], ["docusign"], []),
        new("Adobe", ["adobe sign", "adobe acrobat", "adobe document cloud"], ["adobe", "adobesign", "echosign"], []),
        new("Dropbox", ["dropbox"], ["dropbox", "dropboxmail"], []),
        new("Netflix", ["netflix"], ["netflix"], []),
        new("Coinbase", ["coinbase"], ["coinbase"], []),
        new("Binance", ["binance"], ["binance"], []),
        new("MetaMask", ["metamask"], ["metamask", "consensys"], []),
        new("Trust Wallet", ["trust wallet", "trustwallet"], ["trustwallet"], []),
        new("Ledger", ["ledger live", "ledger wallet"], ["ledger"], []),
        new("OpenSea", ["opensea"], ["opensea"], []),
        new("DHL", ["dhl"], ["dhl"], ["deutschepost.de", "dpdhl.com"]),
        new("FedEx", ["fedex"], ["fedex"], []),
        new("UPS", ["ups"], ["ups"], []),
        new("USPS", ["usps"], ["usps"], []),
        new("PostNL", ["postnl"], ["postnl"], []),
        new("Walmart", ["walmart"], ["walmart"], []),
        new("Costco", ["costco"], ["costco"], []),
        new("Samsung", ["samsung"], ["samsung"], []),
        new("Facebook", ["facebook", "meta business", "instagram", "whatsapp"], ["facebook", "facebookmail", "instagram", "whatsapp", "meta"], []),
        new("Chase", ["chase bank", "jpmorgan chase"], ["chase", "jpmorgan", "jpmorganchase"], []),
        new("Wells Fargo", ["wells fargo"], ["wellsfargo"], []),
        new("Bank of America", ["bank of america"], ["bankofamerica", "bofa"], []),
        new("HSBC", ["hsbc"], ["hsbc"], []),
        new("ING", ["ing bank"], ["ing"], []),
        new("Rabobank", ["rabobank"], ["rabobank"], []),
        new("ABN AMRO", ["abn amro"], ["abnamro"], []),
        new("Sparkasse", ["sparkasse"], ["sparkasse"], []),
        new("Deutsche Bank", ["deutsche bank"], ["deutsche-bank", "db"], []),
        new("Albert Heijn", ["albert heijn", "albertheijn"], ["ah", "albertheijn"], []),
        new("Douglas", ["douglas"], ["douglas"], []),
        new("Lidl", ["lidl"], ["lidl"], []),
        new("Aldi", ["aldi"], ["aldi"], []),
        new("IKEA", ["ikea"], ["ikea"], []),
        new("ANCV", ["ancv", "cheques-vacances", "cheques vacances", "chèques-vacances"], ["ancv"], []),
        new("Ray-Ban", ["ray-ban", "rayban", "ray ban"], ["ray-ban", "rayban"], ["luxottica.com"]),
        new("Oakley", ["oakley"], ["oakley"], ["luxottica.com"]),
        new("Booking.com", ["booking.com"], ["booking"], []),
        new("Airbnb", ["airbnb"], ["airbnb"], []),
        new("Zoom", ["zoom account", "zoom billing"], ["zoom", "zoomgov"], []),
        new("Spotify", ["spotify"], ["spotify"], []),
        new("Steam", ["steam account", "steam wallet"], ["steampowered", "steamcommunity"], []),
        new("Revolut", ["revolut"], ["revolut"], []),
        new("Western Union", ["western union"], ["westernunion", "wu"], []),
    ];

    /// <summary>Brand terms found in normalised text, with their brand.</summary>
    public static IEnumerable<Brand> Mentioned(IReadOnlyList<string> words, string normalised)
    {
        foreach (var brand in All)
        {
            foreach (var term in brand.Terms)
            {
                if (ContainsTerm(words, normalised, term))
                {
                    yield return brand;
                    break;
                }
            }
        }
    }

    /// <summary>Brands whose name is hidden in a host name ("paypal-secure-login.example", "rnicrosoft.example").</summary>
    public static Brand? InHost(string asciiHost)
    {
        var skeleton = Skeleton(asciiHost);
        foreach (var brand in All)
        {
            foreach (var label in brand.DomainLabels)
            {
                if (label.Length >= 5 && skeleton.Contains(label, StringComparison.Ordinal))
                {
                    return brand;
                }
            }
        }
        return null;
    }

    /// <summary>Folds characters phishing swaps in host names: 0→o, 1→l, rn→m, vv→w.</summary>
    public static string Skeleton(string host) =>
        host.ToLowerInvariant().Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal)
            .Replace('0', 'o').Replace('1', 'l').Replace('3', 'e').Replace('5', 's');

    private static bool ContainsTerm(IReadOnlyList<string> words, string normalised, string term)
    {
        if (!term.Contains(' ') && !term.Contains('-') && !term.Contains('.'))
        {
            foreach (var w in words)
            {
                if (w == term)
                {
                    return true;
                }
            }
            return false;
        }
        var at = normalised.IndexOf(term, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(normalised[at - 1]);
            var end = at + term.Length;
            var after = end >= normalised.Length || !char.IsLetterOrDigit(normalised[end]);
            if (before && after)
            {
                return true;
            }
            at = normalised.IndexOf(term, at + 1, StringComparison.Ordinal);
        }
        return false;
    }
}
