using System.Globalization;
using System.Net;

namespace Calguard.Host.Reputation.Dns;

/// <summary>
/// One configured DNS list: its zone, what it is asked about, its score, and which answers count. Answers are
/// 127.0.0.0/8 addresses whose meaning each list documents; anything outside 127/8 is ignored (a resolver that
/// rewrites NXDOMAIN), and so is 127.255.255.0/24, which Spamhaus uses for "query refused" (public resolver, rate
/// limit, typing error) — those are reported as a list that did not answer, never as a listing.
/// </summary>
/// <param name="Name">The zone, e.g. <c>zen.spamhaus.org</c>.</param>
/// <param name="Target">IP (DNSBL) or domain (URIBL/DBL).</param>
/// <param name="Score">The score a listing adds (the signal's default score scales it).</param>
/// <param name="Codes">Return codes that count, as inclusive ranges; empty for "every code but the refusals".</param>
/// <param name="Bitmask">For bitmask lists (SURBL, URIBL): a code counts when its last octet shares a bit with this mask.</param>
public sealed record DnsListZone(string Name, DnsListTarget Target, double Score, IReadOnlyList<(uint From, uint To)> Codes, uint? Bitmask = null)
{
    /// <summary>True when <paramref name="answer"/> means "refused" rather than "listed": 127.255.255.0/24.</summary>
    public static bool IsRefusal(IPAddress answer) => ToUInt(answer) is { } v && (v & 0xFFFFFF00) == 0x7FFFFF00;

    /// <summary>True when <paramref name="answer"/> is a listing code that this zone counts.</summary>
    public bool Counts(IPAddress answer)
    {
        if (ToUInt(answer) is not { } v || (v & 0xFF000000) != 0x7F000000 || IsRefusal(answer))
        {
            return false;
        }
        if (Bitmask is { } mask)
        {
            return (v & 0xFF & mask) != 0;
        }
        if (Codes.Count == 0)
        {
            // 127.0.0.1 is URIBL's "query refused"; no list uses it for a listing.
            return v != 0x7F000001;
        }
        return Codes.Any(c => v >= c.From && v <= c.To);
    }

    /// <summary>Parses a code list entry: <c>127.0.0.2</c> or <c>127.0.0.4-127.0.0.7</c>.</summary>
    /// <exception cref="FormatException">Not an IPv4 address or range inside 127.0.0.0/8.</exception>
    public static (uint From, uint To) ParseCode(string text)
    {
        var dash = text.IndexOf('-');
        var from = Parse127(dash < 0 ? text : text[..dash]);
        var to = dash < 0 ? from : Parse127(text[(dash + 1)..]);
        return from <= to ? (from, to) : throw new FormatException($"'{text}': the range ends before it starts");

        static uint Parse127(string part) =>
            IPAddress.TryParse(part.Trim(), out var a) && ToUInt(a) is { } v && (v & 0xFF000000) == 0x7F000000
                ? v
                : throw new FormatException($"'{part.Trim()}' is not an address in 127.0.0.0/8");
    }

    /// <summary>The code written as an address.</summary>
    public static string Format(IPAddress answer) => answer.ToString();

    private static uint? ToUInt(IPAddress a)
    {
        if (a.IsIPv4MappedToIPv6)
        {
            a = a.MapToIPv4();
        }
        var b = a.GetAddressBytes();
        return b.Length == 4 ? (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) : null;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Target}, {Score})");
}
