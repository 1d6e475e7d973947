using Calguard.Host.Api.Campaigns;
using Calguard.Host.Api.Domains;
using Calguard.Host.Api.Invitations;
using Calguard.Host.Api.Feedback;
using Calguard.Host.Api.Provenance;
using Calguard.Host.Api.Recipients;
using Calguard.Host.Api.Reports;
using Calguard.Host.Api.Scan;
using Calguard.Host.Api.Stats;

namespace Calguard.Host.Api;

/// <summary>Maps the versioned API: every feature group under <c>/v1</c>, each endpoint with its scope.</summary>
public static class CalguardApi
{
    /// <summary>Maps <c>/v1</c>.</summary>
    public static RouteGroupBuilder MapCalguardApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/v1");
        v1.MapScan();
        v1.MapRecipients();
        v1.MapDomains();
        v1.MapStats();
        v1.MapProvenance();
        v1.MapInvitations();
        v1.MapFeedback();
        v1.MapReports();
        v1.MapCampaigns();
        return v1;
    }
}
