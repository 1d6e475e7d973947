using Calguard.Reading;

namespace Calguard.Analysis;

/// <summary>A calendar platform that sends invitations on behalf of its users and vouches for them.</summary>
public enum SendingPlatform
{
    /// <summary>No known platform pattern.</summary>
    None,
    /// <summary>Google Calendar: <c>Sender: calendar-notification@google.com</c>, DKIM d=google.com.</summary>
    GoogleCalendar,
    /// <summary>Nextcloud and similar servers that send from a system address with Reply-To set to the organizer.</summary>
    SystemSender,
}

/// <summary>Who sent the invitation, derived once from the headers and trusted authentication results.</summary>
public sealed class SenderFacts
{
    /// <summary>The From address.</summary>
    public MailAddress? From { get; init; }

    /// <summary>The From domain.</summary>
    public string? FromDomain => From?.Domain;

    /// <summary>True when the From domain is authenticated (DMARC pass, or aligned DKIM/SPF pass).</summary>
    public bool FromAuthenticated { get; init; }

    /// <summary>The platform pattern, if any.</summary>
    public SendingPlatform Platform { get; init; }

    /// <summary>Domains whose DKIM signature passed, minus platform relays such as google.com.</summary>
    public IReadOnlyList<string> AuthenticatedDomains { get; init; } = [];

    /// <summary>Every domain the message says it is from: From, Sender, Reply-To, envelope, DKIM signers.</summary>
    public IReadOnlyList<string> ClaimedDomains { get; init; } = [];

    /// <summary>
    /// True when the organizer address given is vouched for: its domain is authenticated (R46), or a platform
    /// that authenticated its own users relayed it for exactly that address.
    /// </summary>
    public Func<string?, bool> OrganizerVouched { get; init; } = _ => false;

    /// <summary>Derives the sender facts of an invitation.</summary>
    public static SenderFacts For(Invitation invitation)
    {
        var message = invitation.Message;
        var auth = invitation.Transport.Authentication;
        var from = message.From;
        var platform = SendingPlatform.None;
        var dkimPass = auth.DkimPassDomains.ToArray();

        if ((IsGoogleCalendar(message.Sender) || IsGoogleCalendar(from)) && dkimPass.Any(d => DomainNames.IsWithin(d, "google.com")))
        {
            platform = SendingPlatform.GoogleCalendar;
        }
        else if (from is not null && IsSystemLocalPart(from.Address) && message.ReplyTo.Count > 0 && auth.Authenticates(from.Domain))
        {
            platform = SendingPlatform.SystemSender;
        }

        // A set beside the list: a crafted message can carry thousands of DKIM signatures or Reply-To addresses.
        var claimed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Claim(string? d)
        {
            if (!string.IsNullOrEmpty(d) && seen.Add(d))
            {
                claimed.Add(d);
            }
        }
        Claim(from?.Domain);
        Claim(message.Sender?.Domain);
        foreach (var r in message.ReplyTo)
        {
            Claim(r.Domain);
        }
        Claim(CalendarAddress.DomainOf(invitation.Transport.MailFrom));
        foreach (var d in message.DkimSignatureDomains)
        {
            Claim(d);
        }

        var authenticated = dkimPass.Where(d => platform != SendingPlatform.GoogleCalendar || !DomainNames.Aligned(d, "google.com")).ToList();
        if (auth.DmarcPass && auth.DmarcDomain is { } dm && !authenticated.Contains(dm))
        {
            authenticated.Add(dm);
        }
        if (auth.Spf == "pass" && auth.SpfDomain is { } sd && !authenticated.Contains(sd))
        {
            authenticated.Add(sd);
        }

        var fromAuthenticated = from is not null && auth.Authenticates(from.Domain);
        var replyTo = message.ReplyTo.Select(r => r.Address).ToArray();
        var sender = message.Sender?.Address;
        return new SenderFacts
        {
            From = from,
            FromAuthenticated = fromAuthenticated,
            Platform = platform,
            AuthenticatedDomains = authenticated,
            ClaimedDomains = claimed,
            OrganizerVouched = organizer =>
            {
                if (organizer is null)
                {
                    return false;
                }
                var domain = CalendarAddress.DomainOf(organizer);
                if (auth.Authenticates(domain))
                {
                    return true;
                }
                return platform switch
                {
                    // Google authenticated the account that sent through it; the organizer is that account.
                    SendingPlatform.GoogleCalendar => string.Equals(organizer, from?.Address, StringComparison.OrdinalIgnoreCase),
                    SendingPlatform.SystemSender => replyTo.Contains(organizer, StringComparer.OrdinalIgnoreCase),
                    _ => false,
                };
            },
        };
    }

    private static bool IsGoogleCalendar(MailAddress? address) =>
        address is not null && (address.Address == "calendar-notification@google.com" || address.Address.EndsWith("@calendar-server.bounces.google.com", StringComparison.Ordinal));

    private static bool IsSystemLocalPart(string address)
    {
        var local = address.Split('@')[0];
        return local.Contains("noreply", StringComparison.Ordinal) || local.Contains("no-reply", StringComparison.Ordinal) ||
               local.Contains("invitations", StringComparison.Ordinal) || local.Contains("calendar", StringComparison.Ordinal) ||
               local is "nextcloud" or "owncloud" or "system";
    }

}
