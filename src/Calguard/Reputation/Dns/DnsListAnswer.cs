using System.Net;

namespace Calguard.Host.Reputation.Dns;

/// <summary>What a DNS list answered for one name.</summary>
/// <param name="Addresses">The A records (empty: not listed).</param>
/// <param name="Error">Why there is no usable answer (timeout, SERVFAIL …), or null.</param>
public sealed record DnsListAnswer(IReadOnlyList<IPAddress> Addresses, string? Error = null)
{
    /// <summary>Not listed (NXDOMAIN or no A record).</summary>
    public static DnsListAnswer NotListed { get; } = new([]);

    /// <summary>True when the list answered.</summary>
    public bool Answered => Error is null;
}
