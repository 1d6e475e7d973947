namespace Calguard.Milter;

/// <summary>Where one milter connection is in the protocol. Flags, so that the state table can list sets.</summary>
[Flags]
internal enum MilterSessionState
{
    /// <summary>Waiting for OPTNEG.</summary>
    Start = 1,

    /// <summary>Negotiated; waiting for CONNECT (also after QUIT_NC).</summary>
    Negotiated = 2,

    /// <summary>Connected, between messages.</summary>
    Idle = 4,

    /// <summary>After MAIL.</summary>
    Mail = 8,

    /// <summary>After at least one RCPT.</summary>
    Recipient = 16,

    /// <summary>After DATA.</summary>
    Data = 32,

    /// <summary>After at least one header.</summary>
    Headers = 64,

    /// <summary>After end-of-headers.</summary>
    EndOfHeaders = 128,

    /// <summary>After at least one body chunk.</summary>
    Body = 256,

    /// <summary>Any state inside a message transaction.</summary>
    InMessage = Mail | Recipient | Data | Headers | EndOfHeaders | Body,

    /// <summary>Any state after CONNECT.</summary>
    Connected = Idle | InMessage,
}
