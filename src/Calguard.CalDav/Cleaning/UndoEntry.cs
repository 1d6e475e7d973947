using System.Text.Json.Serialization;

namespace Calguard.CalDav.Cleaning;

/// <summary>
/// One line of the undo log: everything needed to put an object back as it was before a removal or rewrite.
/// </summary>
/// <param name="Timestamp">When the line was written (UTC), just before the change was sent.</param>
/// <param name="Server">The server base URL.</param>
/// <param name="Calendar">The calendar collection href.</param>
/// <param name="Href">The object href.</param>
/// <param name="ETag">The ETag of the original, as sent in If-Match.</param>
/// <param name="Action">The action: <c>delete</c>, <c>audit-failure</c>, <c>quarantine</c>, <c>strip-alarms</c>, <c>delete-inbox-copy</c> or <c>delete-collection-member</c>.</param>
/// <param name="CalendarData">The full original iCalendar text, exactly as read with GET.</param>
/// <remarks>
/// Serialised as one JSON object per line with camelCase names:
/// <c>{"timestamp","server","calendar","href","etag","action","calendarData","uid","quarantineHref"}</c>.
/// </remarks>
public sealed record UndoEntry(
    DateTimeOffset Timestamp,
    string Server,
    string Calendar,
    string Href,
    [property: JsonPropertyName("etag")] string? ETag,
    string Action,
    string CalendarData)
{
    /// <summary>The object's UID, for filtering.</summary>
    public string? Uid { get; init; }

    /// <summary>For <c>quarantine</c>: where the copy went, so restore can remove it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? QuarantineHref { get; init; }

    /// <summary>Action names as written in the log.</summary>
    public static class Actions
    {
        /// <summary>DELETE with Schedule-Reply: F.</summary>
        public const string Delete = "delete";

        /// <summary>POST ?action=audit-failure.</summary>
        public const string AuditFailure = "audit-failure";

        /// <summary>Moved to the quarantine calendar.</summary>
        public const string Quarantine = "quarantine";

        /// <summary>Rewritten without VALARMs.</summary>
        public const string StripAlarms = "strip-alarms";

        /// <summary>Scheduling-Inbox copy deleted.</summary>
        public const string DeleteInboxCopy = "delete-inbox-copy";

        /// <summary>Member of a collection that was deleted as a whole.</summary>
        public const string DeleteCollectionMember = "delete-collection-member";
    }
}
