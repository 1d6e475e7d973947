using Calguard.Host.Api.Auth;
using Calguard.Host.Api.Scan;
using Calguard.Host.Feedback;
using Calguard.Host.Feedback.Arf;
using Calguard.Host.Hosting;
using Calguard.Storage;
using Calguard.Storage.Feedback;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Calguard.Host.Api.Feedback;

/// <summary>
/// <c>POST /v1/feedback/arf</c>: incoming ARF reports (RFC 5965) about mail the service's own accounts sent, stored as
/// complaints that the outbound check counts; <c>GET /v1/feedback/outbox</c>: what Calguard sent or will send for reports.
/// </summary>
public static class FeedbackApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapFeedback(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/feedback").WithTags("Feedback");
        group.MapPost("/arf", ReceiveAsync).RequireScope(ScopePolicies.Report)
            .WithSummary("Store an incoming ARF report about one of our senders")
            .WithDescription("Body: the feedback report as message/rfc822 (multipart/report; report-type=feedback-report, RFC 5965). The sending account is matched by the original's outbound provenance (Message-ID), Original-Mail-From, or the original's From. 201 with the complaint; 200 when the same report (by Message-ID) was stored before.")
            .Produces<ComplaintView>(201).Produces<ComplaintView>(200)
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        group.MapGet("/outbox", OutboxAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Feedback items (ARF, learning, IMAP moves), newest first, with their status and the reason of a failure or suppression")
            .Produces<OutboxView>(200).ProducesProblem(400);
        return v1;
    }

    private static async Task<Results<Created<ComplaintView>, Ok<ComplaintView>, ProblemHttpResult>> ReceiveAsync(HttpContext http, CalguardStore store,
        ComplaintMatcher matcher, HostSettings host, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("message/rfc822", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.UnsupportedMediaType($"send the feedback report as Content-Type message/rfc822, not '{http.Request.ContentType}'");
        }
        var (body, problem) = await MessageBody.ReadBytesAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        IncomingFeedbackReport report;
        try
        {
            report = ArfParser.Parse(body!);
        }
        catch (ArfParseException e)
        {
            return Problems.BadRequest(e.Message, e.Code);
        }
        var (complaint, code, detail) = await matcher.MatchAsync(report, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (complaint is null)
        {
            return Problems.Create(StatusCodes.Status422UnprocessableEntity, detail!, code!);
        }
        if (Tenancy.Check(http, complaint.Tenant) is { } forbidden)
        {
            return forbidden;
        }
        var (id, duplicate) = await store.Complaints.AddAsync(complaint, cancellationToken).ConfigureAwait(false);
        var view = ComplaintView.Of(complaint with { Id = id }, duplicate);
        return duplicate ? TypedResults.Ok(view) : TypedResults.Created($"/v1/feedback/complaints/{id}", view);
    }

    private static async Task<Results<Ok<OutboxView>, ProblemHttpResult>> OutboxAsync(HttpContext http, CalguardStore store, long? reportId, string? status, int? limit,
        CancellationToken cancellationToken)
    {
        if (status is not null && status is not (FeedbackStatus.Pending or FeedbackStatus.Sent or FeedbackStatus.Failed or FeedbackStatus.Suppressed))
        {
            return Problems.BadRequest("status must be pending, sent, failed or suppressed", "invalid-status");
        }
        if (limit is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be between 1 and 1000", "invalid-limit");
        }
        var items = await store.FeedbackOutbox.ListAsync(reportId, status, Tenancy.Scope(http), limit ?? 100, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new OutboxView(items.Select(OutboxItemView.Of).ToArray()));
    }
}
