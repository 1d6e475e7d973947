namespace Calguard.CalDav;

/// <summary>A collection below the calendar home, as listed by PROPFIND.</summary>
/// <param name="Href">The collection href, ending in <c>/</c>.</param>
/// <param name="DisplayName">The <c>displayname</c>, if set.</param>
/// <param name="CTag">The CalendarServer <c>getctag</c>, if offered.</param>
/// <param name="SyncToken">The RFC 6578 <c>sync-token</c>, if offered.</param>
/// <param name="ETag">The collection's <c>getetag</c>, needed to delete the whole collection with <c>If-Match</c>.</param>
/// <param name="SupportedComponents">The <c>supported-calendar-component-set</c> (e.g. VEVENT, VTODO); empty when unknown.</param>
/// <param name="ResourceTypes">The <c>resourcetype</c> children as <c>{namespace}local</c> names.</param>
public sealed record CalendarCollection(
    string Href,
    string? DisplayName,
    string? CTag,
    string? SyncToken,
    string? ETag,
    IReadOnlyList<string> SupportedComponents,
    IReadOnlyList<string> ResourceTypes)
{
    /// <summary>True for a calendar collection (RFC 4791 <c>C:calendar</c>).</summary>
    public bool IsCalendar => ResourceTypes.Contains(DavNames.CalendarResourceType);

    /// <summary>True for a scheduling Inbox (RFC 6638 <c>C:schedule-inbox</c>).</summary>
    public bool IsScheduleInbox => ResourceTypes.Contains(DavNames.ScheduleInboxResourceType);

    /// <summary>The display name, or the last path segment when the server has none.</summary>
    public string Name => string.IsNullOrEmpty(DisplayName)
        ? Uri.UnescapeDataString(Href.TrimEnd('/').Split('/')[^1])
        : DisplayName;
}
