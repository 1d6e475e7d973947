namespace Calguard.Reputation;

/// <summary>The kinds of entity that carry a reputation; stored as text, so never rename one.</summary>
public static class ReputationKinds
{
    /// <summary>An ORGANIZER address whose message authenticated it (DMARC, aligned DKIM/SPF, or a vouching platform; R46).</summary>
    public const string Organizer = "organizer";

    /// <summary>
    /// An ORGANIZER address that was not authenticated. Kept apart, so that spam forged in someone's name does not
    /// spoil that person's own authenticated invitations, and forged clean mail earns nothing.
    /// </summary>
    public const string UnverifiedOrganizer = "organizer-unverified";

    /// <summary>The organisational domain of a passing DKIM signature (never a relay, a calendar platform or free mail).</summary>
    public const string Dkim = "dkim";

    /// <summary>The connecting IP address (public addresses only).</summary>
    public const string Ip = "ip";

    /// <summary>The connecting IP's network: an IPv4 /24 or an IPv6 /64.</summary>
    public const string Network = "net";

    /// <summary>The organisational domain of a link in the invitation (never a shared platform, shortener or free host).</summary>
    public const string Link = "link";
}
