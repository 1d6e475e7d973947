namespace Calguard.Milter.Protocol;

/// <summary>The address family byte of <c>SMFIC_CONNECT</c> (<c>SMFIA_*</c>).</summary>
public enum MilterAddressFamily : byte
{
    /// <summary><c>SMFIA_UNKNOWN</c> ('U'): no address or port follow.</summary>
    Unknown = (byte)'U',

    /// <summary><c>SMFIA_UNIX</c> ('L'): the address is a socket path.</summary>
    Unix = (byte)'L',

    /// <summary><c>SMFIA_INET</c> ('4').</summary>
    Inet = (byte)'4',

    /// <summary><c>SMFIA_INET6</c> ('6').</summary>
    Inet6 = (byte)'6',
}
