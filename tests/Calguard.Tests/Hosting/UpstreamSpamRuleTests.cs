using Calguard.Host.Hosting;

namespace Calguard.Tests.Hosting;

/// <summary>How the upstream filter's header is read for the "calendar spam / all spam" ratio.</summary>
public sealed class UpstreamSpamRuleTests
{
    [Theory]
    [InlineData("x-spam-flag", "YES", true)]
    [InlineData("x-spam-flag", "yes ", true)]
    [InlineData("x-spam-flag", "NO", false)]
    [InlineData("x-spam-flag", "YESTERDAY", false)]
    [InlineData("x-spam-action", "add header", true)]
    [InlineData("x-spam-action", "reject", true)]
    [InlineData("x-spam-action", "no action", false)]
    [InlineData("x-spam-action", "greylist", false)]
    [InlineData("x-spam", "Yes, score=9", true)]
    public void DefaultsMatchSpamAssassinAndRspamd(string header, string value, bool spam)
    {
        Assert.Equal(spam, UpstreamSpamRule.AnyMatch(UpstreamSpamRule.Defaults, new Dictionary<string, string> { [header] = value }));
    }

    [Fact]
    public void BareNameMeansPresence()
    {
        var rule = UpstreamSpamRule.Parse("X-Junk");
        Assert.Equal("x-junk", rule.Header);
        Assert.True(UpstreamSpamRule.AnyMatch([rule], new Dictionary<string, string> { ["x-junk"] = "" }));
        Assert.False(UpstreamSpamRule.AnyMatch([rule], new Dictionary<string, string> { ["x-other"] = "" }));
    }
}
