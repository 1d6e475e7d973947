using Calguard.Host.Milter;
using Calguard.Milter;
using Microsoft.Extensions.Configuration;

namespace Calguard.Tests.Hosting;

/// <summary>The milter section: off by default, fail open by default, bad values named.</summary>
public sealed class MilterSettingsTests
{
    private static MilterSettings Read(Dictionary<string, string?> values, IReadOnlyList<string>? endpoints = null) =>
        MilterSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), endpoints);

    [Fact]
    public void NoEndpointMeansNoMilterAndFailuresAccept()
    {
        var s = Read([]);
        Assert.Empty(s.Endpoints);
        var options = s.ToServerOptions(null);
        var failure = new MilterFailure(MilterFailureKind.Timeout, null!, null);
        Assert.Equal(MilterFinalAction.Accept, options.OnFailure(failure).Action);
    }

    [Fact]
    public void CommandLineEndpointsWinAndTempfailIsHonoured()
    {
        var s = Read(new() { ["Calguard:Milter:Endpoints:0"] = "inet:127.0.0.1:1", ["Calguard:Milter:OnFailure"] = "TempFail", ["Calguard:Milter:MessageBudget"] = "PT5S" },
            ["unix:/run/calguard/milter.sock"]);
        Assert.Equal(["unix:/run/calguard/milter.sock"], s.Endpoints);
        Assert.Equal(TimeSpan.FromSeconds(5), s.MessageBudget);
        var options = s.ToServerOptions(null);
        Assert.Equal(["unix:/run/calguard/milter.sock"], options.Endpoints);
        var failure = new MilterFailure(MilterFailureKind.Timeout, null!, null);
        Assert.Equal(MilterFinalAction.Tempfail, options.OnFailure(failure).Action);
    }

    [Theory]
    [InlineData("Calguard:Milter:Endpoints:0", "tcp://127.0.0.1:8891", "Endpoints")]
    [InlineData("Calguard:Milter:OnFailure", "reject", "OnFailure")]
    [InlineData("Calguard:Milter:MaxMessageSize", "-1", "MaxMessageSize")]
    public void BadValuesAreNamed(string key, string value, string named)
    {
        var e = Assert.Throws<FormatException>(() => Read(new() { [key] = value }));
        Assert.Contains(named, e.Message);
    }
}
