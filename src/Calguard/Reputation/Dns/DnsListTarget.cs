namespace Calguard.Host.Reputation.Dns;

/// <summary>What a DNS list is asked about.</summary>
public enum DnsListTarget
{
    /// <summary>A DNSBL: the connecting IP, octets reversed (IPv6: nibbles reversed) under the zone.</summary>
    Ip,

    /// <summary>A URIBL/DBL: a linked organisational domain under the zone.</summary>
    Domain,
}
