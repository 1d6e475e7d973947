using System.Net;
using System.Net.Sockets;

namespace Calguard.Host.Outbound;

/// <summary>The network an address belongs to (a /24 or a /64 by default): one subscriber's or one hoster's range (R5 b).</summary>
public static class NetworkPrefix
{
    /// <summary>The network of <paramref name="ip"/> as <c>address/prefix</c>, or null when it is not an IP address.</summary>
    public static string? Of(string? ip, int ipv4Prefix, int ipv6Prefix)
    {
        if (!IPAddress.TryParse(ip, out var address))
        {
            return null;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        var prefix = address.AddressFamily == AddressFamily.InterNetwork ? ipv4Prefix : ipv6Prefix;
        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
        return $"{new IPAddress(bytes)}/{prefix}";
    }

    /// <summary>The canonical text of an IP address (IPv4-mapped IPv6 as IPv4), or null when it is not one.</summary>
    public static string? Normalise(string? ip) =>
        IPAddress.TryParse(ip?.Trim(), out var address) ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() : null;
}
