using System.Buffers;

namespace Calguard.Milter.Protocol;

/// <summary>The outcome of option negotiation: what this milter asked for out of what the MTA offered.</summary>
/// <param name="Version">The protocol version both sides speak.</param>
/// <param name="Actions">The negotiated modification actions.</param>
/// <param name="Protocol">The negotiated protocol flags.</param>
/// <param name="Macros">The per-stage macro lists sent with the reply, or <see langword="null"/>.</param>
public sealed record MilterNegotiation(
    uint Version,
    MilterActions Actions,
    MilterProtocolFlags Protocol,
    IReadOnlyDictionary<MilterMacroStage, string>? Macros)
{
    /// <summary>The highest protocol version spoken here (<c>SMFI_PROT_VERSION</c>).</summary>
    public const uint ProtocolVersion = 6;

    /// <summary>The actions the decisions can use. INSHEADER needs only <see cref="MilterActions.AddHeaders"/>.</summary>
    public const MilterActions WantedActions =
        MilterActions.AddHeaders | MilterActions.ChangeHeaders | MilterActions.ChangeBody | MilterActions.Quarantine;

    /// <summary>Callbacks that never need an individual answer: nothing is decided before end-of-message, so
    /// skipping these replies saves one round trip per command.</summary>
    public const MilterProtocolFlags WantedNoReply =
        MilterProtocolFlags.NoReplyConnect | MilterProtocolFlags.NoReplyHelo | MilterProtocolFlags.NoReplyMail
        | MilterProtocolFlags.NoReplyRecipient | MilterProtocolFlags.NoReplyData | MilterProtocolFlags.NoReplyHeader
        | MilterProtocolFlags.NoReplyEndOfHeaders | MilterProtocolFlags.NoReplyUnknown;

    /// <summary>Chooses the options to request from an MTA's offer.</summary>
    /// <param name="offer">The MTA's OPTNEG.</param>
    /// <param name="macros">Per-stage macro lists to request, or <see langword="null"/> to take the MTA's defaults.</param>
    /// <returns>The negotiated options; every bit is one the MTA offered.</returns>
    /// <exception cref="MilterProtocolException">The MTA speaks a version below 2.</exception>
    /// <remarks>
    /// Body chunks are answered when the MTA offers <see cref="MilterProtocolFlags.Skip"/>, so that an oversize
    /// message can stop the transfer; otherwise <see cref="MilterProtocolFlags.NoReplyBody"/> is requested when offered.
    /// A macro list needs protocol version 6 and the <see cref="MilterActions.SetSymbolList"/> action.
    /// </remarks>
    public static MilterNegotiation Negotiate(OptionNegotiationCommand offer, IReadOnlyDictionary<MilterMacroStage, string>? macros)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (offer.Version < 2)
        {
            throw new MilterProtocolException($"The MTA speaks milter protocol version {offer.Version}; 2 or later is required.");
        }

        uint version = Math.Min(offer.Version, ProtocolVersion);
        MilterActions actions = WantedActions & offer.Actions;
        MilterProtocolFlags protocol = WantedNoReply & offer.Protocol;
        if (offer.Protocol.HasFlag(MilterProtocolFlags.Skip))
        {
            protocol |= MilterProtocolFlags.Skip;
        }
        else
        {
            protocol |= MilterProtocolFlags.NoReplyBody & offer.Protocol;
        }

        bool sendMacros = macros is { Count: > 0 } && version >= 6 && offer.Actions.HasFlag(MilterActions.SetSymbolList);
        if (sendMacros)
        {
            actions |= MilterActions.SetSymbolList;
        }

        return new MilterNegotiation(version, actions, protocol, sendMacros ? macros : null);
    }

    /// <summary>Whether the MTA waits for an answer to a command under these options.</summary>
    /// <param name="code">The command.</param>
    /// <returns><see langword="true"/> when a reply must be sent.</returns>
    public bool ExpectsReply(MilterCommandCode code) => code switch
    {
        MilterCommandCode.OptionNegotiation or MilterCommandCode.EndOfMessage => true,
        MilterCommandCode.Connect => !Protocol.HasFlag(MilterProtocolFlags.NoReplyConnect),
        MilterCommandCode.Helo => !Protocol.HasFlag(MilterProtocolFlags.NoReplyHelo),
        MilterCommandCode.Mail => !Protocol.HasFlag(MilterProtocolFlags.NoReplyMail),
        MilterCommandCode.Recipient => !Protocol.HasFlag(MilterProtocolFlags.NoReplyRecipient),
        MilterCommandCode.Data => !Protocol.HasFlag(MilterProtocolFlags.NoReplyData),
        MilterCommandCode.Header => !Protocol.HasFlag(MilterProtocolFlags.NoReplyHeader),
        MilterCommandCode.EndOfHeaders => !Protocol.HasFlag(MilterProtocolFlags.NoReplyEndOfHeaders),
        MilterCommandCode.Body => !Protocol.HasFlag(MilterProtocolFlags.NoReplyBody),
        MilterCommandCode.Unknown => !Protocol.HasFlag(MilterProtocolFlags.NoReplyUnknown),
        _ => false, // MACRO, ABORT, QUIT and QUIT_NC are never answered.
    };

    /// <summary>Writes the OPTNEG reply for these options.</summary>
    /// <param name="output">The destination.</param>
    public void Write(IBufferWriter<byte> output) =>
        MilterResponseWriter.WriteOptionNegotiation(output, Version, Actions, Protocol, Macros);
}
