namespace Calguard.CalDav;

/// <summary>What a server says it supports, read from the <c>DAV:</c> header of an OPTIONS answer.</summary>
/// <param name="ComplianceClasses">Every token of the <c>DAV:</c> header, in order.</param>
public sealed record CalDavCapabilities(IReadOnlyList<string> ComplianceClasses)
{
    /// <summary>RFC 4791 <c>calendar-access</c>.</summary>
    public bool CalendarAccess => Has("calendar-access");

    /// <summary>RFC 6638 <c>calendar-auto-schedule</c>: the server sends iTIP itself, so deletes must carry <c>Schedule-Reply: F</c>.</summary>
    public bool AutoSchedule => Has("calendar-auto-schedule");

    /// <summary>CalDAV audit draft (CC 51016) <c>calendar-audit</c>: <c>POST ?action=audit-failure</c> is available.</summary>
    public bool Audit => Has("calendar-audit");

    /// <summary>RFC 6578 sync-collection, when the server advertises it (many servers support it without saying so).</summary>
    public bool SyncCollection => Has("sync-collection");

    /// <summary>True when the header holds <paramref name="token"/> (case-insensitive).</summary>
    /// <param name="token">A compliance class such as <c>calendar-access</c>.</param>
    public bool Has(string token) => ComplianceClasses.Any(c => string.Equals(c, token, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses one or more <c>DAV:</c> header values (comma-separated tokens, possibly <c>&lt;uri&gt;</c>s).</summary>
    /// <param name="headerValues">The raw header values.</param>
    public static CalDavCapabilities Parse(IEnumerable<string> headerValues)
    {
        var tokens = new List<string>();
        foreach (var value in headerValues)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                tokens.Add(part);
            }
        }

        return new CalDavCapabilities(tokens);
    }
}
