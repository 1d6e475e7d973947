using System.Text.Json;
using Calguard.Host.Api.Auth;
using Calguard.Host.Configuration;
using Calguard.Host.Hosting;
using Calguard.Host.Outbound;
using Calguard.Storage.Outbound;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Invitations;

/// <summary>
/// <c>/v1/invitations/…</c>: the outbound check a calendar service calls before its own accounts send invitations
/// (R4–R7, R28, R43), the held invitations an operator releases or drops, and the recorded decisions.
/// </summary>
public static class InvitationsApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapInvitations(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/invitations").WithTags("Invitations");
        group.MapPost("/check", CheckAsync).RequireScope(ScopePolicies.Scan)
            .WithName("CheckInvitation").WithSummary("May this account send these invitations now?")
            .WithDescription("Body: {\"organizer\": {\"account\", \"address\", \"createdAt\", \"strongAuth\"}, \"client\": {\"ip\", \"userAgent\"}, \"attendees\": [{\"address\", \"internal\"}], \"calendar\": \"BEGIN:VCALENDAR…\", \"origin\": \"create\"|\"update\"|\"import\"}. " +
                             "Answer: {\"id\", \"decision\": \"allow\"|\"challenge\"|\"hold\"|\"deny\", \"reasons\": [{\"name\", \"detail\"}], \"limits\": [{\"name\", \"used\", \"limit\", \"window\"}]}. An allowed or challenged invitation is counted; a held or denied one is not.")
            // No Accepts<> metadata: routing would answer a wrong media type with a bare 415; the handler's carries a code.
            .Produces(200, contentType: "application/json")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        group.MapGet("/held", ListHeldAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Held invitations, oldest first (status=held|released|dropped|all, account, after, limit)")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        group.MapGet("/held/{id:long}", GetHeldAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("One held invitation with its calendar text").Produces(200, contentType: "application/json").ProducesProblem(404);
        group.MapPost("/held/{id:long}/release", (HttpContext http, long id, OutboundCheckService outbound, CancellationToken ct) => DecideAsync(http, id, HeldStatus.Released, outbound, ct))
            .RequireScope(ScopePolicies.Admin).WithSummary("Release a held invitation: the service may send it")
            .Produces(200, contentType: "application/json").ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/held/{id:long}/drop", (HttpContext http, long id, OutboundCheckService outbound, CancellationToken ct) => DecideAsync(http, id, HeldStatus.Dropped, outbound, ct))
            .RequireScope(ScopePolicies.Admin).WithSummary("Drop a held invitation: it is never sent")
            .Produces(200, contentType: "application/json").ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/decisions", DecisionsAsync).RequireScope(ScopePolicies.Report)
            .WithSummary("Recorded decisions of the outbound check, newest first (account, decision, limit)")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        return v1;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CheckAsync(HttpContext http, OutboundCheckService outbound, Settings settings, HostSettings host,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        OutboundCheckRequest request;
        using (document)
        {
            var (read, invalid) = InvitationCheckJson.Read(document!.RootElement, settings.Engine.Analysis.LocalDomains, outbound.Options.MaxAttendees, time.GetUtcNow());
            if (invalid is not null)
            {
                return invalid;
            }
            request = read!;
        }
        if (Tenancy.Check(http, Reading.CalendarAddress.DomainOf(request.Organizer.Address)) is { } forbidden)
        {
            return forbidden;
        }
        try
        {
            var result = await outbound.CheckAsync(request, "api", cancellationToken).ConfigureAwait(false);
            return InvitationCheckJson.Render(result);
        }
        catch (InvalidCalendarException e)
        {
            // Not abuse but a caller's mistake: nothing was counted or recorded.
            return Problems.Create(StatusCodes.Status422UnprocessableEntity, e.Message, "invalid-calendar");
        }
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ListHeldAsync(HttpContext http, OutboundCheckService outbound,
        string? status, string? account, long? after, int? limit, CancellationToken cancellationToken)
    {
        HeldStatus? wanted = HeldStatus.Held;
        if (!string.IsNullOrWhiteSpace(status))
        {
            wanted = status.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) ? null : HeldStatusNames.Parse(status);
            if (wanted is null && !status.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                return Problems.BadRequest($"status must be held, released, dropped or all, not '{status}'", "invalid-status");
            }
        }
        if (limit is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be between 1 and 1000", "invalid-limit");
        }
        var list = await outbound.Store.ListHeldAsync(new HeldQuery
        {
            Status = wanted,
            Account = string.IsNullOrWhiteSpace(account) ? null : account.Trim(),
            AfterId = after ?? 0,
            Tenants = Tenancy.Scope(http),
            Limit = limit ?? 100,
        }, cancellationToken).ConfigureAwait(false);
        return JsonBody.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("held");
            foreach (var h in list)
            {
                WriteHeld(w, h, calendar: false);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetHeldAsync(HttpContext http, long id, OutboundCheckService outbound, CancellationToken cancellationToken)
    {
        var held = await outbound.Store.GetHeldAsync(id, cancellationToken).ConfigureAwait(false);
        // Another tenant's invitation answers like a missing one.
        if (held is null || Tenancy.Check(http, held.Tenant) is not null)
        {
            return Problems.NotFound($"no held invitation {id}", "held-not-found");
        }
        return JsonBody.Ok(w => WriteHeld(w, held, calendar: true));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> DecideAsync(HttpContext http, long id, HeldStatus status, OutboundCheckService outbound, CancellationToken cancellationToken)
    {
        var held = await outbound.Store.GetHeldAsync(id, cancellationToken).ConfigureAwait(false);
        if (held is null || Tenancy.Check(http, held.Tenant) is not null)
        {
            return Problems.NotFound($"no held invitation {id}", "held-not-found");
        }
        var key = http.ApiKey();
        var outcome = await outbound.DecideHeldAsync(id, status, key?.Name ?? "unknown", cancellationToken).ConfigureAwait(false);
        if (outcome is not { } decided)
        {
            return Problems.NotFound($"no held invitation {id}", "held-not-found");
        }
        if (!decided.Changed)
        {
            return Problems.Create(StatusCodes.Status409Conflict, $"invitation {id} is already {HeldStatusNames.ToName(decided.Invitation.Status)}", "not-held");
        }
        return JsonBody.Ok(w => WriteHeld(w, decided.Invitation, calendar: false));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> DecisionsAsync(HttpContext http, OutboundCheckService outbound,
        string? account, string? decision, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be between 1 and 1000", "invalid-limit");
        }
        if (!string.IsNullOrWhiteSpace(decision) && decision.Trim().ToLowerInvariant() is not ("allow" or "challenge" or "hold" or "deny"))
        {
            return Problems.BadRequest($"decision must be allow, challenge, hold or deny, not '{decision}'", "invalid-decision");
        }
        var list = await outbound.Store.DecisionsAsync(string.IsNullOrWhiteSpace(account) ? null : account.Trim(),
            string.IsNullOrWhiteSpace(decision) ? null : decision.Trim().ToLowerInvariant(), Tenancy.Scope(http), limit ?? 100, cancellationToken).ConfigureAwait(false);
        return JsonBody.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("decisions");
            foreach (var d in list)
            {
                w.WriteStartObject();
                w.WriteNumber("id", d.Id);
                w.WriteString("account", d.Account);
                w.WriteString("organizer", d.Organizer);
                w.WriteString("channel", d.Channel);
                w.WriteString("origin", d.Origin);
                w.WriteString("decision", d.Decision);
                InvitationCheckJson.WriteReasons(w, d.Reasons);
                w.WriteString("uid", d.Uid);
                w.WriteString("summary", d.Summary);
                w.WriteNumber("attendees", d.Attendees);
                w.WriteNumber("externalAttendees", d.ExternalAttendees);
                w.WriteString("clientIp", d.ClientIp);
                w.WriteString("userAgent", d.UserAgent);
                w.WriteString("fingerprint", d.Fingerprint);
                w.WriteString("createdAt", d.CreatedAt);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteHeld(Utf8JsonWriter w, HeldInvitation h, bool calendar)
    {
        w.WriteStartObject();
        w.WriteNumber("id", h.Id);
        w.WriteString("status", HeldStatusNames.ToName(h.Status));
        w.WriteString("account", h.Account);
        w.WriteString("organizer", h.Organizer);
        w.WriteString("origin", h.Origin);
        w.WriteString("uid", h.Uid);
        w.WriteString("summary", h.Summary);
        w.WriteStartArray("attendees");
        foreach (var a in h.Attendees)
        {
            w.WriteStartObject();
            w.WriteString("address", a.Address);
            w.WriteBoolean("internal", a.Internal);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        InvitationCheckJson.WriteReasons(w, h.Reasons);
        w.WriteString("clientIp", h.ClientIp);
        w.WriteString("createdAt", h.CreatedAt);
        if (h.DecidedAt is { } at)
        {
            w.WriteString("decidedAt", at);
        }
        else
        {
            w.WriteNull("decidedAt");
        }
        w.WriteString("decidedBy", h.DecidedBy);
        if (calendar)
        {
            w.WriteString("calendar", h.Calendar);
        }
        w.WriteEndObject();
    }
}
