using System.Globalization;
using Calguard.Host.Api.Auth;
using Calguard.Host.Hosting;
using Calguard.Host.Reports;
using Calguard.Storage.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Reports;

/// <summary>
/// <c>POST /v1/reports</c> (a user marks an invitation as spam or not spam, R24), <c>GET /v1/reports</c> and
/// <c>GET /v1/recipients/{address}/blocks</c>. The organizer never learns of a report.
/// </summary>
public static class ReportsApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/reports").WithTags("Reports").RequireScope(ScopePolicies.Report);
        group.MapPost("/", PostAsync).WithName("Report")
            .WithSummary("Report an invitation as spam or not spam: {recipient, uid | messageId, kind: spam|not-spam, source?: user|admin}")
            .WithDescription("202 once stored: a spam report silently blocks the UID for the recipient (and the organizer when the policy says blockOrganizerOnReport), trains the classifier, names the campaign and lists every other recipient of it with the UIDs to remove. Idempotent per (recipient, uid, kind); not-spam undoes the block and trains ham. Nothing is sent to the organizer.")
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .Produces<ReportAccepted>(StatusCodes.Status202Accepted).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(413)
            .ProducesProblem(415).ProducesProblem(503);
        group.MapGet("/", ListAsync).WithSummary("Reports, newest first: filters recipient, kind, source, campaign, uid, from, to; paging limit and before")
            .Produces<ReportList>(200).ProducesProblem(400).ProducesProblem(403);
        group.MapGet("/{id:long}", GetAsync).WithSummary("One report").Produces<ReportView>(200).ProducesProblem(404);
        v1.MapGet("/recipients/{address}/blocks", BlocksAsync).RequireScope(ScopePolicies.Report).WithTags("Reports")
            .WithSummary("The recipient's silent blocks (UIDs and organizers reported as spam)").Produces<BlockList>(200).ProducesProblem(400).ProducesProblem(403);
        return v1;
    }

    private static async Task<Results<Accepted<ReportAccepted>, ProblemHttpResult>> PostAsync(HttpContext http, ReportService reports, HostSettings host, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request, host.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        ReportRequest request;
        using (document)
        {
            var (parsed, invalid) = ReportBody.Parse(document!.RootElement);
            if (invalid is not null)
            {
                return invalid;
            }
            request = parsed!;
        }
        if (Tenancy.Check(http, Reading.CalendarAddress.DomainOf(request.Recipient)) is { } forbidden)
        {
            return forbidden;
        }
        ReportOutcome? outcome;
        try
        {
            outcome = await reports.ReportAsync(request, Tenancy.Scope(http), cancellationToken).ConfigureAwait(false);
        }
        catch (ReportListenerException e)
        {
            // Stored, but not everything acted on it: the client retries, and the retry finds the same report.
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, e.Message + "; the report is stored, retry the same request", "report-listener-failed");
        }
        if (outcome is null)
        {
            return Problems.NotFound($"no invitation with Message-ID {request.MessageId} was recorded for {request.Recipient}; report it by uid", "invitation-not-found");
        }
        var r = outcome.Report;
        var body = new ReportAccepted(r.Id, r.Recipient, r.Kind, r.Source, r.Uid, r.MessageId, outcome.Accepted.CampaignId, r.ProvenanceId, r.ReceivedAt, outcome.Repeated,
            outcome.Blocked.Select(b => new BlockView(b.Kind, b.Value)).ToArray(), outcome.Unblocked.Select(b => new BlockView(b.Kind, b.Value)).ToArray(),
            outcome.Training.ToString().ToLowerInvariant(), outcome.Matches);
        return TypedResults.Accepted($"/v1/reports/{r.Id.ToString(CultureInfo.InvariantCulture)}", body);
    }

    private static async Task<Results<Ok<ReportList>, ProblemHttpResult>> ListAsync(HttpContext http, SqlReportStore store,
        string? recipient, string? kind, string? source, string? campaign, string? uid, string? from, string? to, long? before, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be between 1 and 1000", "invalid-limit");
        }
        if (kind is not (null or ReportKinds.Spam or ReportKinds.NotSpam))
        {
            return Problems.BadRequest("kind must be spam or not-spam", "invalid-kind");
        }
        if (source is not (null or ReportKinds.User or ReportKinds.Admin))
        {
            return Problems.BadRequest("source must be user or admin", "invalid-source");
        }
        if (!TryTime(from, out var fromTime) || !TryTime(to, out var toTime))
        {
            return Problems.BadRequest("from and to must be ISO 8601 dates or date-times", "invalid-date");
        }
        string? address = null;
        if (!string.IsNullOrWhiteSpace(recipient))
        {
            (address, var problem) = Tenancy.OwnRecipient(http, recipient);
            if (problem is not null)
            {
                return problem;
            }
        }
        var take = limit ?? 100;
        var page = await store.ListAsync(new ReportQuery
        {
            Recipient = address,
            Kind = kind,
            Source = source,
            CampaignId = string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim(),
            Uid = string.IsNullOrWhiteSpace(uid) ? null : uid,
            From = fromTime,
            To = toTime,
            Before = before,
            Tenants = Tenancy.Scope(http),
            Limit = take + 1,
        }, cancellationToken).ConfigureAwait(false);
        var shown = page.Take(take).Select(ReportView.Of).ToArray();
        return TypedResults.Ok(new ReportList(shown, page.Count > take ? shown[^1].Id : null));
    }

    private static async Task<Results<Ok<ReportView>, ProblemHttpResult>> GetAsync(HttpContext http, SqlReportStore store, long id, CancellationToken cancellationToken)
    {
        var report = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        // Another tenant's report answers like a missing one.
        return report is null || Tenancy.Check(http, report.Tenant) is not null
            ? Problems.NotFound($"no report {id}", "report-not-found")
            : TypedResults.Ok(ReportView.Of(report));
    }

    private static async Task<Results<Ok<BlockList>, ProblemHttpResult>> BlocksAsync(HttpContext http, SqlReportStore store, string address, CancellationToken cancellationToken)
    {
        var (recipient, problem) = Tenancy.OwnRecipient(http, address);
        if (problem is not null)
        {
            return problem;
        }
        var blocks = await store.BlocksOfAsync(recipient!, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new BlockList(recipient!, blocks.Select(b => new StoredBlockView(b.Kind, b.Value, b.ReportId, b.CreatedAt)).ToArray()));
    }

    private static bool TryTime(string? value, out DateTimeOffset? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
        {
            time = t;
            return true;
        }
        return false;
    }
}
