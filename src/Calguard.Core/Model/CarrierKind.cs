namespace Calguard;

/// <summary>How a calendar object travelled inside the message.</summary>
public enum CarrierKind
{
    /// <summary>A <c>text/calendar</c> part (the iMIP carrier, RFC 6047).</summary>
    TextCalendar,
    /// <summary>An <c>application/ics</c> part (non-standard but common, R33).</summary>
    ApplicationIcs,
    /// <summary>An attachment named <c>*.ics</c> (or .vcs, .ifb) under some other content type.</summary>
    NamedAttachment,
    /// <summary>A part of another type whose content starts with BEGIN:VCALENDAR.</summary>
    Sniffed,
    /// <summary>A calendar recovered from a TNEF <c>winmail.dat</c>.</summary>
    Tnef,
    /// <summary>A bare iCalendar file scanned on its own.</summary>
    File,
    /// <summary>Calendar lines written into the MIME header area.</summary>
    Headers,
}
