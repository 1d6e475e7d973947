namespace Calguard.Analysis.Rules.Learned;

/// <summary>
/// What user reports and operators decided about an invitation (R24): the silent block of a reported UID or
/// organizer for the recipient who reported it, and a campaign an operator confirmed as spam for everyone.
/// </summary>
/// <remarks>
/// A block concerns one recipient, so its signals score nothing: the decision of that recipient is quarantine
/// (<see cref="ExternalFacts.Blocked"/>) while the other recipients of the same message are judged as usual. A
/// confirmed campaign is spam for every recipient, so it scores.
/// </remarks>
public static class ReportSignals
{
    /// <summary>The recipient reported this UID as spam.</summary>
    public static readonly Signal UidBlocked = new("REPORT_UID_BLOCKED", Groups.Learned, 0.0,
        "A recipient reported an event with this UID as spam, so every later copy or update of it is quarantined for that recipient, silently (R24).");

    /// <summary>The recipient blocked the organizer with a spam report.</summary>
    public static readonly Signal OrganizerBlocked = new("REPORT_ORGANIZER_BLOCKED", Groups.Learned, 0.0,
        "A recipient whose policy blocks the organizer on a report (blockOrganizerOnReport) reported an invitation of this organizer as spam; it is quarantined for that recipient.");

    /// <summary>An operator confirmed the campaign as spam.</summary>
    public static readonly Signal CampaignConfirmed = new("CAMPAIGN_CONFIRMED_SPAM", Groups.Learned, 10.0,
        "An operator confirmed the campaign this invitation belongs to (same campaign fingerprint or a near SimHash) as spam after user reports; new copies are quarantined at once.");

    /// <summary>Every report signal.</summary>
    public static IReadOnlyList<Signal> All { get; } = [UidBlocked, OrganizerBlocked, CampaignConfirmed];
}
