namespace Calguard.Analysis.Text;

/// <summary>Domain lists the rules consult: free mail providers, URL shorteners, free hosting that phishing abuses.</summary>
public static class KnownDomains
{
    private static readonly HashSet<string> FreemailExact = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "ymail.com", "rocketmail.com", "aol.com", "aim.com", "icloud.com", "me.com", "mac.com", "msn.com",
        "web.de", "t-online.de", "freenet.de", "arcor.de", "posteo.de", "mailbox.org", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "ya.ru",
        "rambler.ru", "qq.com", "163.com", "126.com", "sina.com", "sohu.com", "yeah.net", "naver.com", "daum.net", "hanmail.net", "proton.me",
        "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tutanota.de", "tuta.io", "zoho.com", "zohomail.com", "mail.com", "email.com",
        "usa.com", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "orange.fr", "wanadoo.fr", "laposte.net", "free.fr", "sfr.fr",
        "seznam.cz", "centrum.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "op.pl", "btinternet.com", "comcast.net", "verizon.net", "att.net",
        "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net", "earthlink.net", "rediffmail.com", "yopmail.com", "mailinator.com",
        "guerrillamail.com", "sharklasers.com", "tempmail.com", "10minutemail.com", "fastmail.com", "fastmail.fm", "hushmail.com", "inbox.com",
        "gmx.com", "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.fr", "bigpond.com", "shaw.ca", "rogers.com", "uol.com.br", "bol.com.br",
        "terra.com.br", "yandex.com", "yandex.ru", "outlook.com", "hotmail.com", "live.com", "ukr.net", "abv.bg", "mail.bg", "rediff.com",
    };

    private static readonly string[] FreemailLabels = ["yahoo", "hotmail", "outlook", "live", "gmx", "yandex", "aol"];

    private static readonly HashSet<string> Shorteners = new(StringComparer.OrdinalIgnoreCase)
    {
        "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "v.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at",
        "tiny.cc", "rb.gy", "t.ly", "s.id", "bl.ink", "qrco.de", "shorte.st", "adf.ly", "bit.do", "x.co", "soo.gd", "urlz.fr", "0rz.tw",
        "tiny.one", "shorturl.asia", "lnkd.in", "trib.al", "t2m.io", "clck.ru", "u.to", "ln.run", "short.gy", "shrtco.de", "han.gl", "me2.do",
        "surl.li", "linktr.ee", "tr.ee", "urlr.me", "dub.sh", "kutt.it", "hyperurl.co", "ouo.io", "bc.vc", "gg.gg", "did.li", "2u.pw", "n9.cl",
    };

    private static readonly string[] FreeHosting =
    [
        "sites.google.com", "forms.gle", "storage.googleapis.com", "firebaseapp.com", "web.app", "appspot.com", "blogspot.com",
        "weebly.com", "wixsite.com", "wix.com", "000webhostapp.com", "github.io", "glitch.me", "ngrok.io", "ngrok-free.app", "trycloudflare.com",
        "workers.dev", "pages.dev", "r2.dev", "netlify.app", "vercel.app", "herokuapp.com", "azurewebsites.net", "blob.core.windows.net",
        "ipfs.io", "dweb.link", "cloudflare-ipfs.com", "w3s.link", "nftstorage.link", "4everland.io", "webflow.io", "square.site", "godaddysites.com", "mystrikingly.com", "jimdosite.com",
        "carrd.co", "notion.site", "typedream.app", "framer.website", "wordpress.com", "tumblr.com", "telegra.ph", "pastebin.com", "s3.amazonaws.com",
        "onrender.com", "fly.dev", "replit.app", "repl.co", "surge.sh", "web.core.windows.net", "myshopify.com", "forms.office.com", "forms.microsoft.com",
        "canva.site",
    ];

    private static readonly HashSet<string> SuspiciousTlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "top", "xyz", "click", "icu", "buzz", "rest", "cfd", "sbs", "monster", "quest", "cyou", "bond", "gdn", "loan", "win", "work", "men",
        "date", "racing", "review", "stream", "download", "country", "kim", "science", "party", "trade", "webcam", "zip", "mov", "lol", "fun",
        "tk", "ml", "ga", "cf", "gq", "pw", "su", "live", "shop", "online", "site", "store", "best", "life",
        // The cheap new generic TLDs that abuse reports rank highest after the ones above.
        "lat", "vip", "mom", "beauty", "hair", "skin", "autos", "boats", "makeup", "yachts", "homes", "motorcycles", "cam", "bar",
    };

    private static readonly string[] Relays =
    [
        "amazonses.com", "sendgrid.net", "sendgrid.com", "mailgun.org", "mailgun.net", "sparkpostmail.com", "mcsv.net", "mcdlv.net", "mailchimpapp.net",
        "rsgsv.net", "mandrillapp.com", "postmarkapp.com", "pmbounces.com", "sendinblue.com", "brevo.com", "mailjet.com", "mailersend.net", "smtp2go.com",
        "elasticemail.com", "gappssmtp.com", "google.com", "googlemail.com", "imip.me.com", "insideicloud.icloud.com", "email.apple.com",
        "calendar-server.bounces.google.com", "protection.outlook.com", "onmicrosoft.com", "hubspotemail.net", "hs-email.net", "exacttarget.com",
        "salesforce.com", "mktomail.com", "mkto-sj.com", "cmail19.com", "cmail20.com", "createsend.com", "zendesk.com", "freshdesk.com",
    ];

    // Meeting and event services that send invitations and registration mail for any account holder, in the holder's
    // words, from the service's own authenticated domain.
    private static readonly string[] SchedulingPlatforms =
    [
        "zoom.us", "zoom.com", "webex.com", "calendly.com", "meetup.com", "eventbrite.com", "gotowebinar.com", "goto.com", "doodle.com", "on24.com",
        "cvent.com", "livestorm.co", "bigmarker.com",
    ];

    /// <summary>True for meeting and event services that send for any account holder: their signature vouches for the service, not for the holder who wrote the text.</summary>
    public static bool IsSchedulingPlatform(string? domain) => domain is not null && WithinAny(domain, SchedulingPlatforms);

    /// <summary>True for bulk-mail services and calendar relays that sign for their customers: their signature says nothing about the brand named.</summary>
    public static bool IsRelay(string? domain) => domain is not null && WithinAny(domain, Relays);

    private static bool WithinAny(string domain, string[] parents) => ParentWithin(domain, parents) is not null;

    // Called per link and per domain of every scan: a loop, not a LINQ closure per call.
    private static string? ParentWithin(string domain, string[] parents)
    {
        foreach (var parent in parents)
        {
            if (DomainNames.IsWithin(domain, parent))
            {
                return parent;
            }
        }
        return null;
    }

    /// <summary>True for free mail providers and Microsoft 365 trial-tenant domains: a business does not send invoices from these.</summary>
    public static bool IsFreemail(string? domain)
    {
        if (string.IsNullOrEmpty(domain))
        {
            return false;
        }
        // A Microsoft 365 tenant's default domain (name.onmicrosoft.com) comes free with a trial in minutes; an
        // organisation that invites people sends from its own domain, so such a mailbox vouches for nobody.
        if (FreemailExact.Contains(domain) || DomainNames.IsWithin(domain, "onmicrosoft.com"))
        {
            return true;
        }
        var org = DomainNames.Organizational(domain);
        var dot = org.IndexOf('.');
        var label = dot < 0 ? org.AsSpan() : org.AsSpan(0, dot);
        var known = false;
        foreach (var l in FreemailLabels)
        {
            known |= label.Equals(l, StringComparison.OrdinalIgnoreCase);
        }
        return known && (org == domain || FreemailExact.Contains(org) || label is "yahoo" or "hotmail" or "gmx");
    }

    /// <summary>True for URL shorteners, which hide where a link goes.</summary>
    public static bool IsShortener(string host) => Shorteners.Contains(host) || (host.StartsWith("www.", StringComparison.Ordinal) && Shorteners.Contains(host[4..]));

    /// <summary>True for free hosting and form services phishing pages are put on.</summary>
    public static bool IsFreeHosting(string host) => WithinAny(host, FreeHosting);

    /// <summary>The free-hosting domain <paramref name="host"/> lies within (web.app for claim-l8sqn2.web.app), or null.</summary>
    public static string? FreeHostingParent(string host) => ParentWithin(host, FreeHosting);

    /// <summary>True for the public gateways that serve IPFS content by its address.</summary>
    public static bool IsIpfsGateway(string host) => WithinAny(host, IpfsGateways);

    private static readonly string[] IpfsGateways = ["ipfs.io", "dweb.link", "cloudflare-ipfs.com", "w3s.link", "nftstorage.link", "4everland.io"];

    /// <summary>
    /// True for a link to free hosting, including Google and Microsoft Forms and Google Drawings (but not ordinary Google
    /// documents), and pages published on design and presentation services.
    /// </summary>
    public static bool IsFreeHosting(Link link) =>
        IsFreeHosting(link.AsciiHost) || (link.AsciiHost == "docs.google.com" &&
                                          (link.Raw.Contains("/forms/", StringComparison.OrdinalIgnoreCase) || link.Raw.Contains("/drawings/", StringComparison.OrdinalIgnoreCase))) ||
        IsPublishedPage(link);

    // A design or a deck published for anyone to view: the "shared document" whose one button leads to the sign-in
    // page, made in minutes on a host no filter blocks. A collaborator's link opens the editor (canva.com/design/…/edit),
    // and a Google document shared with a colleague its /d/ID/edit page; "publish to the web" gives /d/e/2PACX-…/pub.
    private static readonly (string Host, string PathStart, string? PathPart)[] PublishedPages =
    [
        ("canva.com", "/design/", "/view"), ("express.adobe.com", "/page/", null), ("sway.office.com", "/", null), ("sway.cloud.microsoft", "/", null),
        ("view.genial.ly", "/", null), ("gamma.app", "/docs/", null), ("prezi.com", "/view/", null), ("prezi.com", "/p/", null),
        ("docs.google.com", "/", "/d/e/2PACX-"),
    ];

    private static bool IsPublishedPage(Link link)
    {
        foreach (var (host, start, part) in PublishedPages)
        {
            if (DomainNames.IsWithin(link.AsciiHost, host) && link.Path.Length > start.Length &&
                link.Path.StartsWith(start, StringComparison.OrdinalIgnoreCase) && (part is null || link.Path.Contains(part, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    // Where files are kept, not sites published. Static-website endpoints (*.web.core.windows.net, s3-website) are
    // somebody's site and are not here.
    private static readonly string[] FileStorage =
    [
        "dropbox.com", "dropboxusercontent.com", "drive.google.com", "docs.google.com", "storage.googleapis.com", "storage.cloud.google.com",
        "firebasestorage.googleapis.com", "sharepoint.com", "1drv.ms", "onedrive.live.com", "box.com", "blob.core.windows.net",
        "s3.amazonaws.com", "r2.dev", "digitaloceanspaces.com", "backblazeb2.com", "wetransfer.com", "mediafire.com",
    ];

    /// <summary>True when <paramref name="host"/> keeps files anyone uploads (cloud storage, file sharing).</summary>
    // Amazon's buckets answer at bucket.s3.amazonaws.com and at s3.region.amazonaws.com / bucket.s3.region.amazonaws.com.
    public static bool IsFileStorage(string host) =>
        WithinAny(host, FileStorage) ||
        (DomainNames.IsWithin(host, "amazonaws.com") && (host.StartsWith("s3.", StringComparison.Ordinal) || host.Contains(".s3.", StringComparison.Ordinal) || host.Contains(".s3-", StringComparison.Ordinal)) &&
         !host.Contains("s3-website", StringComparison.Ordinal));

    // Known services where anyone can put a file up: a code host's releases and raw files, storage and chat CDNs. Their
    // name excuses their own downloads, not a program some account uploaded: no meeting client ships from somebody's
    // GitHub release or Dropbox.
    private static readonly string[] CodeHosts =
        ["github.com", "githubusercontent.com", "gitlab.com", "bitbucket.org", "sourceforge.net", "cdn.discordapp.com", "mega.nz", "transfer.sh"];

    /// <summary>True when <paramref name="host"/> serves files that any account uploaded: a code host or file storage.</summary>
    public static bool ServesAnyonesFiles(string host) => WithinAny(host, CodeHosts) || IsFileStorage(host);

    // Signing envelopes and design or writing workspaces: their links open the sender's own document inside the
    // service, never a page the sender wrote, so they say nothing about who sent them.
    private static readonly string[] OwnDocumentPlatforms =
        ["docusign.net", "docusign.com", "hellosign.com", "figma.com", "miro.com", "lucid.app", "overleaf.com"];

    // Where colleagues' shared documents live. A share from a known sender to one of these is judged by the rest of
    // the evidence; a "document" anywhere else is a page somebody set up.
    private static readonly string[] DocumentPlatforms =
    [
        .. OwnDocumentPlatforms, "1drv.ms", "onedrive.com", "canva.com", "wetransfer.com", "we.tl", "docsend.com", "sharefile.com", "egnyte.com",
        "adobe.com", "pandadoc.com", "smartsheet.com", "quip.com", "airtable.com", "loom.com", "scribd.com", "issuu.com", "zoho.com", "seafile.com",
        "pcloud.com", "mega.nz", "icloud.com", "box.com",
    ];

    /// <summary>True when <paramref name="host"/> is a document, design or signature platform where colleagues share files.</summary>
    public static bool IsDocumentPlatform(string host) => WithinAny(host, DocumentPlatforms);

    /// <summary>True when <paramref name="host"/>'s links open only the sender's own document inside the service (a signing
    /// envelope, a design or writing workspace), never a page the sender wrote.</summary>
    public static bool OpensOwnDocumentOnly(string host) => WithinAny(host, OwnDocumentPlatforms);

    // Host (organisational or full) and the path prefix that marks a shared file rather than a site's front page.
    private static readonly (string Host, string Path)[] SharedFiles =
    [
        ("sharepoint.com", "/:"), ("1drv.ms", "/"), ("onedrive.live.com", "/"), ("dropbox.com", "/s/"), ("dropbox.com", "/scl/"),
        ("dropbox.com", "/l/"), ("drive.google.com", "/"), ("docs.google.com", "/"), ("forms.gle", "/"), ("docsend.com", "/view"),
        ("wetransfer.com", "/downloads"), ("we.tl", "/"), ("box.com", "/s/"), ("notion.site", "/"), ("canva.com", "/design"),
        ("forms.office.com", "/"), ("sway.office.com", "/"), ("1drv.com", "/"),
    ];

    /// <summary>True when <paramref name="link"/> opens a shared document, form or file download rather than a site's front page.</summary>
    public static bool IsSharedFile(Link link)
    {
        foreach (var (host, path) in SharedFiles)
        {
            if (DomainNames.IsWithin(link.AsciiHost, host) && link.Path.StartsWith(path, StringComparison.OrdinalIgnoreCase) && link.Path.Length > path.Length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for top-level domains that cheap throw-away registrations favour.</summary>
    public static bool HasSuspiciousTld(string host)
    {
        var dot = host.LastIndexOf('.');
        return dot > 0 && SuspiciousTlds.Contains(host[(dot + 1)..]);
    }
}
