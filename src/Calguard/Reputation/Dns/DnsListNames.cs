using System.Net;
using System.Text;

namespace Calguard.Host.Reputation.Dns;

/// <summary>The query names of DNS lists: reversed IPv4 octets or IPv6 nibbles (RFC 5782 §2.1, §2.4), or a domain, under the zone.</summary>
public static class DnsListNames
{
    /// <summary><c>4.3.2.1.zone</c> for 1.2.3.4; 32 reversed nibbles for IPv6.</summary>
    public static string ForIp(IPAddress address, string zone)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        var bytes = address.GetAddressBytes();
        var sb = new StringBuilder(80);
        if (bytes.Length == 4)
        {
            for (var i = 3; i >= 0; i--)
            {
                sb.Append(bytes[i]).Append('.');
            }
        }
        else
        {
            const string Hex = "0123456789abcdef";
            for (var i = bytes.Length - 1; i >= 0; i--)
            {
                sb.Append(Hex[bytes[i] & 0xF]).Append('.').Append(Hex[bytes[i] >> 4]).Append('.');
            }
        }
        return sb.Append(zone.TrimEnd('.')).ToString();
    }

    /// <summary><c>domain.zone</c>, or null when the name would not be a valid DNS name (a label over 63 or a name over 253 characters).</summary>
    public static string? ForDomain(string domain, string zone)
    {
        var d = domain.Trim().TrimEnd('.').ToLowerInvariant();
        if (d.Length == 0 || d.Split('.').Any(l => l.Length is 0 or > 63) || d.Any(c => c > 0x7F || char.IsWhiteSpace(c)))
        {
            return null;
        }
        var name = d + "." + zone.TrimEnd('.');
        return name.Length <= 253 ? name : null;
    }
}
