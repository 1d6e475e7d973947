using System.Net;
using System.Net.Sockets;

namespace Calguard.Reputation;

/// <summary>
/// Which connecting addresses say something about a sender: public unicast ones. Private, loopback, link-local,
/// shared (CGN), documentation, benchmarking, multicast and reserved ranges are never given a reputation nor sent to
/// a DNS list (a query about them leaks the operator's network and answers nothing).
/// </summary>
public static class IpAddresses
{
    private static readonly (uint Network, int Bits)[] ReservedV4 =
    [
        (0x00000000, 8),   // 0.0.0.0/8 "this network"
        (0x0A000000, 8),   // 10.0.0.0/8 private
        (0x64400000, 10),  // 100.64.0.0/10 shared address space (CGN)
        (0x7F000000, 8),   // 127.0.0.0/8 loopback
        (0xA9FE0000, 16),  // 169.254.0.0/16 link-local
        (0xAC100000, 12),  // 172.16.0.0/12 private
        (0xC0000000, 24),  // 192.0.0.0/24 IETF protocol assignments
        (0xC0000200, 24),  // 192.0.2.0/24 TEST-NET-1
        (0xC0586300, 24),  // 192.88.99.0/24 6to4 relay anycast
        (0xC0A80000, 16),  // 192.168.0.0/16 private
        (0xC6120000, 15),  // 198.18.0.0/15 benchmarking
        (0xC6336400, 24),  // 198.51.100.0/24 TEST-NET-2
        (0xCB007100, 24),  // 203.0.113.0/24 TEST-NET-3
        (0xE0000000, 4),   // 224.0.0.0/4 multicast
        (0xF0000000, 4),   // 240.0.0.0/4 reserved, and the broadcast address
    ];

    /// <summary>Parses <paramref name="text"/> and returns the address when it is public (IPv4-mapped IPv6 as IPv4), else null.</summary>
    public static IPAddress? ParsePublic(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !IPAddress.TryParse(text.Trim().Trim('[', ']'), out var address))
        {
            return null;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return IsPublic(address) ? address : null;
    }

    /// <summary>True for a public unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        Span<byte> b = stackalloc byte[16];
        if (!address.TryWriteBytes(b, out var length))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork && length == 4)
        {
            var value = (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
            foreach (var (network, bits) in ReservedV4)
            {
                if ((value & (uint.MaxValue << (32 - bits))) == network)
                {
                    return false;
                }
            }
            return true;
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6 || length != 16)
        {
            return false;
        }
        // Global unicast is 2000::/3; inside it, 2001::/23 (Teredo, benchmarking, ORCHID), 2001:db8::/32 and 3fff::/20
        // (documentation) and 2002::/16 (6to4, an IPv4 address in disguise) say nothing about a sender.
        if ((b[0] & 0xE0) != 0x20)
        {
            return false;
        }
        if (b[0] == 0x20 && b[1] == 0x01 && (b[2] & 0xFE) == 0x00)
        {
            return false;
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
        {
            return false;
        }
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return false;
        }
        return !(b[0] == 0x3F && b[1] == 0xFF && (b[2] & 0xF0) == 0x00);
    }

    /// <summary>The network an address belongs to for reputation: <c>a.b.c.0/24</c> for IPv4, <c>x:x:x:x::/64</c> for IPv6.</summary>
    public static string Network(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        var bytes = address.GetAddressBytes();
        if (bytes.Length == 4)
        {
            return $"{bytes[0]}.{bytes[1]}.{bytes[2]}.0/24";
        }
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
