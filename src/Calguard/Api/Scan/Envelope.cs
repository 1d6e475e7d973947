using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Scan;

/// <summary>
/// The envelope and connection facts of a scan request, from the query (<c>recipient</c> (repeatable), <c>mailFrom</c>,
/// <c>clientIp</c>, <c>helo</c>, <c>source</c>) or, for an MTA hook that finds headers easier, from
/// <c>X-Calguard-Recipient</c> (comma-separated), <c>X-Calguard-Mail-From</c>, <c>X-Calguard-Client-Ip</c>,
/// <c>X-Calguard-Helo</c>. The query wins.
/// </summary>
public static class Envelope
{
    /// <summary>The most recipients one request may name.</summary>
    public const int MaxRecipients = 1000;

    /// <summary>Builds the scan context and checks every recipient against the key's tenants, or returns the problem (400, 403).</summary>
    public static (ScanContext? Context, ProblemHttpResult? Problem) Read(HttpContext http)
    {
        var request = http.Request;
        var query = request.Query;
        string? Value(string name, string header) =>
            query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? (request.Headers[header].FirstOrDefault() is { Length: > 0 } h ? h : null);

        var rawRecipients = query["recipient"].Count > 0
            ? query["recipient"].SelectMany(v => (v ?? string.Empty).Split(',')).ToArray()
            : request.Headers["X-Calguard-Recipient"].SelectMany(v => (v ?? string.Empty).Split(',')).ToArray();
        var recipients = new List<string>();
        foreach (var raw in rawRecipients.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            var (address, problem) = Tenancy.Recipient(raw.Trim());
            if (problem is not null)
            {
                return (null, problem);
            }
            if (!recipients.Contains(address!))
            {
                recipients.Add(address!);
            }
        }
        if (recipients.Count > MaxRecipients)
        {
            return (null, Problems.BadRequest($"at most {MaxRecipients} recipients per request", "too-many-recipients"));
        }
        foreach (var r in recipients)
        {
            if (Tenancy.Check(http, Reading.CalendarAddress.DomainOf(r)) is { } forbidden)
            {
                return (null, forbidden);
            }
        }

        var mailFrom = Value("mailFrom", "X-Calguard-Mail-From")?.Trim().Trim('<', '>');
        if (!string.IsNullOrEmpty(mailFrom) && Reading.CalendarAddress.Normalise(mailFrom) is null)
        {
            return (null, Problems.BadRequest($"mailFrom '{mailFrom}' is not a mail address (use <> or leave it out for a null sender)", "invalid-mail-from"));
        }
        var clientIp = Value("clientIp", "X-Calguard-Client-Ip")?.Trim();
        if (clientIp is not null && !IPAddress.TryParse(clientIp, out _))
        {
            return (null, Problems.BadRequest($"clientIp '{clientIp}' is not an IP address", "invalid-client-ip"));
        }
        var helo = Value("helo", "X-Calguard-Helo")?.Trim();
        if (helo is { Length: > 255 })
        {
            return (null, Problems.BadRequest("helo is longer than 255 characters", "invalid-helo"));
        }
        var source = query["source"].FirstOrDefault() is { Length: > 0 and <= 200 } s ? s : "api:" + http.TraceIdentifier;
        return (new ScanContext
        {
            Source = source,
            Recipients = recipients,
            MailFrom = string.IsNullOrEmpty(mailFrom) ? null : Reading.CalendarAddress.Normalise(mailFrom),
            ClientIp = clientIp,
            Helo = helo,
        }, null);
    }
}
