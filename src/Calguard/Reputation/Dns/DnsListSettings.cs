using Calguard.Host.Configuration;
using System.Net;

namespace Calguard.Host.Reputation.Dns;

/// <summary>
/// DNS reputation lists (section <c>Calguard:Dns</c>): off by default. docs/configuration.md and docs/reputation.md
/// explain every key; check each list's terms of use (most need a subscription and a resolver of your own).
/// </summary>
public sealed record DnsListSettings
{
    /// <summary>Query the configured lists. Off by default: lists have terms of use and need a resolver that may ask them.</summary>
    public bool Enabled { get; init; }

    /// <summary>The resolvers to ask (<c>ip</c> or <c>ip:port</c>); empty for the system's (<c>/etc/resolv.conf</c>).</summary>
    public IReadOnlyList<IPEndPoint> Servers { get; init; } = [];

    /// <summary>The longest one message waits for all its lists together; what has not answered by then is reported as DNS_TIMEOUT.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest one query may take; it may go on past the budget to fill the cache for the next message.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The most answers cached.</summary>
    public int CacheSize { get; init; } = 20_000;

    /// <summary>The shortest time an answer is cached, whatever its TTL.</summary>
    public TimeSpan MinCacheTtl { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest time an answer is cached, whatever its TTL.</summary>
    public TimeSpan MaxCacheTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long "not listed" is cached when the answer carries no SOA to tell.</summary>
    public TimeSpan NegativeCacheTtl { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many linked domains per message are looked up.</summary>
    public int MaxDomains { get; init; } = 10;

    /// <summary>The lists.</summary>
    public IReadOnlyList<DnsListZone> Zones { get; init; } = [];

    /// <summary>True when there is something to ask.</summary>
    public bool Active => Enabled && Zones.Count > 0;

    /// <summary>Reads <c>Calguard:Dns</c>.</summary>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static DnsListSettings From(IConfiguration configuration)
    {
        var s = configuration.GetSection("Calguard:Dns");
        var d = new DnsListSettings();
        var servers = new List<IPEndPoint>();
        foreach (var text in ConfigurationValues.Strings(s, "Servers"))
        {
            if (!IPEndPoint.TryParse(text, out var endpoint))
            {
                throw new FormatException($"Calguard:Dns:Servers: '{text}' is not an IP address with an optional port");
            }
            servers.Add(endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint);
        }
        var zones = new List<DnsListZone>();
        foreach (var z in s.GetSection("Zones").GetChildren())
        {
            zones.Add(ReadZone(z));
        }
        return new DnsListSettings
        {
            Enabled = ConfigurationValues.Bool(s, "Enabled") ?? d.Enabled,
            Servers = servers,
            Budget = ConfigurationValues.Interval(s, "Budget") ?? d.Budget,
            QueryTimeout = ConfigurationValues.Interval(s, "QueryTimeout") ?? d.QueryTimeout,
            CacheSize = ConfigurationValues.Positive(s, "CacheSize") ?? d.CacheSize,
            MinCacheTtl = ConfigurationValues.Interval(s, "MinCacheTtl", allowZero: true) ?? d.MinCacheTtl,
            MaxCacheTtl = ConfigurationValues.Interval(s, "MaxCacheTtl", allowZero: true) ?? d.MaxCacheTtl,
            NegativeCacheTtl = ConfigurationValues.Interval(s, "NegativeCacheTtl", allowZero: true) ?? d.NegativeCacheTtl,
            MaxDomains = ConfigurationValues.Positive(s, "MaxDomains") ?? d.MaxDomains,
            Zones = zones,
        };
    }

    private static DnsListZone ReadZone(IConfigurationSection z)
    {
        var name = z["Name"]?.Trim().TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || name.Contains(' ', StringComparison.Ordinal) || !name.Contains('.', StringComparison.Ordinal))
        {
            throw new FormatException($"{z.Path}:Name: a DNS zone such as zen.spamhaus.org is required");
        }
        var target = (z["Type"] ?? "ip").Trim().ToLowerInvariant() switch
        {
            "ip" or "dnsbl" => DnsListTarget.Ip,
            "domain" or "uribl" or "dbl" => DnsListTarget.Domain,
            var other => throw new FormatException($"{z.Path}:Type must be ip or domain, not '{other}'"),
        };
        var score = ConfigurationValues.NonNegative(z, "Score") ?? 3.0;
        IReadOnlyList<(uint, uint)> codes;
        try
        {
            codes = ConfigurationValues.Strings(z, "Codes").Select(DnsListZone.ParseCode).ToArray();
        }
        catch (FormatException e)
        {
            throw new FormatException($"{z.Path}:Codes: {e.Message}", e);
        }
        uint? mask = null;
        if (z["Bitmask"] is { } m)
        {
            mask = uint.TryParse(m, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is > 0 and < 256
                ? v
                : throw new FormatException($"{z.Path}:Bitmask must be an integer from 1 to 255, not '{m}'");
        }
        return new DnsListZone(name, target, score, codes, mask);
    }
}
