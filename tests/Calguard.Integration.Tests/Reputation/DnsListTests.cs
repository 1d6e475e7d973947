using System.Diagnostics;
using Calguard.Integration.Tests.Reputation.Infrastructure;

namespace Calguard.Integration.Tests.Reputation;

/// <summary>
/// DNSBL and URIBL lookups through the real host against resolvers the tests start on loopback — dnsmasq serving two
/// test lists, a silent socket, a port nobody listens on. Nothing here can reach the internet: every list is asked only
/// at the configured loopback server, and the zones are under <c>.example</c>.
/// </summary>
public sealed class DnsListTests
{
    private const string IpZone = "zen.example";
    private const string DomainZone = "dbl.example";

    private static Dictionary<string, string?> DnsConfiguration(int port, string budget = "00:00:02", string queryTimeout = "00:00:02") => new()
    {
        // Reputation off: these tests look at the DNS lists alone.
        ["Calguard:Reputation:Enabled"] = "false",
        ["Calguard:Dns:Enabled"] = "true",
        ["Calguard:Dns:Servers:0"] = $"127.0.0.1:{port}",
        ["Calguard:Dns:Budget"] = budget,
        ["Calguard:Dns:QueryTimeout"] = queryTimeout,
        ["Calguard:Dns:Zones:0:Name"] = IpZone,
        ["Calguard:Dns:Zones:0:Type"] = "ip",
        ["Calguard:Dns:Zones:0:Score"] = "4",
        ["Calguard:Dns:Zones:1:Name"] = DomainZone,
        ["Calguard:Dns:Zones:1:Type"] = "domain",
    };

    [Fact]
    public async Task AListedIpAndDomainAreSignalledAndUnlistedOnesAreNot()
    {
        using var dns = await DnsmasqServer.StartAsync([IpZone, DomainZone], new Dictionary<string, string>
        {
            ["7.12.33.45." + IpZone] = "127.0.0.2",
            ["9.12.33.45." + IpZone] = "127.255.255.254",
            ["prize-claim.test." + DomainZone] = "127.0.1.2",
        });
        await using var host = await ReputationHost.StartAsync(DnsConfiguration(dns.Port));

        // Listed: the source IP in the DNSBL, the linked organisational domain in the domain list.
        var listed = ReputationHost.Symbols(await host.ScanAsync(
            Invitations.Meeting("carl@plain.test", "dns-listed", "https://win.prize-claim.test/agenda"), "45.33.12.7", "bob@example.net"));
        Assert.Equal(("45.33.12.7 listed in zen.example (127.0.0.2)", 4.0), (listed["DNSBL_LISTED"].Detail, listed["DNSBL_LISTED"].Score));
        Assert.Equal(("prize-claim.test listed in dbl.example (127.0.1.2)", 3.0), (listed["URIBL_LISTED"].Detail, listed["URIBL_LISTED"].Score));
        Assert.False(listed.ContainsKey("DNS_TIMEOUT"), listed.GetValueOrDefault("DNS_TIMEOUT").Detail);

        // Not listed: both lists were asked and said NXDOMAIN; nothing is signalled, not even a timeout.
        var clean = ReputationHost.Symbols(await host.ScanAsync(
            Invitations.Meeting("carl@plain.test", "dns-clean", "https://www.harmless.test/agenda"), "45.33.12.8", "bob@example.net"));
        Assert.DoesNotContain(clean.Keys, k => k is "DNSBL_LISTED" or "URIBL_LISTED" or "DNS_TIMEOUT");
        Assert.Contains("query[A] 8.12.33.45.zen.example", await dns.LogHoldingAsync("query[A] 8.12.33.45.zen.example"));
        Assert.Contains("query[A] harmless.test.dbl.example", await dns.LogHoldingAsync("query[A] harmless.test.dbl.example"));

        // The list refused (127.255.255.x, Spamhaus' "query refused"): reported as a list that did not answer, never a listing.
        var refused = ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting("carl@plain.test", "dns-refused"), "45.33.12.9", "bob@example.net"));
        Assert.False(refused.ContainsKey("DNSBL_LISTED"));
        Assert.Equal("zen.example: refused (127.255.255.254)", refused["DNS_TIMEOUT"].Detail);
        Assert.Equal(0.0, refused["DNS_TIMEOUT"].Score);

        // A private address is never sent to a list.
        await host.ScanAsync(Invitations.Meeting("carl@plain.test", "dns-private"), "10.1.2.3", "bob@example.net");
        // A later public address is asked after it, and its line waited for: the log keeps dnsmasq's order, so a query
        // for the private one would be in it by then.
        await host.ScanAsync(Invitations.Meeting("carl@plain.test", "dns-after-private"), "45.33.12.10", "bob@example.net");
        var log = await dns.LogHoldingAsync("query[A] 10.12.33.45.zen.example");
        Assert.Contains("query[A] 10.12.33.45.zen.example", log);
        Assert.DoesNotContain("3.2.1.10.zen.example", log);
    }

    [Fact]
    public async Task ASilentResolverCostsAMessageNoMoreThanItsBudgetAndIsReported()
    {
        using var silent = new SilentDnsServer();
        // Budget 300 ms, each query allowed 5 s: a scan that waited for the queries would take 5 s.
        await using var host = await ReputationHost.StartAsync(DnsConfiguration(silent.Port, budget: "00:00:00.300", queryTimeout: "00:00:05"));
        await host.ScanAsync(Invitations.Meeting("carl@plain.test", "warm-up"), null, "bob@example.net"); // JIT, pools: nothing to ask

        var watch = Stopwatch.StartNew();
        var scan = await host.ScanAsync(Invitations.Meeting("carl@plain.test", "dns-slow", "https://win.prize-claim.test/agenda"), "45.33.12.7", "bob@example.net");
        watch.Stop();
        var symbols = ReputationHost.Symbols(scan);
        Assert.Equal("dbl.example: no answer within 300 ms; zen.example: no answer within 300 ms", symbols["DNS_TIMEOUT"].Detail);
        Assert.DoesNotContain(symbols.Keys, k => k is "DNSBL_LISTED" or "URIBL_LISTED");
        Assert.Equal("clean", scan.GetProperty("verdict").GetString());
        Assert.True(silent.Received >= 2, $"the silent resolver got {silent.Received} queries");
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task AnAbsentResolverIsReportedAndTheScanGoesOn()
    {
        var port = DnsmasqServer.FreeUdpPort(); // nothing listens there
        await using var host = await ReputationHost.StartAsync(DnsConfiguration(port, budget: "00:00:00.500", queryTimeout: "00:00:05"));
        await host.ScanAsync(Invitations.Meeting("carl@plain.test", "warm-up"), null, "bob@example.net");

        var watch = Stopwatch.StartNew();
        var scan = await host.ScanAsync(Invitations.Meeting("carl@plain.test", "dns-absent"), "45.33.12.7", "bob@example.net");
        watch.Stop();
        var symbols = ReputationHost.Symbols(scan);
        Assert.StartsWith("zen.example: ", symbols["DNS_TIMEOUT"].Detail);
        Assert.False(symbols.ContainsKey("DNSBL_LISTED"));
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
    }
}
