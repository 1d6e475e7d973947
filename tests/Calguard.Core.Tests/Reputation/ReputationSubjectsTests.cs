using System.Net;
using Calguard.Reputation;

namespace Calguard.Core.Tests.Reputation;

/// <summary>Which entities an invitation is judged by: shared platforms never as a whole, private addresses never.</summary>
public sealed class ReputationSubjectsTests
{
    [Fact]
    public void AnAuthenticatedOwnDomainSenderHasEveryEntity()
    {
        var s = ReputationSubjects.From("MAILTO:Ann@Mail.Shop.Example.co.uk", true, ["mail.shop.example.co.uk"], "45.33.12.7",
            ["deals.shop.example.co.uk", "prize-claim.example.org"]);
        Assert.Equal(new ReputationSubject(ReputationKinds.Organizer, "ann@mail.shop.example.co.uk"), s.Organizer);
        Assert.Equal([new ReputationSubject(ReputationKinds.Dkim, "example.co.uk")], s.Dkim);
        Assert.Equal(new ReputationSubject(ReputationKinds.Ip, "45.33.12.7"), s.Ip);
        Assert.Equal(new ReputationSubject(ReputationKinds.Network, "45.33.12.0/24"), s.Network);
        Assert.Equal(["example.co.uk", "prize-claim.example.org"], s.Links.Select(l => l.Key));
    }

    [Fact]
    public void FreeMailAndPlatformsCountOnlyByAddress()
    {
        // Google Calendar spam from a gmail account: DKIM google.com and gmail.com, a Google IP, a Meet link.
        var s = ReputationSubjects.From("spammer123@gmail.com", true, ["google.com", "gmail.com"], "209.85.220.41",
            ["meet.google.com", "bit.ly", "evil.weebly.com", "prize.example.net"]);
        Assert.Equal(ReputationKinds.Organizer, s.Organizer!.Value.Kind);
        Assert.Empty(s.Dkim);
        Assert.Null(s.Ip);
        Assert.Null(s.Network);
        Assert.Equal(["prize.example.net"], s.Links.Select(l => l.Key));
    }

    [Fact]
    public void AnUnauthenticatedOrganizerIsKeptApartAndLooksUpTheVerifiedOneToo()
    {
        var s = ReputationSubjects.From("ceo@bank.example", false, [], null, []);
        Assert.Equal(new ReputationSubject(ReputationKinds.UnverifiedOrganizer, "ceo@bank.example"), s.Organizer);
        Assert.Equal([s.Organizer!.Value, new ReputationSubject(ReputationKinds.Organizer, "ceo@bank.example")], s.Lookup);
        Assert.Equal([s.Organizer!.Value], s.All);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("192.168.0.9")]
    [InlineData("172.20.1.1")]
    [InlineData("127.0.0.2")]
    [InlineData("100.64.3.4")]
    [InlineData("169.254.1.1")]
    [InlineData("198.51.100.229")]
    [InlineData("203.0.113.9")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::5")]
    [InlineData("2001:db8::1")]
    [InlineData("2002:c000:0204::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("not-an-ip")]
    public void PrivateAndReservedAddressesHaveNoReputation(string ip)
    {
        Assert.Null(IpAddresses.ParsePublic(ip));
        Assert.Null(ReputationSubjects.From(null, false, [], ip, []).Ip);
    }

    [Fact]
    public void PublicAddressesAndTheirNetworks()
    {
        Assert.Equal(IPAddress.Parse("45.33.12.7"), IpAddresses.ParsePublic("::ffff:45.33.12.7"));
        Assert.Equal("2a01:4f8:1:2::/64", IpAddresses.Network(IPAddress.Parse("2a01:4f8:1:2:aaaa:bbbb:cccc:dddd")));
        Assert.Equal("45.33.12.0/24", IpAddresses.Network(IPAddress.Parse("45.33.12.7")));
        Assert.NotNull(IpAddresses.ParsePublic("[2a01:4f8:1:2::9]"));
    }

    [Fact]
    public void ConfiguredSharedDomainsAreNeverJudgedAsDomains()
    {
        var s = ReputationSubjects.From(null, false, ["mailer.bigsaas.example"], "45.33.12.7", ["app.bigsaas.example", "x.example.org"], ["bigsaas.example"]);
        Assert.Empty(s.Dkim);
        Assert.Null(s.Ip); // the IP sent for a shared platform
        Assert.Equal(["x.example.org"], s.Links.Select(l => l.Key));
    }
}
