namespace Calguard.Reading;

/// <summary>The kinds of problems a reader records instead of throwing.</summary>
/// <remarks>Each anomaly is evidence: well-behaved calendar clients rarely produce them, and crafted spam
/// often does (R34: parse and scan every part, however broken).</remarks>
public enum AnomalyKind
{
    /// <summary>A line ended with LF alone instead of CRLF (RFC 5545 §3.1).</summary>
    BareLineFeed,
    /// <summary>A line ended with CR alone.</summary>
    BareCarriageReturn,
    /// <summary>The data started with a byte-order mark.</summary>
    ByteOrderMark,
    /// <summary>Bytes that are not valid UTF-8 where UTF-8 was expected; decoded as Windows-1252 instead.</summary>
    InvalidUtf8,
    /// <summary>A NUL byte inside the data.</summary>
    NulByte,
    /// <summary>A control character other than TAB inside a value.</summary>
    ControlCharacter,
    /// <summary>An empty line inside the data.</summary>
    EmptyLine,
    /// <summary>A content line without the colon that separates name and value.</summary>
    MissingColon,
    /// <summary>A property or parameter name with characters outside A-Z, 0-9 and '-'.</summary>
    InvalidName,
    /// <summary>A parameter that could not be read (missing '=', bad quoting).</summary>
    InvalidParameter,
    /// <summary>An END that does not match the open component.</summary>
    UnbalancedEnd,
    /// <summary>A component still open at the end of the data.</summary>
    MissingEnd,
    /// <summary>A property or line outside any component, or junk around the calendar.</summary>
    ContentOutsideCalendar,
    /// <summary>More than one VCALENDAR object in one part (R31 asks for one).</summary>
    MultipleCalendars,
    /// <summary>No VCALENDAR object in a part that claimed to carry one.</summary>
    NoCalendar,
    /// <summary>A property that may occur once occurs more than once.</summary>
    DuplicateProperty,
    /// <summary>A property the standard requires is missing (UID, DTSTART, METHOD …).</summary>
    MissingProperty,
    /// <summary>A value that does not parse as its type (date, integer, duration, address).</summary>
    InvalidValue,
    /// <summary>A hard limit was reached; what follows the limit was not read.</summary>
    LimitExceeded,
    /// <summary>The calendar data sits in the MIME header area of a message.</summary>
    CalendarInHeaders,
    /// <summary>A MIME structure problem (bad boundary, truncated part, undecodable content).</summary>
    MimeMalformed,
    /// <summary>An attachment that could not be decoded (TNEF, encoding).</summary>
    UndecodableAttachment,
}
