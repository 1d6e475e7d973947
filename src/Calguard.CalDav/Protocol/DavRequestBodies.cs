using System.Security;
using System.Text;

namespace Calguard.CalDav.Protocol;

/// <summary>The XML bodies the client sends. Small, fixed, so plain strings with escaping.</summary>
internal static class DavRequestBodies
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private const string Ns = " xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\" xmlns:cs=\"http://calendarserver.org/ns/\"";

    public static string PrincipalProps =>
        Head + "<d:propfind" + Ns + "><d:prop><d:current-user-principal/><d:resourcetype/></d:prop></d:propfind>";

    public static string HomeProps =>
        Head + "<d:propfind" + Ns + "><d:prop><c:calendar-home-set/><c:schedule-inbox-URL/><c:calendar-user-address-set/><d:displayname/></d:prop></d:propfind>";

    public static string CollectionProps =>
        Head + "<d:propfind" + Ns + "><d:prop><d:displayname/><d:resourcetype/><cs:getctag/><d:sync-token/><d:getetag/><c:supported-calendar-component-set/></d:prop></d:propfind>";

    public static string CalendarQuery(CalendarQuery? query)
    {
        var sb = new StringBuilder(Head);
        sb.Append("<c:calendar-query").Append(Ns).Append("><d:prop><d:getetag/><c:calendar-data/></d:prop><c:filter><c:comp-filter name=\"VCALENDAR\">");
        var component = query?.Component ?? (query?.TimeRange is not null || query?.Uid is not null ? "VEVENT" : null);
        if (component is not null)
        {
            sb.Append("<c:comp-filter name=\"").Append(SecurityElement.Escape(component)).Append("\">");
            if (query?.TimeRange is { } range)
            {
                sb.Append("<c:time-range");
                if (range.Start is { } start)
                {
                    sb.Append(" start=\"").Append(TimeRange.Format(start)).Append('"');
                }

                if (range.End is { } end)
                {
                    sb.Append(" end=\"").Append(TimeRange.Format(end)).Append('"');
                }

                sb.Append("/>");
            }

            if (query?.Uid is { } uid)
            {
                sb.Append("<c:prop-filter name=\"UID\"><c:text-match collation=\"i;octet\">")
                    .Append(SecurityElement.Escape(uid)).Append("</c:text-match></c:prop-filter>");
            }

            sb.Append("</c:comp-filter>");
        }

        sb.Append("</c:comp-filter></c:filter></c:calendar-query>");
        return sb.ToString();
    }

    public static string Multiget(IEnumerable<string> hrefs)
    {
        var sb = new StringBuilder(Head);
        sb.Append("<c:calendar-multiget").Append(Ns).Append("><d:prop><d:getetag/><c:calendar-data/></d:prop>");
        foreach (var href in hrefs)
        {
            sb.Append("<d:href>").Append(SecurityElement.Escape(href)).Append("</d:href>");
        }

        sb.Append("</c:calendar-multiget>");
        return sb.ToString();
    }

    public static string SyncCollection(string? token) =>
        Head + "<d:sync-collection" + Ns + "><d:sync-token>" + SecurityElement.Escape(token ?? string.Empty)
        + "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/><c:calendar-data/></d:prop></d:sync-collection>";

    public static string MakeCalendar(string? displayName) =>
        displayName is null
            ? string.Empty
            : Head + "<c:mkcalendar" + Ns + "><d:set><d:prop><d:displayname>" + SecurityElement.Escape(displayName)
              + "</d:displayname></d:prop></d:set></c:mkcalendar>";
}
