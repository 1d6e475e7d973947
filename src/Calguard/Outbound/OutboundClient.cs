namespace Calguard.Host.Outbound;

/// <summary>The client the request came from (R5 a, b).</summary>
/// <param name="Ip">Its IP address, normalised, or null.</param>
/// <param name="UserAgent">Its User-Agent, or null.</param>
public sealed record OutboundClient(string? Ip, string? UserAgent)
{
    /// <summary>Nothing known.</summary>
    public static OutboundClient Unknown { get; } = new(null, null);
}
