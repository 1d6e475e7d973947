namespace Calguard.Milter.Protocol;

/// <summary>
/// The modification actions a milter may perform (<c>SMFIF_*</c> in mfapi.h), negotiated in <c>OPTNEG</c>.
/// </summary>
/// <remarks>The MTA offers a mask; the milter answers with a subset. A bit the MTA did not offer must never be requested.</remarks>
[Flags]
public enum MilterActions : uint
{
    /// <summary>No modifications.</summary>
    None = 0,

    /// <summary><c>SMFIF_ADDHDRS</c>: add and insert headers.</summary>
    AddHeaders = 0x01,

    /// <summary><c>SMFIF_CHGBODY</c>: replace the body.</summary>
    ChangeBody = 0x02,

    /// <summary><c>SMFIF_ADDRCPT</c>: add recipients.</summary>
    AddRecipients = 0x04,

    /// <summary><c>SMFIF_DELRCPT</c>: delete recipients.</summary>
    DeleteRecipients = 0x08,

    /// <summary><c>SMFIF_CHGHDRS</c>: change and delete headers.</summary>
    ChangeHeaders = 0x10,

    /// <summary><c>SMFIF_QUARANTINE</c>: quarantine (Postfix: hold queue).</summary>
    Quarantine = 0x20,

    /// <summary><c>SMFIF_CHGFROM</c>: change the envelope sender.</summary>
    ChangeFrom = 0x40,

    /// <summary><c>SMFIF_ADDRCPT_PAR</c>: add recipients with ESMTP arguments.</summary>
    AddRecipientsWithArguments = 0x80,

    /// <summary><c>SMFIF_SETSYMLIST</c>: the milter sends its own per-stage macro lists in the OPTNEG reply.</summary>
    SetSymbolList = 0x100,
}
