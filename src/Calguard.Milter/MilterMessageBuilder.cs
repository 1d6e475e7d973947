using Calguard.Milter.Protocol;

namespace Calguard.Milter;

/// <summary>Collects one connection's facts and the current message, within the size limit.</summary>
internal sealed class MilterMessageBuilder
{
    private static readonly IReadOnlyDictionary<string, string> NoMacros = new Dictionary<string, string>();

    private readonly long maxMessageSize;
    private readonly Dictionary<MilterMacroStage, IReadOnlyDictionary<string, string>> macros = [];
    private readonly List<MilterRecipient> recipients = [];
    private readonly List<MilterHeader> headers = [];
    private MilterConnectionInfo connection = MilterConnectionInfo.None;
    private string? helo;
    private string sender = string.Empty;
    private IReadOnlyList<string> senderArguments = [];
    private byte[] body = [];
    private int bodyLength;
    private long bodyBytesReceived;
    private long headerBytesStored;
    private long headerBytesReceived;

    public MilterMessageBuilder(long maxMessageSize) => this.maxMessageSize = maxMessageSize;

    /// <summary>Whether the current message passed the size limit.</summary>
    public bool Oversize { get; private set; }

    /// <summary>Stores the macros for a stage, replacing that stage's earlier set (as libmilter does).</summary>
    public void SetMacros(MilterCommandCode stage, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        MilterMacroStage? key = stage switch
        {
            MilterCommandCode.Connect => MilterMacroStage.Connect,
            MilterCommandCode.Helo => MilterMacroStage.Helo,
            MilterCommandCode.Mail => MilterMacroStage.Mail,
            MilterCommandCode.Recipient => MilterMacroStage.Recipient,
            MilterCommandCode.Data => MilterMacroStage.Data,
            MilterCommandCode.Header => MilterMacroStage.Header,
            MilterCommandCode.EndOfHeaders => MilterMacroStage.EndOfHeaders,
            MilterCommandCode.Body => MilterMacroStage.Body,
            MilterCommandCode.EndOfMessage => MilterMacroStage.EndOfMessage,
            MilterCommandCode.Unknown => MilterMacroStage.Unknown,
            _ => null,
        };
        if (key is null)
        {
            return;
        }

        var set = new Dictionary<string, string>(values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            set[name] = value;
        }

        macros[key.Value] = set;
    }

    public void Connect(ConnectCommand command) =>
        connection = new MilterConnectionInfo(command.HostName, command.Address, command.Port, command.Family);

    public void Helo(string value) => helo = value;

    /// <summary>Starts a message at MAIL, dropping any earlier one but keeping the MAIL macros that came just before.</summary>
    public void StartMessage(MailCommand command)
    {
        macros.TryGetValue(MilterMacroStage.Mail, out var mailMacros);
        ResetMessage();
        if (mailMacros is not null)
        {
            macros[MilterMacroStage.Mail] = mailMacros;
        }

        sender = StripBrackets(command.Arguments[0]);
        senderArguments = command.Arguments.Skip(1).ToArray();
    }

    public void AddRecipient(RecipientCommand command)
    {
        macros.TryGetValue(MilterMacroStage.Recipient, out var recipientMacros);
        recipients.Add(new MilterRecipient(
            StripBrackets(command.Arguments[0]),
            command.Arguments.Skip(1).ToArray(),
            recipientMacros ?? NoMacros));
    }

    public void AddHeader(MilterHeader header)
    {
        long line = MilterMessage.LineLength(header);
        headerBytesReceived += line;
        if (Oversize || headerBytesStored + line + 2 > maxMessageSize)
        {
            Oversize = true;
            return;
        }

        headerBytesStored += line;
        headers.Add(header);
    }

    /// <summary>Appends body bytes up to the size limit.</summary>
    public void AppendBody(ReadOnlySpan<byte> chunk)
    {
        bodyBytesReceived += chunk.Length;
        long room = Oversize ? 0 : maxMessageSize - headerBytesStored - 2 - bodyLength;
        int take = (int)Math.Clamp(room, 0, chunk.Length);
        if (take < chunk.Length)
        {
            Oversize = true;
        }

        if (take == 0)
        {
            return;
        }

        if (bodyLength + take > body.Length)
        {
            long wanted = Math.Max(bodyLength + take, Math.Max(4096, (long)body.Length * 2));
            Array.Resize(ref body, (int)Math.Min(wanted, Math.Min(Array.MaxLength, maxMessageSize)));
        }

        chunk[..take].CopyTo(body.AsSpan(bodyLength));
        bodyLength += take;
    }

    /// <summary>Builds the message. The builder hands its body buffer over and starts a fresh one.</summary>
    public MilterMessage Build()
    {
        var byStage = new Dictionary<MilterMacroStage, IReadOnlyDictionary<string, string>>(macros);
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (MilterMacroStage stage in StageOrder)
        {
            if (macros.TryGetValue(stage, out var set))
            {
                foreach (var (name, value) in set)
                {
                    merged[name] = value;
                }
            }
        }

        var message = new MilterMessage
        {
            Connection = connection,
            Helo = helo,
            Sender = sender,
            SenderArguments = senderArguments,
            Recipients = recipients.ToArray(),
            Macros = merged,
            MacrosByStage = byStage,
            Headers = headers.ToArray(),
            Body = body.AsMemory(0, bodyLength),
            Oversize = Oversize,
            ByteCount = headerBytesReceived + 2 + bodyBytesReceived,
        };

        // The handler may still hold the message (a budget overrun): never reuse its buffer.
        body = [];
        bodyLength = 0;
        return message;
    }

    /// <summary>Forgets the message, keeping connection facts and CONNECT/HELO macros.</summary>
    public void ResetMessage()
    {
        foreach (MilterMacroStage stage in MessageStages)
        {
            macros.Remove(stage);
        }

        sender = string.Empty;
        senderArguments = [];
        recipients.Clear();
        headers.Clear();
        body = [];
        bodyLength = 0;
        bodyBytesReceived = 0;
        headerBytesStored = 0;
        headerBytesReceived = 0;
        Oversize = false;
    }

    /// <summary>Forgets everything about the SMTP connection (QUIT_NC).</summary>
    public void ResetConnection()
    {
        ResetMessage();
        macros.Clear();
        connection = MilterConnectionInfo.None;
        helo = null;
    }

    // The order in which an MTA sends the stages; later ones win when merging.
    private static readonly MilterMacroStage[] StageOrder =
    [
        MilterMacroStage.Connect, MilterMacroStage.Helo, MilterMacroStage.Unknown, MilterMacroStage.Mail,
        MilterMacroStage.Recipient, MilterMacroStage.Data, MilterMacroStage.Header, MilterMacroStage.EndOfHeaders,
        MilterMacroStage.Body, MilterMacroStage.EndOfMessage,
    ];

    private static readonly MilterMacroStage[] MessageStages =
    [
        MilterMacroStage.Mail, MilterMacroStage.Recipient, MilterMacroStage.Data, MilterMacroStage.Header,
        MilterMacroStage.EndOfHeaders, MilterMacroStage.Body, MilterMacroStage.EndOfMessage,
    ];

    private static string StripBrackets(string address) =>
        address.Length >= 2 && address[0] == '<' && address[^1] == '>' ? address[1..^1] : address;
}
