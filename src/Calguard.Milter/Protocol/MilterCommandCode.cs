namespace Calguard.Milter.Protocol;

/// <summary>The one-byte codes of the commands an MTA sends to a milter (<c>SMFIC_*</c> in libmilter's mfdef.h).</summary>
public enum MilterCommandCode : byte
{
    /// <summary><c>SMFIC_ABORT</c>: forget the current message; never answered.</summary>
    Abort = (byte)'A',

    /// <summary><c>SMFIC_BODY</c>: one chunk of the message body (at most 65535 bytes from Postfix and Sendmail).</summary>
    Body = (byte)'B',

    /// <summary><c>SMFIC_CONNECT</c>: facts about the SMTP client connection.</summary>
    Connect = (byte)'C',

    /// <summary><c>SMFIC_MACRO</c>: macro values for the command that follows; never answered.</summary>
    Macro = (byte)'D',

    /// <summary><c>SMFIC_BODYEOB</c>: end of message; answered by modifications and one final action.</summary>
    EndOfMessage = (byte)'E',

    /// <summary><c>SMFIC_HELO</c>: the HELO/EHLO argument.</summary>
    Helo = (byte)'H',

    /// <summary><c>SMFIC_QUIT_NC</c>: the SMTP connection ended, but this milter connection is reused for a new one.</summary>
    QuitNewConnection = (byte)'K',

    /// <summary><c>SMFIC_HEADER</c>: one message header.</summary>
    Header = (byte)'L',

    /// <summary><c>SMFIC_MAIL</c>: MAIL FROM with its ESMTP arguments.</summary>
    Mail = (byte)'M',

    /// <summary><c>SMFIC_EOH</c>: end of the header block.</summary>
    EndOfHeaders = (byte)'N',

    /// <summary><c>SMFIC_OPTNEG</c>: option negotiation, always the first command.</summary>
    OptionNegotiation = (byte)'O',

    /// <summary><c>SMFIC_QUIT</c>: close the milter connection; never answered.</summary>
    Quit = (byte)'Q',

    /// <summary><c>SMFIC_RCPT</c>: RCPT TO with its ESMTP arguments.</summary>
    Recipient = (byte)'R',

    /// <summary><c>SMFIC_DATA</c>: the SMTP DATA command (protocol version 4 and later).</summary>
    Data = (byte)'T',

    /// <summary><c>SMFIC_UNKNOWN</c>: an SMTP command the MTA did not recognise.</summary>
    Unknown = (byte)'U',
}
