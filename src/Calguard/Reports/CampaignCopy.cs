namespace Calguard.Host.Reports;

/// <summary>One recipient's copies of a campaign: what a calendar server needs to remove them silently.</summary>
/// <param name="Recipient">The recipient.</param>
/// <param name="Uids">The event UIDs the recipient received (remove these; DELETE with <c>Schedule-Reply: F</c>).</param>
/// <param name="Fingerprints">The campaign fingerprints of those copies (for <c>calguard caldav clean --campaign</c>).</param>
/// <param name="ProvenanceIds">The provenance records, newest first.</param>
/// <param name="LastArrival">When the newest copy arrived.</param>
public sealed record CampaignCopy(string Recipient, IReadOnlyList<string> Uids, IReadOnlyList<string> Fingerprints, IReadOnlyList<long> ProvenanceIds, DateTimeOffset LastArrival);
