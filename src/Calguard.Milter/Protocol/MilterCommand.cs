namespace Calguard.Milter.Protocol;

/// <summary>A decoded MTA→milter command. Each <see cref="MilterCommandCode"/> has one sealed subtype.</summary>
/// <param name="Code">The command byte.</param>
public abstract record MilterCommand(MilterCommandCode Code);

/// <summary><c>SMFIC_OPTNEG</c>: what the MTA offers.</summary>
/// <param name="Version">The protocol version (6 for Postfix ≥ 2.6 and Sendmail ≥ 8.14).</param>
/// <param name="Actions">The modification actions the MTA allows.</param>
/// <param name="Protocol">The protocol steps and reply options the MTA can honour.</param>
public sealed record OptionNegotiationCommand(uint Version, MilterActions Actions, MilterProtocolFlags Protocol)
    : MilterCommand(MilterCommandCode.OptionNegotiation);

/// <summary><c>SMFIC_MACRO</c>: macro values that apply to the command that follows.</summary>
/// <param name="Stage">The command the macros belong to (e.g. <see cref="MilterCommandCode.Mail"/>).</param>
/// <param name="Macros">Name/value pairs in wire order; names keep their braces (<c>{client_addr}</c>).</param>
public sealed record MacroCommand(MilterCommandCode Stage, IReadOnlyList<KeyValuePair<string, string>> Macros)
    : MilterCommand(MilterCommandCode.Macro);

/// <summary><c>SMFIC_CONNECT</c>: the SMTP client.</summary>
/// <param name="HostName">The client host name ("unknown" or "[addr]" when it did not resolve).</param>
/// <param name="Family">The address family.</param>
/// <param name="Port">The client port (0 for unix and unknown).</param>
/// <param name="Address">The client address, a socket path for unix, empty for unknown.</param>
public sealed record ConnectCommand(string HostName, MilterAddressFamily Family, ushort Port, string Address)
    : MilterCommand(MilterCommandCode.Connect);

/// <summary><c>SMFIC_HELO</c>.</summary>
/// <param name="Helo">The HELO/EHLO argument.</param>
public sealed record HeloCommand(string Helo) : MilterCommand(MilterCommandCode.Helo);

/// <summary><c>SMFIC_MAIL</c>.</summary>
/// <param name="Arguments">The sender (normally in angle brackets) followed by ESMTP arguments.</param>
public sealed record MailCommand(IReadOnlyList<string> Arguments) : MilterCommand(MilterCommandCode.Mail);

/// <summary><c>SMFIC_RCPT</c>.</summary>
/// <param name="Arguments">The recipient (normally in angle brackets) followed by ESMTP arguments.</param>
public sealed record RecipientCommand(IReadOnlyList<string> Arguments) : MilterCommand(MilterCommandCode.Recipient);

/// <summary><c>SMFIC_DATA</c>.</summary>
public sealed record DataCommand() : MilterCommand(MilterCommandCode.Data)
{
    /// <summary>The only instance; the command has no data.</summary>
    public static DataCommand Instance { get; } = new();
}

/// <summary><c>SMFIC_HEADER</c>.</summary>
/// <param name="Header">The header as received.</param>
public sealed record HeaderCommand(MilterHeader Header) : MilterCommand(MilterCommandCode.Header);

/// <summary><c>SMFIC_EOH</c>.</summary>
public sealed record EndOfHeadersCommand() : MilterCommand(MilterCommandCode.EndOfHeaders)
{
    /// <summary>The only instance; the command has no data.</summary>
    public static EndOfHeadersCommand Instance { get; } = new();
}

/// <summary><c>SMFIC_BODY</c>.</summary>
/// <param name="Chunk">The body bytes of this chunk (CRLF line ends), copied out of the receive buffer.</param>
public sealed record BodyCommand(ReadOnlyMemory<byte> Chunk) : MilterCommand(MilterCommandCode.Body);

/// <summary><c>SMFIC_BODYEOB</c>.</summary>
/// <param name="FinalChunk">Body bytes carried by the end-of-message frame itself (empty from Postfix).</param>
public sealed record EndOfMessageCommand(ReadOnlyMemory<byte> FinalChunk) : MilterCommand(MilterCommandCode.EndOfMessage);

/// <summary><c>SMFIC_ABORT</c>.</summary>
public sealed record AbortCommand() : MilterCommand(MilterCommandCode.Abort)
{
    /// <summary>The only instance; the command has no data.</summary>
    public static AbortCommand Instance { get; } = new();
}

/// <summary><c>SMFIC_QUIT</c>.</summary>
public sealed record QuitCommand() : MilterCommand(MilterCommandCode.Quit)
{
    /// <summary>The only instance; the command has no data.</summary>
    public static QuitCommand Instance { get; } = new();
}

/// <summary><c>SMFIC_QUIT_NC</c>.</summary>
public sealed record QuitNewConnectionCommand() : MilterCommand(MilterCommandCode.QuitNewConnection)
{
    /// <summary>The only instance; the command has no data.</summary>
    public static QuitNewConnectionCommand Instance { get; } = new();
}

/// <summary><c>SMFIC_UNKNOWN</c>.</summary>
/// <param name="Command">The SMTP command line the MTA did not recognise.</param>
public sealed record UnknownCommand(string Command) : MilterCommand(MilterCommandCode.Unknown);
