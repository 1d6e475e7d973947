namespace Calguard.Milter.Tests;

public class EndpointTests
{
    [Theory]
    [InlineData("inet:127.0.0.1:8891", MilterEndpointKind.Inet, "127.0.0.1", 8891, null)]
    [InlineData("inet:8891@127.0.0.1", MilterEndpointKind.Inet, "127.0.0.1", 8891, null)]
    [InlineData("inet:8891@localhost", MilterEndpointKind.Inet, "localhost", 8891, null)]
    [InlineData("inet:localhost:8891", MilterEndpointKind.Inet, "localhost", 8891, null)]
    [InlineData("inet:8891", MilterEndpointKind.Inet, null, 8891, null)]
    [InlineData("INET:*:8891", MilterEndpointKind.Inet, null, 8891, null)]
    [InlineData("inet6:[::1]:8891", MilterEndpointKind.Inet6, "::1", 8891, null)]
    [InlineData("inet6:8891@::1", MilterEndpointKind.Inet6, "::1", 8891, null)]
    [InlineData("inet6:8891", MilterEndpointKind.Inet6, null, 8891, null)]
    [InlineData("unix:/run/calguard/milter.sock", MilterEndpointKind.Unix, null, 0, "/run/calguard/milter.sock")]
    [InlineData("local:/run/x.sock", MilterEndpointKind.Unix, null, 0, "/run/x.sock")]
    public void Parses(string text, MilterEndpointKind kind, string? host, int port, string? path)
    {
        MilterEndpoint endpoint = MilterEndpoint.Parse(text);
        Assert.Equal(kind, endpoint.Kind);
        Assert.Equal(host, endpoint.Host);
        Assert.Equal(port, endpoint.Port);
        Assert.Equal(path, endpoint.Path);
        Assert.Equal(endpoint, MilterEndpoint.Parse(endpoint.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("127.0.0.1:8891")]
    [InlineData("tcp:127.0.0.1:8891")]
    [InlineData("inet:127.0.0.1:port")]
    [InlineData("inet:127.0.0.1:70000")]
    [InlineData("inet6:[::1]8891")]
    [InlineData("unix:")]
    public void Rejects(string text)
    {
        Assert.False(MilterEndpoint.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MilterEndpoint.Parse(text));
    }
}
