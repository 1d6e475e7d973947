using Calguard.Host.Api.Auth;
using Calguard.Storage.Provenance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calguard.Host.Api.Provenance;

/// <summary><c>GET /v1/provenance</c>: "where did this event come from?" (R26), and the retained original.</summary>
public static class ProvenanceApi
{
    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static RouteGroupBuilder MapProvenance(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("/provenance").WithTags("Provenance").RequireScope(ScopePolicies.Report);
        group.MapGet("/", FindAsync).WithSummary("Provenance by recipient and UID, Message-ID or campaign fingerprint")
            .WithDescription("Give recipient (with uid to find one event), messageId or fingerprint. A key limited to tenants finds only their records.")
            .Produces<ProvenanceList>(200).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        group.MapGet("/{id:long}/raw", RawAsync).WithSummary("The original message, when raw messages are retained (Calguard:Provenance:KeepRawMessages)")
            .Produces(200, contentType: "message/rfc822").ProducesProblem(404);
        return v1;
    }

    private static async Task<Results<Ok<ProvenanceList>, ProblemHttpResult>> FindAsync(HttpContext http, IProvenanceStore store,
        string? recipient, string? uid, string? messageId, string? fingerprint, int? limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(recipient) && string.IsNullOrWhiteSpace(uid) && string.IsNullOrWhiteSpace(messageId) && string.IsNullOrWhiteSpace(fingerprint))
        {
            return Problems.BadRequest("give recipient (and uid), messageId or fingerprint", "missing-query");
        }
        if (limit is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be between 1 and 1000", "invalid-limit");
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
        var records = await store.FindAsync(new ProvenanceQuery
        {
            Recipient = address,
            Uid = string.IsNullOrWhiteSpace(uid) ? null : uid,
            MessageId = string.IsNullOrWhiteSpace(messageId) ? null : messageId,
            Fingerprint = string.IsNullOrWhiteSpace(fingerprint) ? null : fingerprint.Trim(),
            Tenants = Tenancy.Scope(http),
            Limit = limit ?? 100,
        }, cancellationToken).ConfigureAwait(false);
        if (records.Count == 0)
        {
            return Problems.NotFound("no provenance matches (never scanned, not an invitation, or past the retention)", "provenance-not-found");
        }
        return TypedResults.Ok(new ProvenanceList(records.Select(ProvenanceView.Of).ToArray()));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RawAsync(HttpContext http, IProvenanceStore store, long id, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, includeRaw: true, cancellationToken).ConfigureAwait(false);
        // Another tenant's record answers like a missing one: its existence is not this key's business.
        if (record is null || Tenancy.Check(http, record.Tenant) is not null)
        {
            return Problems.NotFound($"no provenance record {id}", "provenance-not-found");
        }
        if (record.RawMessage is null)
        {
            return Problems.NotFound($"record {id} has no raw message (Calguard:Provenance:KeepRawMessages is off, or it was not a mail)", "raw-not-retained");
        }
        return TypedResults.File(record.RawMessage, "message/rfc822");
    }
}
