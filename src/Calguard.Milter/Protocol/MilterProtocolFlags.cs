namespace Calguard.Milter.Protocol;

/// <summary>
/// Protocol steps and reply behaviour (<c>SMFIP_*</c> in mfdef.h), negotiated in <c>OPTNEG</c>.
/// </summary>
/// <remarks>
/// <c>NO*</c> bits ask the MTA to skip a callback; <c>NR_*</c> bits say the milter will not reply to it.
/// Only bits the MTA offered may be requested, or the MTA drops the milter.
/// </remarks>
[Flags]
public enum MilterProtocolFlags : uint
{
    /// <summary>No flags: every callback is sent and answered.</summary>
    None = 0,

    /// <summary><c>SMFIP_NOCONNECT</c>.</summary>
    NoConnect = 0x1,

    /// <summary><c>SMFIP_NOHELO</c>.</summary>
    NoHelo = 0x2,

    /// <summary><c>SMFIP_NOMAIL</c>.</summary>
    NoMail = 0x4,

    /// <summary><c>SMFIP_NORCPT</c>.</summary>
    NoRecipient = 0x8,

    /// <summary><c>SMFIP_NOBODY</c>.</summary>
    NoBody = 0x10,

    /// <summary><c>SMFIP_NOHDRS</c>.</summary>
    NoHeaders = 0x20,

    /// <summary><c>SMFIP_NOEOH</c>.</summary>
    NoEndOfHeaders = 0x40,

    /// <summary><c>SMFIP_NR_HDR</c>: no reply to each header.</summary>
    NoReplyHeader = 0x80,

    /// <summary><c>SMFIP_NOUNKNOWN</c>.</summary>
    NoUnknown = 0x100,

    /// <summary><c>SMFIP_NODATA</c>.</summary>
    NoData = 0x200,

    /// <summary><c>SMFIP_SKIP</c>: the MTA understands <see cref="MilterResponseCode.Skip"/>.</summary>
    Skip = 0x400,

    /// <summary><c>SMFIP_RCPT_REJ</c>: also send rejected recipients.</summary>
    RejectedRecipients = 0x800,

    /// <summary><c>SMFIP_NR_CONN</c>.</summary>
    NoReplyConnect = 0x1000,

    /// <summary><c>SMFIP_NR_HELO</c>.</summary>
    NoReplyHelo = 0x2000,

    /// <summary><c>SMFIP_NR_MAIL</c>.</summary>
    NoReplyMail = 0x4000,

    /// <summary><c>SMFIP_NR_RCPT</c>.</summary>
    NoReplyRecipient = 0x8000,

    /// <summary><c>SMFIP_NR_DATA</c>.</summary>
    NoReplyData = 0x10000,

    /// <summary><c>SMFIP_NR_UNKN</c>.</summary>
    NoReplyUnknown = 0x20000,

    /// <summary><c>SMFIP_NR_EOH</c>.</summary>
    NoReplyEndOfHeaders = 0x40000,

    /// <summary><c>SMFIP_NR_BODY</c>.</summary>
    NoReplyBody = 0x80000,

    /// <summary><c>SMFIP_HDR_LEADSPC</c>: header values keep their leading space.</summary>
    HeaderLeadingSpace = 0x100000,
}
