using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A sender that calls itself a meeting, calendar or signing service ("Zoom", "Microsoft Teams", "Google Meet",
/// "Calendly") from an address the service does not own: the fake meeting-client and fake scheduling-notice campaigns.
/// The services send their own notices from their own domains; their users send as themselves.
/// </summary>
public sealed class ServiceNameRule : Rule
{
    /// <summary>The sender's name is a service that does not own its address.</summary>
    public static readonly Signal SenderNameService = new("SENDER_NAME_SERVICE", Groups.Content, 5.0,
        "The sender's or organizer's name is a meeting, calendar or signing service (Zoom, Microsoft Teams, Google Meet, Calendly, DocuSign …) but the address belongs to someone else.");

    /// <summary>The names a service signs with, and the organisational domains it really sends from.</summary>
    private sealed record Service(string Name, string[] Names, string[] Domains);

    private static readonly Service[] Services =
    [
        new("Zoom", ["zoom", "zoom video", "zoom video communications", "zoom meetings", "zoom meeting", "zoom webinars", "zoom webinar", "zoom us", "zoom.us", "zoom workplace", "zoom calendar", "zoom scheduler"],
            ["zoom.us", "zoom.com", "zoomgov.com"]),
        new("Microsoft", ["microsoft teams", "microsoft teams meeting", "teams meeting", "microsoft", "microsoft 365", "office 365", "microsoft office 365",
            "microsoft bookings", "microsoft onedrive", "onedrive", "onedrive for business", "microsoft sharepoint", "sharepoint", "sharepoint online", "microsoft account", "microsoft account team", "skype", "skype for business"],
            ["microsoft.com", "office.com", "office365.com", "outlook.com", "onmicrosoft.com", "sharepoint.com", "sharepointonline.com", "onedrive.com", "microsoftonline.com", "skype.com", "live.com", "bing.com", "microsoft"]),
        new("Google", ["google", "google calendar", "google meet", "google workspace", "google drive", "google docs", "google account", "google agenda", "google kalender", "google calendario", "gmail"],
            ["google.com", "googlemail.com", "gmail.com", "googlegroups.com", "google"]),
        new("Webex", ["webex", "cisco webex", "webex meetings", "webex by cisco"], ["webex.com", "cisco.com"]),
        new("Calendly", ["calendly"], ["calendly.com"]),
        new("GoTo", ["gotomeeting", "goto meeting", "gotowebinar", "goto webinar"], ["goto.com", "gotomeeting.com", "gotowebinar.com", "logmein.com"]),
        new("DocuSign", ["docusign", "docusign esignature", "docusign electronic signature"], ["docusign.net", "docusign.com"]),
        new("Adobe", ["adobe sign", "adobe acrobat sign", "adobe document cloud", "adobe acrobat"], ["adobe.com", "adobesign.com", "echosign.com"]),
        new("Dropbox", ["dropbox", "dropbox sign"], ["dropbox.com", "dropboxmail.com", "hellosign.com"]),
    ];

    // Words a service's sending name may carry after its name ("Zoom Support", "Microsoft 365 Notifications").
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "support", "team", "notification", "notifications", "no-reply", "noreply", "service", "services", "account", "accounts", "security",
        "alert", "alerts", "admin", "administrator", "invitation", "invitations", "invite", "calendar", "online", "mail", "message", "messages",
        "center", "help", "desk", "helpdesk", "update", "updates", "billing", "info", "system", "de", "for", "business", "via", "-", "|", "•",
        // the same in the languages the campaigns write in, as the normaliser folds them
        "hilfe", "kundendienst", "benachrichtigung", "aktualisierung", "equipe", "assistance", "soporte", "asistencia", "equipo", "servicio",
        "supporto", "assistenza", "servizio", "suporte", "servico", "atendimento", "ondersteuning", "klantenservice", "wsparcie", "pomoc",
        "destek", "ekibi", "поддержка", "служба", "サポート", "サポートセンター", "カスタマーサポート", "事務局", "支持", "客服", "团队", "고객지원", "지원팀",
    };

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [SenderNameService];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (hits.Has(BrandRule.Impersonation.Name))
        {
            return; // the brand named in the sender's name is already counted
        }
        var from = context.Sender.From;
        if (Check(from?.DisplayName, from?.Domain, context, hits, "From"))
        {
            return;
        }
        foreach (var (_, ev) in context.Events)
        {
            if (Check(ev.Organizer?.CommonName, ev.Organizer?.Domain, context, hits, "organizer"))
            {
                return;
            }
        }
    }

    private static bool Check(string? name, string? domain, RuleContext context, HitList hits, string where)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(domain) || ServiceNamed(name) is not { } service)
        {
            return false;
        }
        // The service vouches for the address when the address, or a domain that authenticated, is the service's own.
        if (Owns(service, domain) || context.Sender.AuthenticatedDomains.Any(d => Owns(service, d)))
        {
            return false;
        }
        hits.Add(SenderNameService, $"{where} name \"{name.Trim()}\" is {service.Name}, address at {domain}");
        return true;
    }

    private static bool Owns(Service service, string domain)
    {
        var org = DomainNames.Organizational(domain);
        return service.Domains.Any(d => org == d || DomainNames.IsWithin(domain, d));
    }

    /// <summary>The service a display name consists of: its name, optionally followed by generic sending words.</summary>
    private static Service? ServiceNamed(string displayName)
    {
        var text = TextNormaliser.Normalise(displayName.Trim('"', '\'', ' '), 200).Text.Trim();
        if (text.Length is < 4 or > 60)
        {
            return null;
        }
        // "Ana via Zoom", "Ana (via Google Docs)": a person's name relayed through a service names that service.
        var via = text.LastIndexOf(" via ", StringComparison.Ordinal);
        if (via > 0)
        {
            text = text[(via + 5)..].Trim('(', ')', ' ');
        }
        foreach (var service in Services)
        {
            foreach (var serviceName in service.Names)
            {
                if (text.StartsWith(serviceName, StringComparison.Ordinal) && OnlySuffixes(text.AsSpan(serviceName.Length)))
                {
                    return service;
                }
            }
        }
        return null;
    }

    private static bool OnlySuffixes(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }
        if (char.IsLetterOrDigit(rest[0]))
        {
            return false; // "zoomer", "googleplex"
        }
        foreach (var range in rest.SplitAny(" ,()[]:/"))
        {
            var word = rest[range];
            if (!word.IsEmpty && !Suffixes.Contains(word.ToString()))
            {
                return false;
            }
        }
        return true;
    }
}
