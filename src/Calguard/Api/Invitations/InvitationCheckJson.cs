using System.Text.Json;
using Calguard.Host.Outbound;
using Calguard.Reading;
using Calguard.Storage.Outbound;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Invitations;

/// <summary>
/// Reads the body of <c>POST /v1/invitations/check</c> strictly — unknown fields, wrong types and bad values are a 400
/// naming the field — and writes its answer.
/// </summary>
public static class InvitationCheckJson
{
    private static readonly string[] RootFields = ["organizer", "client", "attendees", "calendar", "origin"];
    private static readonly string[] OrganizerFields = ["account", "address", "createdAt", "strongAuth"];
    private static readonly string[] ClientFields = ["ip", "userAgent"];
    private static readonly string[] AttendeeFields = ["address", "internal"];

    /// <summary>The request, or the 400 to answer with.</summary>
    /// <param name="root">The parsed body.</param>
    /// <param name="localDomains">The service's own domains: an attendee without <c>internal</c> is internal when its domain is one of them.</param>
    /// <param name="maxAttendees">The most attendees one check may carry.</param>
    /// <param name="now">The time, to refuse a creation date in the future.</param>
    public static (OutboundCheckRequest? Request, ProblemHttpResult? Problem) Read(JsonElement root, IReadOnlyCollection<string> localDomains, int maxAttendees, DateTimeOffset now)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Bad("send a JSON object: {\"organizer\", \"client\", \"attendees\", \"calendar\", \"origin\"}", "invalid-json");
        }
        if (Unknown(root, RootFields, string.Empty) is { } unknown)
        {
            return (null, unknown);
        }

        // organizer
        if (!root.TryGetProperty("organizer", out var organizer) || organizer.ValueKind == JsonValueKind.Null)
        {
            return Missing("organizer");
        }
        if (organizer.ValueKind != JsonValueKind.Object)
        {
            return Bad("organizer must be an object {\"account\", \"address\", \"createdAt\", \"strongAuth\"}", "invalid-organizer");
        }
        if (Unknown(organizer, OrganizerFields, "organizer.") is { } unknownOrganizer)
        {
            return (null, unknownOrganizer);
        }
        if (!organizer.TryGetProperty("account", out var accountElement) || accountElement.ValueKind == JsonValueKind.Null)
        {
            return Missing("organizer.account");
        }
        var account = accountElement.ValueKind == JsonValueKind.String ? accountElement.GetString()!.Trim() : null;
        if (account is not { Length: > 0 and <= 256 } || account.Any(char.IsControl))
        {
            return Bad("organizer.account must be the account's id: a string of 1 to 256 characters without control characters", "invalid-organizer");
        }
        if (!organizer.TryGetProperty("address", out var addressElement) || addressElement.ValueKind == JsonValueKind.Null)
        {
            return Missing("organizer.address");
        }
        var address = addressElement.ValueKind == JsonValueKind.String ? CalendarAddress.Normalise(addressElement.GetString()) : null;
        if (address is null)
        {
            return Bad($"organizer.address {addressElement.GetRawText()} is not a mail address", "invalid-organizer");
        }
        DateTimeOffset? createdAt = null;
        if (organizer.TryGetProperty("createdAt", out var createdElement) && createdElement.ValueKind != JsonValueKind.Null)
        {
            if (createdElement.ValueKind != JsonValueKind.String || !createdElement.TryGetDateTimeOffset(out var created))
            {
                return Bad($"organizer.createdAt must be an ISO 8601 date-time with an offset (2026-01-31T09:00:00Z), not {createdElement.GetRawText()}", "invalid-organizer");
            }
            if (created > now.AddMinutes(5))
            {
                return Bad($"organizer.createdAt {created:O} lies in the future", "invalid-organizer");
            }
            createdAt = created;
        }
        var strongAuth = false;
        if (organizer.TryGetProperty("strongAuth", out var strongElement) && strongElement.ValueKind != JsonValueKind.Null)
        {
            if (strongElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Bad("organizer.strongAuth must be true or false", "invalid-organizer");
            }
            strongAuth = strongElement.GetBoolean();
        }

        // client
        var client = OutboundClient.Unknown;
        if (root.TryGetProperty("client", out var clientElement) && clientElement.ValueKind != JsonValueKind.Null)
        {
            if (clientElement.ValueKind != JsonValueKind.Object)
            {
                return Bad("client must be an object {\"ip\", \"userAgent\"}", "invalid-client");
            }
            if (Unknown(clientElement, ClientFields, "client.") is { } unknownClient)
            {
                return (null, unknownClient);
            }
            string? ip = null;
            if (clientElement.TryGetProperty("ip", out var ipElement) && ipElement.ValueKind != JsonValueKind.Null)
            {
                ip = ipElement.ValueKind == JsonValueKind.String ? NetworkPrefix.Normalise(ipElement.GetString()) : null;
                if (ip is null)
                {
                    return Bad($"client.ip {ipElement.GetRawText()} is not an IPv4 or IPv6 address", "invalid-client");
                }
            }
            string? userAgent = null;
            if (clientElement.TryGetProperty("userAgent", out var uaElement) && uaElement.ValueKind != JsonValueKind.Null)
            {
                userAgent = uaElement.ValueKind == JsonValueKind.String ? uaElement.GetString() : null;
                if (userAgent is null || userAgent.Length > 1024)
                {
                    return Bad("client.userAgent must be a string of at most 1024 characters", "invalid-client");
                }
            }
            client = new OutboundClient(ip, userAgent);
        }

        // attendees
        if (!root.TryGetProperty("attendees", out var attendeesElement) || attendeesElement.ValueKind == JsonValueKind.Null)
        {
            return Missing("attendees");
        }
        if (attendeesElement.ValueKind != JsonValueKind.Array)
        {
            return Bad("attendees must be an array of {\"address\", \"internal\"}", "invalid-attendees");
        }
        var count = attendeesElement.GetArrayLength();
        if (count == 0)
        {
            return Bad("attendees is empty: an event without attendees sends no invitation and needs no check", "invalid-attendees");
        }
        if (count > maxAttendees)
        {
            return Bad($"{count} attendees; one check takes at most {maxAttendees} (Calguard:Outbound:Limits:MaxAttendees)", "too-many-attendees");
        }
        var attendees = new List<OutboundAttendee>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in attendeesElement.EnumerateArray())
        {
            var path = $"attendees[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                return Bad($"{path} must be an object {{\"address\", \"internal\"}}", "invalid-attendees");
            }
            if (Unknown(item, AttendeeFields, path + ".") is { } unknownAttendee)
            {
                return (null, unknownAttendee);
            }
            if (!item.TryGetProperty("address", out var a) || a.ValueKind == JsonValueKind.Null)
            {
                return Missing(path + ".address");
            }
            var attendee = a.ValueKind == JsonValueKind.String ? CalendarAddress.Normalise(a.GetString()) : null;
            if (attendee is null)
            {
                return Bad($"{path}.address {a.GetRawText()} is not a mail address", "invalid-attendees");
            }
            bool isInternal;
            if (item.TryGetProperty("internal", out var i) && i.ValueKind != JsonValueKind.Null)
            {
                if (i.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return Bad($"{path}.internal must be true or false", "invalid-attendees");
                }
                isInternal = i.GetBoolean();
            }
            else
            {
                isInternal = IsLocal(attendee, localDomains);
            }
            if (seen.Add(attendee))
            {
                attendees.Add(new OutboundAttendee(attendee, isInternal));
            }
        }

        // calendar
        if (!root.TryGetProperty("calendar", out var calendarElement) || calendarElement.ValueKind == JsonValueKind.Null)
        {
            return Missing("calendar");
        }
        if (calendarElement.ValueKind != JsonValueKind.String || calendarElement.GetString() is not { Length: > 0 } calendar || string.IsNullOrWhiteSpace(calendar))
        {
            return Bad("calendar must be the event as iCalendar text (BEGIN:VCALENDAR …)", "invalid-calendar");
        }

        // origin
        if (!root.TryGetProperty("origin", out var originElement) || originElement.ValueKind == JsonValueKind.Null)
        {
            return Missing("origin");
        }
        InvitationOrigin? origin = originElement.ValueKind == JsonValueKind.String ? originElement.GetString() switch
        {
            "create" => InvitationOrigin.Create,
            "update" => InvitationOrigin.Update,
            "import" => InvitationOrigin.Import,
            _ => null,
        } : null;
        if (origin is null)
        {
            return Bad($"origin must be \"create\", \"update\" or \"import\", not {originElement.GetRawText()}", "invalid-origin");
        }

        return (new OutboundCheckRequest
        {
            Organizer = new OutboundOrganizer(account, address, createdAt, strongAuth),
            Client = client,
            Attendees = attendees,
            Calendar = calendar,
            Origin = origin.Value,
        }, null);
    }

    /// <summary>True when the address's domain is one of <paramref name="localDomains"/> or under one.</summary>
    public static bool IsLocal(string address, IReadOnlyCollection<string> localDomains)
    {
        var domain = CalendarAddress.DomainOf(address);
        return domain is not null && localDomains.Any(d =>
        {
            var local = d.Trim().TrimEnd('.').ToLowerInvariant();
            return domain == local || domain.EndsWith("." + local, StringComparison.Ordinal);
        });
    }

    /// <summary>Writes the answer: <c>{"id", "decision", "reasons": [{"name", "detail"}], "limits": [{"name", "used", "limit", "window"}]}</c>.</summary>
    public static ContentHttpResult Render(OutboundCheckResult result) => JsonBody.Ok(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("id", result.Id);
        w.WriteString("decision", OutboundDecisionNames.ToName(result.Decision));
        WriteReasons(w, result.Reasons);
        w.WriteStartArray("limits");
        foreach (var l in result.Limits)
        {
            w.WriteStartObject();
            w.WriteString("name", l.Name);
            w.WriteNumber("used", l.Used);
            w.WriteNumber("limit", l.Limit);
            w.WriteString("window", OutboundCheckService.Iso(l.Window));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Writes <c>"reasons": [{"name", "detail"}]</c>.</summary>
    public static void WriteReasons(Utf8JsonWriter w, IReadOnlyList<OutboundReason> reasons)
    {
        w.WriteStartArray("reasons");
        foreach (var r in reasons)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteString("detail", r.Detail);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static ProblemHttpResult? Unknown(JsonElement element, string[] allowed, string prefix)
    {
        foreach (var p in element.EnumerateObject())
        {
            if (!allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                return Problems.BadRequest($"unknown field '{prefix}{p.Name}' (expected {string.Join(", ", allowed.Select(a => prefix + a))})", "unknown-field");
            }
        }
        return null;
    }

    private static (OutboundCheckRequest?, ProblemHttpResult?) Missing(string field) => (null, Problems.BadRequest($"'{field}' is required", "missing-field"));

    private static (OutboundCheckRequest?, ProblemHttpResult?) Bad(string detail, string code) => (null, Problems.BadRequest(detail, code));
}
