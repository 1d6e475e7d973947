using Calguard.Host.Reports;

namespace Calguard.Host.Api.Campaigns;

/// <summary>A campaign as the API shows it (<c>GET /v1/campaigns/{id}</c>), counted within the key's tenants.</summary>
/// <param name="Id">The campaign id: the fingerprint of its first reported copy.</param>
/// <param name="SimHash">Its SimHash, 16 hex digits; copies within 3 bits belong to it.</param>
/// <param name="LinkDomains">The organisational domains it links to.</param>
/// <param name="Summary">The SUMMARY of its newest copy.</param>
/// <param name="CreatedAt">When it was first reported.</param>
/// <param name="Confirmed">True when an operator confirmed it as spam: new copies are quarantined at once.</param>
/// <param name="ConfirmedAt">When.</param>
/// <param name="ConfirmedBy">The id of the API key that confirmed it.</param>
/// <param name="SpamReports">Spam reports naming it.</param>
/// <param name="NotSpamReports">Not-spam reports naming it.</param>
/// <param name="Recipients">Recipients who received a copy.</param>
/// <param name="Copies">Provenance records of copies.</param>
/// <param name="Fingerprints">The distinct fingerprints of its copies (for <c>calguard caldav clean --campaign</c>).</param>
public sealed record CampaignView(
    string Id, string SimHash, IReadOnlyList<string> LinkDomains, string? Summary, DateTimeOffset CreatedAt, bool Confirmed, DateTimeOffset? ConfirmedAt,
    string? ConfirmedBy, long SpamReports, long NotSpamReports, int Recipients, int Copies, IReadOnlyList<string> Fingerprints);

/// <summary>The answer of <c>GET /v1/campaigns/{id}/recipients</c>: every recipient with the UIDs to remove.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Fingerprints">The distinct fingerprints of the copies.</param>
/// <param name="Recipients">One entry per recipient.</param>
/// <param name="Truncated">True when more copies exist than were listed (the limit).</param>
public sealed record CampaignRecipients(string CampaignId, IReadOnlyList<string> Fingerprints, IReadOnlyList<CampaignCopy> Recipients, bool Truncated);
