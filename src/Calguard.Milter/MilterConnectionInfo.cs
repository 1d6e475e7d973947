using Calguard.Milter.Protocol;

namespace Calguard.Milter;

/// <summary>The SMTP client as the MTA described it in <c>SMFIC_CONNECT</c>.</summary>
/// <param name="HostName">The client host name; Postfix sends "unknown" when the reverse lookup failed.</param>
/// <param name="Address">The client IP address (a socket path for unix, empty when unknown).</param>
/// <param name="Port">The client port (0 for unix and unknown).</param>
/// <param name="Family">The address family.</param>
public sealed record MilterConnectionInfo(string HostName, string Address, ushort Port, MilterAddressFamily Family)
{
    /// <summary>The value used before (or without) a CONNECT command.</summary>
    public static MilterConnectionInfo None { get; } = new(string.Empty, string.Empty, 0, MilterAddressFamily.Unknown);
}
