namespace Calguard.Analysis.Rules.Learned;

/// <summary>
/// DNS reputation lists the operator configured: a DNSBL for the connecting IP (R8, R13) and URIBL/DBL zones for the
/// linked domains (R9, R13). The host queries them with a per-message time budget and adds the results through
/// <see cref="ExternalFacts.Hits"/>; the factor carries the configured score of each zone that listed.
/// </summary>
public static class DnsListSignals
{
    /// <summary>The connecting IP is listed.</summary>
    public static readonly Signal IpListed = new("DNSBL_LISTED", Groups.Learned, 3.0,
        "The connecting IP address is listed in a configured DNS block list; the detail names the zone and its return code (R8, R13).");

    /// <summary>A linked domain is listed.</summary>
    public static readonly Signal DomainListed = new("URIBL_LISTED", Groups.Learned, 3.0,
        "A domain the invitation links to is listed in a configured URI/domain block list; the detail names the zone and its return code (R9, R13).");

    /// <summary>A list did not answer usefully in time.</summary>
    public static readonly Signal Timeout = new("DNS_TIMEOUT", Groups.Learned, 0.0,
        "A configured DNS list did not answer within the message's time budget, failed, or refused the query (127.255.255.x); the verdict was computed without it.");

    /// <summary>Every DNS list signal.</summary>
    public static IReadOnlyList<Signal> All { get; } = [IpListed, DomainListed, Timeout];
}
