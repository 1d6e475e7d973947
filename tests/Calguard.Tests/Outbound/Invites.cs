using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Calguard.Tests.Outbound;

/// <summary>Builds outbound check requests: an event as iCalendar text and the JSON body around it.</summary>
internal static class Invites
{
    public const string Meeting = "Quarterly planning";
    public const string MeetingText = "Agenda: review of the roadmap, budget for the next quarter and the hiring plan. Notes in the team folder.";

    public static string Calendar(string summary = Meeting, string description = MeetingText, DateTime? start = null, string organizer = "alice@example.net",
        IEnumerable<string>? attendees = null, string? rrule = null, string uid = "evt-1@example.net")
    {
        var s = start ?? DateTime.UtcNow.AddDays(10);
        var b = new StringBuilder();
        b.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calguard tests//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n");
        b.Append("UID:").Append(uid).Append("\r\n");
        b.Append("DTSTAMP:").Append(DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)).Append("\r\n");
        b.Append("DTSTART:").Append(s.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)).Append("\r\n");
        b.Append("DTEND:").Append(s.AddHours(1).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)).Append("\r\n");
        if (rrule is not null)
        {
            b.Append("RRULE:").Append(rrule).Append("\r\n");
        }
        b.Append("SUMMARY:").Append(summary).Append("\r\n");
        b.Append("DESCRIPTION:").Append(description).Append("\r\n");
        b.Append("ORGANIZER:mailto:").Append(organizer).Append("\r\n");
        foreach (var a in attendees ?? ["bob@partner.example"])
        {
            b.Append("ATTENDEE;RSVP=TRUE:mailto:").Append(a).Append("\r\n");
        }
        b.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return b.ToString();
    }

    public static string Body(IReadOnlyList<string> attendees, string? calendar = null, string account = "acct-alice", string address = "alice@example.net",
        DateTimeOffset? createdAt = null, bool strongAuth = true, string ip = "192.0.2.10", string origin = "create", bool? allExternal = true)
    {
        var body = new Dictionary<string, object?>
        {
            ["organizer"] = new Dictionary<string, object?>
            {
                ["account"] = account,
                ["address"] = address,
                ["createdAt"] = (createdAt ?? DateTimeOffset.UtcNow.AddYears(-3)).ToString("O", CultureInfo.InvariantCulture),
                ["strongAuth"] = strongAuth,
            },
            ["client"] = new Dictionary<string, object?> { ["ip"] = ip, ["userAgent"] = "Mozilla/5.0 (tests)" },
            ["attendees"] = attendees.Select(a => allExternal is null
                ? new Dictionary<string, object?> { ["address"] = a }
                : new Dictionary<string, object?> { ["address"] = a, ["internal"] = !allExternal.Value }).ToArray(),
            // Each call its own text, so that the campaign signal (same text from many accounts) stays out of the way.
            ["calendar"] = calendar ?? Calendar(description: MeetingText + " Code word " + Word() + ".", organizer: address, attendees: attendees),
            ["origin"] = origin,
        };
        return JsonSerializer.Serialize(body);
    }

    public static string Word() => new(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    public static string[] People(string prefix, int count, string domain = "partner.example") =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{i}@{domain}").ToArray();
}
