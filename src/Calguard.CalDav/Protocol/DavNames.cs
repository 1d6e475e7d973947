namespace Calguard.CalDav;

/// <summary>XML namespaces and element names used on the wire, as <c>{namespace}local</c> strings.</summary>
internal static class DavNames
{
    public const string Dav = "DAV:";
    public const string CalDav = "urn:ietf:params:xml:ns:caldav";
    public const string CalendarServer = "http://calendarserver.org/ns/";

    public const string CalendarResourceType = "{" + CalDav + "}calendar";
    public const string ScheduleInboxResourceType = "{" + CalDav + "}schedule-inbox";
    public const string CollectionResourceType = "{" + Dav + "}collection";

    public static string Name(string ns, string local) => "{" + ns + "}" + local;
}
