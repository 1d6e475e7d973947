using System.Globalization;
using Calguard.Host.Api.Auth;
using Calguard.Host.Reports;
using Calguard.Provenance;
using Calguard.Storage.Provenance;
using Calguard.Storage.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Campaigns;

/// <summary>
/// <c>/v1/campaigns/{id}</c>: a reported campaign, every recipient of it with the UIDs to remove ("report once, clean
/// everywhere"), and the operator's confirmation that makes new copies quarantined at once.
/// </summary>
public static class CampaignsApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapCampaigns(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/campaigns/{id}").WithTags("Campaigns");
        group.MapGet("/", GetAsync).RequireScope(ScopePolicies.Report).WithSummary("A reported campaign: reports, recipients, confirmation")
            .Produces<CampaignView>(200).ProducesProblem(404);
        group.MapGet("/recipients", RecipientsAsync).RequireScope(ScopePolicies.Report)
            .WithSummary("Every recipient of the campaign with the UIDs to remove silently (DELETE with Schedule-Reply: F)")
            .WithDescription("limit (default 1000, at most 10000) bounds the copies read; truncated says when there were more. A key limited to tenants sees only their recipients.")
            .Produces<CampaignRecipients>(200).ProducesProblem(400).ProducesProblem(404);
        group.MapPost("/confirm", ConfirmAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Confirm the campaign as spam: new copies are quarantined at once, for every tenant (admin key without tenant limit)")
            .Produces<CampaignView>(200).ProducesProblem(403).ProducesProblem(404);
        group.MapDelete("/confirm", WithdrawAsync).RequireScope(ScopePolicies.Admin)
            .WithSummary("Withdraw the confirmation").Produces<CampaignView>(200).ProducesProblem(403).ProducesProblem(404);
        return v1;
    }

    private static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> GetAsync(HttpContext http, SqlReportStore reports, IProvenanceStore provenance, string id, CancellationToken cancellationToken)
    {
        var campaign = await reports.GetCampaignAsync(id.Trim(), cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return NotFound(id);
        }
        var view = await ViewAsync(campaign, Tenancy.Scope(http), reports, provenance, cancellationToken).ConfigureAwait(false);
        return view is null ? NotFound(id) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<CampaignRecipients>, ProblemHttpResult>> RecipientsAsync(HttpContext http, SqlReportStore reports, IProvenanceStore provenance,
        string id, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 10_000)
        {
            return Problems.BadRequest("limit must be between 1 and 10000", "invalid-limit");
        }
        var campaign = await reports.GetCampaignAsync(id.Trim(), cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return NotFound(id);
        }
        var tenants = Tenancy.Scope(http);
        var take = limit ?? 1000;
        var records = await new CampaignMembers(provenance).RecordsAsync(campaign, tenants, take + 1, cancellationToken).ConfigureAwait(false);
        if (records.Count == 0 && tenants is not null)
        {
            // A tenant that received no copy has no business knowing the campaign exists.
            return NotFound(id);
        }
        var shown = records.Take(take).ToArray();
        return TypedResults.Ok(new CampaignRecipients(campaign.Id, shown.Select(r => r.Fingerprint).Distinct(StringComparer.Ordinal).ToArray(),
            CampaignMembers.Group(shown), records.Count > take));
    }

    private static Task<Results<Ok<CampaignView>, ProblemHttpResult>> ConfirmAsync(HttpContext http, SqlReportStore reports, IProvenanceStore provenance, TimeProvider time,
        string id, CancellationToken cancellationToken) => SetAsync(http, reports, provenance, time, id, true, cancellationToken);

    private static Task<Results<Ok<CampaignView>, ProblemHttpResult>> WithdrawAsync(HttpContext http, SqlReportStore reports, IProvenanceStore provenance, TimeProvider time,
        string id, CancellationToken cancellationToken) => SetAsync(http, reports, provenance, time, id, false, cancellationToken);

    private static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> SetAsync(HttpContext http, SqlReportStore reports, IProvenanceStore provenance, TimeProvider time,
        string id, bool confirm, CancellationToken cancellationToken)
    {
        // A confirmation quarantines new copies for every tenant, so only an operator key without tenant limit may give it.
        if (http.ApiKey() is not { AllTenants: true } key)
        {
            return Problems.Create(StatusCodes.Status403Forbidden, "confirming a campaign acts on every tenant; it needs an admin key without tenant limit", "tenant-forbidden");
        }
        var campaign = await reports.ConfirmAsync(id.Trim(), confirm, key.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (campaign is null)
        {
            return NotFound(id);
        }
        return TypedResults.Ok((await ViewAsync(campaign, null, reports, provenance, cancellationToken).ConfigureAwait(false))!);
    }

    private static async Task<CampaignView?> ViewAsync(Campaign campaign, IReadOnlyList<string>? tenants, SqlReportStore reports, IProvenanceStore provenance, CancellationToken cancellationToken)
    {
        var (spam, notSpam) = await reports.CountAsync(campaign.Id, tenants, cancellationToken).ConfigureAwait(false);
        var records = await new CampaignMembers(provenance).RecordsAsync(campaign, tenants, 10_000, cancellationToken).ConfigureAwait(false);
        if (tenants is not null && records.Count == 0 && spam + notSpam == 0)
        {
            return null;
        }
        return new CampaignView(campaign.Id, campaign.SimHash.ToString("x16", CultureInfo.InvariantCulture), campaign.LinkDomains, records.FirstOrDefault()?.Summary,
            campaign.CreatedAt, campaign.Confirmed, campaign.ConfirmedAt, campaign.ConfirmedBy, spam, notSpam,
            records.Select(r => r.Recipient).Distinct(StringComparer.Ordinal).Count(), records.Count,
            records.Select(r => r.Fingerprint).Distinct(StringComparer.Ordinal).ToArray());
    }

    private static ProblemHttpResult NotFound(string id) => Problems.NotFound($"no campaign {id} (campaigns are named when a copy is reported as spam)", "campaign-not-found");
}
