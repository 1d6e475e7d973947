namespace Calguard.Milter.Protocol;

/// <summary>The protocol stage a set of macros belongs to.</summary>
/// <remarks>
/// Values 0–6 are the <c>SMFIM_*</c> numbers used in the OPTNEG macro-list reply; only those stages can be
/// requested. The others exist because MTAs also send macros before headers, body chunks and unknown commands.
/// </remarks>
public enum MilterMacroStage
{
    /// <summary><c>SMFIM_CONNECT</c>.</summary>
    Connect = 0,

    /// <summary><c>SMFIM_HELO</c>.</summary>
    Helo = 1,

    /// <summary><c>SMFIM_ENVFROM</c>.</summary>
    Mail = 2,

    /// <summary><c>SMFIM_ENVRCPT</c>.</summary>
    Recipient = 3,

    /// <summary><c>SMFIM_DATA</c>.</summary>
    Data = 4,

    /// <summary><c>SMFIM_EOM</c>.</summary>
    EndOfMessage = 5,

    /// <summary><c>SMFIM_EOH</c>.</summary>
    EndOfHeaders = 6,

    /// <summary>Macros sent before a header (not requestable).</summary>
    Header = 7,

    /// <summary>Macros sent before a body chunk (not requestable).</summary>
    Body = 8,

    /// <summary>Macros sent before an unknown command (not requestable).</summary>
    Unknown = 9,
}
