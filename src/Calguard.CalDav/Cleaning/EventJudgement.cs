namespace Calguard.CalDav.Cleaning;

/// <summary>What an <see cref="IEventJudge"/> concluded about one calendar object.</summary>
/// <param name="Verdict">Clean, suspicious or spam.</param>
/// <param name="Score">The summed score behind the verdict.</param>
/// <param name="Reasons">The reasons (signals) behind it, so the verdict explains itself.</param>
/// <param name="Organizer">The organizer address (without <c>mailto:</c>), if any; used by organizer selection.</param>
/// <param name="CampaignFingerprint">A fingerprint shared by events of one campaign, if the judge computes one.</param>
/// <param name="Uid">The object's UID.</param>
/// <param name="Summary">The SUMMARY, for display.</param>
public sealed record EventJudgement(
    EventVerdict Verdict,
    double Score,
    IReadOnlyList<JudgementReason> Reasons,
    string? Organizer,
    string? CampaignFingerprint,
    string? Uid,
    string? Summary);
