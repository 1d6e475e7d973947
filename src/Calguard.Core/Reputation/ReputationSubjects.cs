using System.Net;
using Calguard.Analysis;
using Calguard.Analysis.Text;
using Calguard.Provenance;
using Calguard.Reading;

namespace Calguard.Reputation;

/// <summary>
/// The entities an invitation is judged by and teaches about: its organizer address, its authenticated DKIM domains,
/// its source IP and network, and the domains it links to. Derived the same way from a scanned
/// <see cref="Invitation"/> and from its stored <see cref="ProvenanceRecord"/>, so that a report weeks later lands on
/// the entities the scan looked up.
/// </summary>
/// <remarks>
/// Shared infrastructure is never judged as a whole: free mail and calendar platforms (gmail.com, google.com,
/// outlook.com …) sign and send for millions, so there only the organizer address counts; an IP that sent for such a
/// platform is the platform's; link domains of meeting platforms, shorteners and free hosting are everybody's.
/// </remarks>
/// <param name="Organizer">The organizer (kind organizer or organizer-unverified), or null.</param>
/// <param name="Dkim">Authenticated DKIM organisational domains that belong to one sender.</param>
/// <param name="Ip">The source IP, when public and not a platform's.</param>
/// <param name="Network">The source /24 or /64, likewise.</param>
/// <param name="Links">Linked organisational domains that belong to one sender.</param>
public sealed record ReputationSubjects(
    ReputationSubject? Organizer,
    IReadOnlyList<ReputationSubject> Dkim,
    ReputationSubject? Ip,
    ReputationSubject? Network,
    IReadOnlyList<ReputationSubject> Links)
{
    /// <summary>At most this many link domains per invitation (bounded work; spam rarely needs more to be recognised).</summary>
    public const int MaxLinks = 10;

    // Meeting, calendar and social platforms whose links appear in legitimate and spam invitations alike.
    private static readonly string[] SharedLinkDomains =
    [
        "google.com", "youtube.com", "goo.gl", "microsoft.com", "office.com", "office365.com", "live.com", "outlook.com", "skype.com",
        "sharepoint.com", "zoom.us", "zoom.com", "webex.com", "gotomeeting.com", "goto.com", "gotowebinar.com", "apple.com", "icloud.com",
        "whereby.com", "jit.si", "calendly.com", "doodle.com", "facebook.com", "instagram.com", "linkedin.com", "twitter.com", "x.com",
        "whatsapp.com", "wa.me", "t.me", "telegram.org", "github.com", "dropbox.com", "amazon.com", "mozilla.org", "wikipedia.org",
    ];

    /// <summary>No subjects.</summary>
    public static ReputationSubjects None { get; } = new(null, [], null, null, []);

    /// <summary>Every subject evidence is recorded against.</summary>
    public IEnumerable<ReputationSubject> All
    {
        get
        {
            if (Organizer is { } o)
            {
                yield return o;
            }
            foreach (var d in Dkim)
            {
                yield return d;
            }
            if (Ip is { } ip)
            {
                yield return ip;
            }
            if (Network is { } n)
            {
                yield return n;
            }
            foreach (var l in Links)
            {
                yield return l;
            }
        }
    }

    /// <summary>
    /// Every subject to look up when judging: <see cref="All"/>, and for an unverified organizer also the verified
    /// entity of that address (spam sent in its own name condemns a forgery too; its good name does not help one).
    /// </summary>
    public IEnumerable<ReputationSubject> Lookup =>
        Organizer is { Kind: ReputationKinds.UnverifiedOrganizer } o ? All.Append(new ReputationSubject(ReputationKinds.Organizer, o.Key)) : All;

    /// <summary>True when there is nothing to judge or record.</summary>
    public bool IsEmpty => Organizer is null && Dkim.Count == 0 && Ip is null && Network is null && Links.Count == 0;

    /// <summary>The subjects of a scanned invitation.</summary>
    /// <param name="invitation">The invitation.</param>
    /// <param name="sharedDomains">More shared domains (<see cref="ReputationOptions.SharedDomains"/>).</param>
    public static ReputationSubjects For(Invitation invitation, IReadOnlyList<string>? sharedDomains = null)
    {
        var first = invitation.Events.Select(e => e.Event).FirstOrDefault();
        var organizer = first?.Organizer?.Address;
        var authenticated = organizer is not null && SenderFacts.For(invitation).OrganizerVouched(organizer);
        return From(organizer, authenticated, invitation.Transport.Authentication.DkimPassDomains, invitation.Transport.ClientIp,
            LinkDomains(first), sharedDomains);
    }

    /// <summary>The subjects of a stored provenance record (a reported invitation).</summary>
    public static ReputationSubjects For(ProvenanceRecord record, IReadOnlyList<string>? sharedDomains = null) =>
        From(record.Organizer, record.OrganizerAuthenticated, record.DkimDomains, record.SourceIp, record.LinkDomains, sharedDomains);

    /// <summary>The subjects of the given facts.</summary>
    /// <param name="organizer">The ORGANIZER address of the first event.</param>
    /// <param name="organizerAuthenticated">True when the message authenticated the organizer.</param>
    /// <param name="dkimDomains">Domains of passing DKIM signatures from trusted Authentication-Results.</param>
    /// <param name="sourceIp">The connecting client's IP.</param>
    /// <param name="linkDomains">Organisational domains the first event links to (as in the campaign fingerprint).</param>
    /// <param name="sharedDomains">More shared domains.</param>
    public static ReputationSubjects From(string? organizer, bool organizerAuthenticated, IEnumerable<string> dkimDomains, string? sourceIp,
        IEnumerable<string> linkDomains, IReadOnlyList<string>? sharedDomains = null)
    {
        sharedDomains ??= [];
        ReputationSubject? organizerSubject = null;
        var address = CalendarAddress.Normalise(organizer)?.ToLowerInvariant();
        if (address is not null && address.IndexOf('@') > 0)
        {
            organizerSubject = new ReputationSubject(organizerAuthenticated ? ReputationKinds.Organizer : ReputationKinds.UnverifiedOrganizer, address);
        }

        var dkim = new List<ReputationSubject>();
        var platformSigned = false;
        foreach (var raw in dkimDomains)
        {
            var domain = raw.Trim().TrimEnd('.').ToLowerInvariant();
            if (domain.Length == 0)
            {
                continue;
            }
            if (KnownDomains.IsRelay(domain) || KnownDomains.IsFreemail(domain) || IsShared(domain, sharedDomains))
            {
                platformSigned = true;
                continue;
            }
            var subject = new ReputationSubject(ReputationKinds.Dkim, DomainNames.Organizational(domain));
            if (!dkim.Contains(subject))
            {
                dkim.Add(subject);
            }
        }

        ReputationSubject? ip = null;
        ReputationSubject? network = null;
        // An IP that sent for a relay or a free mail provider is that platform's, shared by all its customers.
        if (!platformSigned && IpAddresses.ParsePublic(sourceIp) is { } address2)
        {
            ip = new ReputationSubject(ReputationKinds.Ip, address2.ToString());
            network = new ReputationSubject(ReputationKinds.Network, IpAddresses.Network(address2));
        }

        var links = new List<ReputationSubject>();
        foreach (var raw in linkDomains)
        {
            var domain = raw.Trim().TrimEnd('.').ToLowerInvariant();
            if (domain.Length == 0 || domain.IndexOf('.') < 0 || IPAddress.TryParse(domain.Trim('[', ']'), out _) || IsSharedLink(domain, sharedDomains))
            {
                continue;
            }
            var subject = new ReputationSubject(ReputationKinds.Link, DomainNames.Organizational(domain));
            if (!links.Contains(subject) && links.Count < MaxLinks)
            {
                links.Add(subject);
            }
        }
        return new ReputationSubjects(organizerSubject, dkim, ip, network, links);
    }

    /// <summary>
    /// The organisational link domains of an event, exactly as <see cref="CampaignFingerprint"/> collects them
    /// (DESCRIPTION, LOCATION, URL of the first event), so the scan and a later report agree.
    /// </summary>
    public static IReadOnlyList<string> LinkDomains(CalendarEvent? first)
    {
        if (first is null)
        {
            return [];
        }
        var found = new List<Link>();
        LinkExtractor.Extract(first.Description, "DESCRIPTION", found);
        LinkExtractor.Extract(first.Location, "LOCATION", found);
        if (first.Url is { } url && Link.Parse(url, "URL") is { } u)
        {
            found.Add(u);
        }
        return found.Where(l => l.Host.Length > 0).Select(l => l.Domain).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static bool IsSharedLink(string domain, IReadOnlyList<string> shared) =>
        IsShared(domain, shared) || KnownDomains.IsRelay(domain) || KnownDomains.IsFreemail(domain) || KnownDomains.IsShortener(domain) ||
        KnownDomains.IsFreeHosting(domain) || SharedLinkDomains.Any(s => DomainNames.IsWithin(domain, s));

    private static bool IsShared(string domain, IReadOnlyList<string> shared) => shared.Any(s => DomainNames.IsWithin(domain, s));
}
