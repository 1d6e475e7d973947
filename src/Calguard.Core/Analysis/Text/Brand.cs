using System.Collections.Frozen;

namespace Calguard.Analysis.Text;

/// <summary>A brand that phishing impersonates, the words that name it, and the domains that are really it.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Terms">Normalised words or phrases that name it.</param>
/// <param name="DomainLabels">Second-level labels its domains use in any TLD ("paypal" for paypal.com, paypal.de).</param>
/// <param name="Domains">Other organisational domains that belong to it.</param>
public sealed record Brand(string Name, string[] Terms, string[] DomainLabels, string[] Domains)
{
    /// <summary>A tax office or public service: citizens and their advisers name it in ordinary reminders.</summary>
    public bool Public { get; init; }

    /// <summary>True when <paramref name="domain"/> belongs to this brand.</summary>
    public bool Owns(string? domain)
    {
        if (string.IsNullOrEmpty(domain))
        {
            return false;
        }
        var org = DomainNames.Organizational(domain);
        var dot = org.IndexOf('.');
        return Owns(domain, org, dot > 0 ? org[..dot] : org);
    }

    internal bool Owns(string domain, string organizational, string organizationalLabel)
    {
        if (Array.IndexOf(DomainLabels, organizationalLabel) >= 0)
        {
            return true;
        }
        foreach (var d in Domains)
        {
            if (organizational == d || DomainNames.IsWithin(domain, d))
            {
                return true;
            }
        }
        return false;
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
        new("Microsoft", ["microsoft", "microsoft 365", "office 365", "office365", "onedrive", "sharepoint", "outlook web", "windows defender"],
            ["microsoft", "office", "office365", "outlook", "live", "microsoftonline", "sharepoint", "onedrive", "hotmail", "msn", "windows"],
            // sharepoint.com is a multi-tenant suffix (each tenant's host is its own organisation, DomainNames), so
            // "tenant-my.sharepoint.com" is named here: without it every colleague's SharePoint link imitated Microsoft.
            ["onmicrosoft.com", "sharepoint.com", "microsoft.com", "azure.com", "skype.com", "bing.com", "linkedin.com", "1drv.ms", "aka.ms"]),
        new("Apple", ["apple id", "apple support", "applecare", "icloud", "itunes", "app store", "apple pay", "apple iphone"], ["apple", "icloud", "me", "mac", "itunes"], []),
        new("Amazon", ["amazon", "amazon prime", "prime video"], ["amazon", "primevideo", "a2z", "aws"], []),
        new("Google", ["google account", "gmail", "google workspace", "google drive", "google docs"], ["google", "gmail", "googlemail", "youtube", "1e100", "gappssmtp", "googlegroups"], []),
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
        new("Douglas", ["douglas cadeaukaart", "douglas gutschein", "douglas cadeaucoach", "parfümerie douglas", "douglas-gutschein", "douglas-cadeaukaart"], ["douglas"], []),
        new("Lidl", ["lidl"], ["lidl"], []),
        new("Aldi", ["aldi"], ["aldi"], []),
        new("IKEA", ["ikea"], ["ikea"], []),
        new("ANCV", ["ancv", "cheques-vacances", "cheques vacances", "chèques-vacances"], ["ancv"], []),
        new("Ray-Ban", ["ray-ban", "rayban", "ray ban"], ["ray-ban", "rayban"], ["luxottica.com"]),
        new("Oakley", ["oakley"], ["oakley"], ["luxottica.com"]),
        // The sale waves' other counterfeit labels, whose shops are named after them (monclerdeals.com, ugg-clearance.us).
        new("Moncler", ["moncler"], ["moncler"], []),
        new("UGG", ["ugg boots", "ugg australia"], ["ugg"], ["deckers.com"]),
        new("Canada Goose", ["canada goose"], ["canadagoose", "canada-goose"], []),
        new("Michael Kors", ["michael kors"], ["michaelkors", "michael-kors"], []),
        new("Louis Vuitton", ["louis vuitton"], ["louisvuitton", "louis-vuitton", "vuitton"], []),
        new("Booking.com", ["booking.com"], ["booking"], []),
        new("Airbnb", ["airbnb"], ["airbnb"], []),
        new("Zoom", ["zoom account", "zoom billing"], ["zoom", "zoomgov"], []),
        new("Spotify", ["spotify"], ["spotify"], []),
        new("Steam", ["steam account", "steam wallet"], ["steampowered", "steamcommunity"], []),
        new("Revolut", ["revolut"], ["revolut"], []),
        new("Western Union", ["western union"], ["westernunion", "wu"], []),
        // Parcel carriers and posts
        new("Colissimo", ["colissimo"], ["colissimo", "laposte"], []),
        new("La Poste", ["la poste", "laposte"], ["laposte"], []),
        new("Chronopost", ["chronopost"], ["chronopost"], []),
        new("Correos", ["correos"], ["correos"], []),
        new("CTT", ["ctt expresso", "ctt correios"], ["ctt"], []),
        new("InPost", ["inpost", "paczkomat"], ["inpost"], []),
        new("Poste Italiane", ["poste italiane", "bancoposta"], ["poste", "posteitaliane"], []),
        new("bpost", ["bpost"], ["bpost"], []),
        new("PostNord", ["postnord"], ["postnord"], []),
        new("Royal Mail", ["royal mail"], ["royalmail"], []),
        new("Evri", ["evri", "hermes parcel"], ["evri", "hermes"], []),
        new("GLS", ["gls"], ["gls", "gls-group"], []),
        new("DPD", ["dpd"], ["dpd"], []),
        new("Canada Post", ["canada post", "postes canada"], ["canadapost", "postescanada"], []),
        new("Australia Post", ["australia post", "auspost"], ["auspost"], []),
        new("Japan Post", ["日本郵便", "japan post"], ["japanpost", "post"], []),
        new("SF Express", ["顺丰", "sf express"], ["sf-express", "sf"], []),
        new("Yamato", ["ヤマト運輸", "クロネコ"], ["kuronekoyamato", "yamato"], []),
        new("Aramex", ["aramex"], ["aramex"], []),
        // Retail and services
        new("eBay", ["ebay"], ["ebay"], []),
        new("AliExpress", ["aliexpress"], ["aliexpress", "alibaba"], []),
        new("Zalando", ["zalando"], ["zalando"], []),
        new("bol.com", ["bol.com"], ["bol"], []),
        new("Coolblue", ["coolblue"], ["coolblue"], []),
        new("MediaMarkt", ["mediamarkt", "media markt"], ["mediamarkt"], []),
        new("Carrefour", ["carrefour"], ["carrefour"], []),
        new("Mercadona", ["mercadona"], ["mercadona"], []),
        new("Esselunga", ["esselunga"], ["esselunga"], []),
        new("Migros", ["migros"], ["migros"], []),
        new("Jumbo", ["jumbo supermarkt", "jumbo-enquête", "jumbo enquête"], ["jumbo"], []),
        new("dm", ["dm-drogerie", "dm drogerie", "dm-geschenk", "dm-geschenkbox"], ["dm"], []),
        new("Rossmann", ["rossmann"], ["rossmann"], []),
        new("Sephora", ["sephora"], ["sephora"], []),
        new("Dyson", ["dyson"], ["dyson"], []),
        new("Disney+", ["disney+", "disney plus"], ["disney", "disneyplus"], []),
        new("HBO Max", ["hbo max"], ["hbomax", "max"], []),
        new("TikTok", ["tiktok"], ["tiktok"], []),
        new("Stripe", ["stripe", "stripe payments", "stripe dashboard"], ["stripe"], []),
        new("Wise", ["wise transfer", "transferwise"], ["wise", "transferwise"], []),
        new("N26", ["n26"], ["n26"], []),
        new("Bunq", ["bunq"], ["bunq"], []),
        new("Malwarebytes", ["malwarebytes"], ["malwarebytes"], []),
        new("Kaspersky", ["kaspersky"], ["kaspersky"], []),
        new("Bitdefender", ["bitdefender"], ["bitdefender"], []),
        new("Exodus", ["exodus wallet"], ["exodus"], []),
        new("Blockchain.com", ["blockchain.com"], ["blockchain"], []),
        new("Crypto.com", ["crypto.com"], ["crypto"], []),
        new("Kraken", ["kraken exchange", "kraken account"], ["kraken"], []),
        new("Tesla", ["tesla", "elon musk"], ["tesla"], []),
        // Banks
        new("Santander", ["banco santander", "santander bank", "santander online"], ["santander"], []),
        new("BBVA", ["bbva"], ["bbva"], []),
        new("CaixaBank", ["caixabank"], ["caixabank"], []),
        new("BNP Paribas", ["bnp paribas"], ["bnpparibas"], []),
        new("Crédit Agricole", ["crédit agricole", "credit agricole"], ["credit-agricole", "ca"], []),
        new("Société Générale", ["société générale", "societe generale"], ["societegenerale"], []),
        new("Intesa Sanpaolo", ["intesa sanpaolo"], ["intesasanpaolo"], []),
        new("UniCredit", ["unicredit"], ["unicredit"], []),
        new("Commerzbank", ["commerzbank"], ["commerzbank"], []),
        new("Postbank", ["postbank"], ["postbank"], []),
        new("Volksbank", ["volksbank", "raiffeisenbank"], ["volksbank", "vr"], []),
        new("mBank", ["mbank"], ["mbank"], []),
        new("PKO", ["pko bp", "pko bank"], ["pkobp", "pko"], []),
        new("Itaú", ["itaú", "itau"], ["itau"], []),
        new("Bradesco", ["bradesco"], ["bradesco"], []),
        new("Nubank", ["nubank"], ["nubank"], []),
        new("Sberbank", ["сбербанк", "sberbank"], ["sberbank", "sber"], []),
        new("Tinkoff", ["тинькофф", "tinkoff"], ["tinkoff"], []),
        new("Al Rajhi", ["الراجحي", "al rajhi", "alrajhi"], ["alrajhibank", "alrajhi"], []),
        new("Garanti", ["garanti bbva"], ["garantibbva", "garanti"], []),
        new("Ziraat", ["ziraat"], ["ziraatbank", "ziraat"], []),
        new("SMBC", ["三井住友", "smbc"], ["smbc", "smbc-card"], []),
        new("ICBC", ["工商银行", "icbc"], ["icbc"], []),
        new("Barclays", ["barclays"], ["barclays"], []),
        new("Lloyds", ["lloyds bank"], ["lloydsbank", "lloyds"], []),
        new("American Express", ["american express", "amex"], ["americanexpress", "amex"], []),
        new("Visa", ["verified by visa"], ["visa"], []),
        new("Mastercard", ["mastercard"], ["mastercard"], []),
        // Regional banks, wallets, exchanges and marketplaces that the local fee, KYC and "verify your wallet" waves
        // name. Person-to-person payment apps (Venmo, Interac e-Transfer, Tikkie, Swish, Bizum) are left out: friends' invitations
        // and payment reminders name them as the way to pay. Temu is left out too: "temu" is Indonesian for "meet" ("Temu
        // Alumni", "temu janji"), the title of many a real invitation.
        new("Paytm", ["paytm"], ["paytm"], []),
        new("PhonePe", ["phonepe"], ["phonepe"], []),
        new("State Bank of India", ["state bank of india", "sbi yono", "yono sbi"], ["onlinesbi", "sbi", "sbicard"], []),
        new("HDFC Bank", ["hdfc bank", "hdfc"], ["hdfcbank", "hdfc"], []),
        new("ICICI Bank", ["icici"], ["icicibank", "icici"], []),
        new("Axis Bank", ["axis bank"], ["axisbank"], []),
        new("Bitvavo", ["bitvavo"], ["bitvavo"], []),
        new("Bitpanda", ["bitpanda"], ["bitpanda"], []),
        new("Bybit", ["bybit"], ["bybit"], []),
        new("KuCoin", ["kucoin"], ["kucoin"], []),
        new("OKX", ["okx"], ["okx"], []),
        new("Nordea", ["nordea"], ["nordea"], []),
        new("Danske Bank", ["danske bank"], ["danskebank"], []),
        new("Swedbank", ["swedbank"], ["swedbank"], []),
        new("Rakuten", ["rakuten", "楽天"], ["rakuten"], []),
        new("PayPay", ["paypay"], ["paypay"], []),
        new("KakaoBank", ["카카오뱅크", "카카오페이", "kakaobank", "kakaopay"], ["kakaobank", "kakaopay"], []),
        new("Alipay", ["alipay", "支付宝"], ["alipay"], []),
        new("Mercado Pago", ["mercado pago", "mercadopago", "mercado libre", "mercadolibre", "mercado livre"], ["mercadopago", "mercadolibre", "mercadolivre"], []),
        new("PicPay", ["picpay"], ["picpay"], []),
        new("Caixa", ["caixa econômica", "caixa economica"], ["caixa"], []),
        new("Banco do Brasil", ["banco do brasil"], ["bancodobrasil"], ["bb.com.br"]),
        new("Commonwealth Bank", ["commonwealth bank", "commbank"], ["commbank", "commonwealthbank"], []),
        new("Westpac", ["westpac"], ["westpac"], []),
        new("Scotiabank", ["scotiabank"], ["scotiabank"], []),
        new("RBC", ["royal bank of canada", "rbc royal bank"], ["rbcroyalbank", "rbc"], []),
        new("Klarna", ["klarna"], ["klarna"], []),
        new("Flipkart", ["flipkart"], ["flipkart"], []),
        new("Shopee", ["shopee"], ["shopee"], []),
        new("Lazada", ["lazada"], ["lazada"], []),
        new("Shein", ["shein"], ["shein"], []),
        new("Mercari", ["mercari", "メルカリ"], ["mercari"], []),
        new("Coupang", ["coupang", "쿠팡"], ["coupang"], []),
        new("Vinted", ["vinted"], ["vinted"], []),
        new("Leboncoin", ["leboncoin"], ["leboncoin"], []),
        new("Marktplaats", ["marktplaats"], ["marktplaats"], []),
        new("OLX", ["olx"], ["olx"], []),
        // Government and public services
        new("Receita Federal", ["receita federal"], ["receita", "gov"], ["gov.br"]) { Public = true },
        new("Agencia Tributaria", ["agencia tributaria"], ["agenciatributaria"], ["gob.es"]) { Public = true },
        new("Impots.gouv", ["impots.gouv", "impôts", "dgfip"], ["impots"], ["gouv.fr"]) { Public = true },
        new("Ameli", ["ameli", "assurance maladie"], ["ameli"], []) { Public = true },
        new("CAF", ["caf.fr"], ["caf"], []) { Public = true },
        new("HMRC", ["hmrc"], ["hmrc"], ["gov.uk"]) { Public = true },
        new("IRS", ["irs"], ["irs"], ["irs.gov"]) { Public = true },
        new("INPS", ["inps"], ["inps"], []) { Public = true },
        new("Agenzia delle Entrate", ["agenzia delle entrate"], ["agenziaentrate"], []) { Public = true },
        new("Belastingdienst", ["belastingdienst"], ["belastingdienst"], []) { Public = true },
        new("DigiD", ["digid"], ["digid"], []) { Public = true },
        new("Gosuslugi", ["госуслуг", "gosuslugi"], ["gosuslugi"], []) { Public = true },
        new("e-Devlet", ["e-devlet", "edevlet", "türkiye.gov"], ["turkiye", "edevlet"], []) { Public = true },
        new("Elster", ["mein elster", "elster-portal", "elster portal"], ["elster"], []) { Public = true },
        new("Bundesagentur", ["bundesagentur", "arbeitsagentur"], ["arbeitsagentur"], []) { Public = true },
        new("ANAF", ["anaf"], ["anaf"], []) { Public = true },
    ];


    /// <summary>True when one brand owns both domains (icloud.com and me.com).</summary>
    public static bool SameOwner(string a, string b)
    {
        var (orgA, labelA) = Parts(a);
        var (orgB, labelB) = Parts(b);
        foreach (var brand in All)
        {
            if (brand.Owns(a, orgA, labelA) && brand.Owns(b, orgB, labelB))
            {
                return true;
            }
        }
        return false;

        static (string Org, string Label) Parts(string domain)
        {
            var org = DomainNames.Organizational(domain);
            var dot = org.IndexOf('.');
            return (org, dot > 0 ? org[..dot] : org);
        }
    }

    /// <summary>Brand terms found in normalised text, with their brand.</summary>
    public static IEnumerable<Brand> Mentioned(IReadOnlyList<string> words, string normalised) => Find(words, normalised);

    /// <summary>
    /// The brands named in <paramref name="normalised"/> (whose words are <paramref name="words"/>), in catalogue order:
    /// a one-word term when it is one of the words, a phrase when its first word is one of them and the phrase stands
    /// between word boundaries in the text.
    /// </summary>
    /// <remarks>
    /// One dictionary look-up per word, instead of a set of the words and a look-up per term (twice per invitation,
    /// it was the analysis' largest single cost).
    /// </remarks>
    internal static Brand[] Find(IReadOnlyList<string> words, ReadOnlySpan<char> normalised)
    {
        Span<bool> named = stackalloc bool[All.Count];
        Span<bool> started = stackalloc bool[PhraseTerms.Length];
        var any = false;
        for (var w = 0; w < words.Count; w++)
        {
            // "IBAN NL39 BUNQ 5337 …": the bank code after an IBAN's country and check digits is an account number's part,
            // not a brand the text names.
            if (!TermsByWord.TryGetValue(words[w], out var terms) || (w > 0 && IsIbanStart(words[w - 1])))
            {
                continue;
            }
            foreach (var (brand, phrase) in terms)
            {
                if (phrase < 0)
                {
                    named[brand] = true;
                }
                else
                {
                    started[phrase] = true;
                }
                any = true;
            }
        }
        if (!any)
        {
            return [];
        }
        var found = new List<Brand>();
        for (var i = 0; i < All.Count; i++)
        {
            if (named[i] || HasPhrase(i, started, normalised))
            {
                found.Add(All[i]);
            }
        }
        return [.. found];
    }

    private static bool IsIbanStart(string word) =>
        word.Length == 4 && char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]);

    private static bool HasPhrase(int brand, ReadOnlySpan<bool> started, ReadOnlySpan<char> normalised)
    {
        foreach (var phrase in PhrasesOfBrand[brand])
        {
            if (started[phrase] && ContainsPhrase(normalised, PhraseTerms[phrase]))
            {
                return true;
            }
        }
        return false;
    }

    // Terms with a space, hyphen or dot are phrases: found in the text. The others are words: found in the word list.
    private static bool IsPhrase(string term) => term.Contains(' ') || term.Contains('-') || term.Contains('.');

    // Every phrase term, numbered; a brand's phrases by number.
    private static readonly string[] PhraseTerms = [.. All.SelectMany(b => b.Terms).Where(IsPhrase).Distinct()];

    private static readonly int[][] PhrasesOfBrand =
        [.. All.Select(b => b.Terms.Where(IsPhrase).Select(t => Array.IndexOf(PhraseTerms, t)).ToArray())];

    // A word → the brands it names alone (phrase -1) and the phrases it starts (a phrase starts at a word boundary, so
    // its first word is one of the words).
    private static readonly FrozenDictionary<string, (int Brand, int Phrase)[]> TermsByWord =
        All.SelectMany((b, i) => b.Terms.Select(t => IsPhrase(t)
                ? (Word: FirstWord(t), Brand: i, Phrase: Array.IndexOf(PhraseTerms, t))
                : (Word: t, Brand: i, Phrase: -1)))
            .GroupBy(e => e.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => (e.Brand, e.Phrase)).ToArray(), StringComparer.Ordinal);

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

    private static string FirstWord(string term)
    {
        var end = 0;
        while (end < term.Length && char.IsLetterOrDigit(term[end]))
        {
            end++;
        }
        return end == term.Length ? term : term[..end];
    }

    /// <summary>Folds characters phishing swaps in host names: 0→o, 1→l, rn→m, vv→w.</summary>
    public static string Skeleton(string host)
    {
        if (!System.Text.Ascii.IsValid(host))
        {
            return host.ToLowerInvariant().Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal)
                .Replace('0', 'o').Replace('1', 'l').Replace('3', 'e').Replace('5', 's');
        }
        // Host names are ASCII: one pass and one string instead of seven. The steps above commute here (no step makes or
        // breaks an "rn" or "vv" of another), so folding left to right gives the same result.
        Span<char> folded = host.Length <= 256 ? stackalloc char[host.Length] : new char[host.Length];
        var n = 0;
        for (var i = 0; i < host.Length; i++)
        {
            var c = char.ToLowerInvariant(host[i]);
            var next = i + 1 < host.Length ? char.ToLowerInvariant(host[i + 1]) : '\0';
            if ((c == 'r' && next == 'n') || (c == 'v' && next == 'v'))
            {
                folded[n++] = c == 'r' ? 'm' : 'w';
                i++;
                continue;
            }
            folded[n++] = c switch { '0' => 'o', '1' => 'l', '3' => 'e', '5' => 's', _ => c };
        }
        return n == host.Length && folded.SequenceEqual(host) ? host : new string(folded[..n]);
    }

    private static bool ContainsPhrase(ReadOnlySpan<char> normalised, string term)
    {
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
            var next = normalised[(at + 1)..].IndexOf(term, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }
}
