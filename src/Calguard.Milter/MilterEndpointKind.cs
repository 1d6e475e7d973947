namespace Calguard.Milter;

/// <summary>The socket type of a <see cref="MilterEndpoint"/>.</summary>
public enum MilterEndpointKind
{
    /// <summary>TCP over IPv4 (<c>inet:</c>).</summary>
    Inet,

    /// <summary>TCP over IPv6 (<c>inet6:</c>).</summary>
    Inet6,

    /// <summary>A unix-domain socket (<c>unix:</c> or <c>local:</c>).</summary>
    Unix,
}
