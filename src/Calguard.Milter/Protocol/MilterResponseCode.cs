namespace Calguard.Milter.Protocol;

/// <summary>The one-byte codes of the replies and actions a milter sends to the MTA (<c>SMFIR_*</c> in mfdef.h).</summary>
public enum MilterResponseCode : byte
{
    /// <summary><c>SMFIR_ACCEPT</c>: accept the message (or connection) without further callbacks.</summary>
    Accept = (byte)'a',

    /// <summary><c>SMFIR_REPLBODY</c>: one chunk of a replacement body.</summary>
    ReplaceBody = (byte)'b',

    /// <summary><c>SMFIR_CONTINUE</c>: go on with the next step.</summary>
    Continue = (byte)'c',

    /// <summary><c>SMFIR_DISCARD</c>: accept the message at SMTP level but drop it silently.</summary>
    Discard = (byte)'d',

    /// <summary><c>SMFIR_ADDHEADER</c>: append a header.</summary>
    AddHeader = (byte)'h',

    /// <summary><c>SMFIR_INSHEADER</c>: insert a header at a 0-based position.</summary>
    InsertHeader = (byte)'i',

    /// <summary><c>SMFIR_CHGHEADER</c>: change or delete the n-th (1-based) header of a name.</summary>
    ChangeHeader = (byte)'m',

    /// <summary><c>SMFIR_OPTNEG</c>: the reply to option negotiation (same byte as the command).</summary>
    OptionNegotiation = (byte)'O',

    /// <summary><c>SMFIR_PROGRESS</c>: keep-alive while the milter is still working on end-of-message.</summary>
    Progress = (byte)'p',

    /// <summary><c>SMFIR_QUARANTINE</c>: put the message on hold with a reason.</summary>
    Quarantine = (byte)'q',

    /// <summary><c>SMFIR_REJECT</c>: reject with the MTA's default 5xx reply.</summary>
    Reject = (byte)'r',

    /// <summary><c>SMFIR_SKIP</c>: send no more body chunks (only when <see cref="MilterProtocolFlags.Skip"/> was negotiated).</summary>
    Skip = (byte)'s',

    /// <summary><c>SMFIR_TEMPFAIL</c>: reject with the MTA's default 4xx reply.</summary>
    Tempfail = (byte)'t',

    /// <summary><c>SMFIR_REPLYCODE</c>: reject or tempfail with a custom SMTP reply.</summary>
    ReplyCode = (byte)'y',
}
