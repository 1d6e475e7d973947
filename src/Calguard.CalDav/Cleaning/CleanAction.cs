namespace Calguard.CalDav.Cleaning;

/// <summary>One kind of change the cleaner makes (or plans).</summary>
public enum CleanAction
{
    /// <summary>DELETE with If-Match and Schedule-Reply: F.</summary>
    Delete,

    /// <summary>POST ?action=audit-failure&amp;reason=junk (CalDAV audit draft).</summary>
    ReportAuditFailure,

    /// <summary>Copy to the quarantine calendar, then DELETE the original silently.</summary>
    Quarantine,

    /// <summary>PUT the object back without VALARMs.</summary>
    StripAlarms,

    /// <summary>DELETE the scheduling-Inbox copy with the same UID.</summary>
    DeleteInboxCopy,

    /// <summary>DELETE a whole calendar collection with Schedule-Reply: F.</summary>
    DeleteCollection,

    /// <summary>MKCALENDAR of the quarantine calendar.</summary>
    CreateQuarantineCalendar,
}
