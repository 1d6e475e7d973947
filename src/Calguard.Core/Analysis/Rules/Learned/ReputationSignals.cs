namespace Calguard.Analysis.Rules.Learned;

/// <summary>
/// The stored reputation of who sent an invitation and what it links to, learned from user and operator reports and
/// from earlier verdicts, with exponential decay (R14: sender reputation; R24–R27: reports feed back). The host computes
/// them (<c>Calguard.Reputation.ReputationJudge</c>) and adds them through <see cref="ExternalFacts.Hits"/>; a hit's
/// factor scales its score by the strength of the evidence, which its detail states.
/// </summary>
public static class ReputationSignals
{
    /// <summary>The ORGANIZER address has a spam reputation.</summary>
    public static readonly Signal OrganizerSpam = new("REP_ORGANIZER_SPAM", Groups.Learned, 5.0,
        "Recipients reported invitations from this ORGANIZER as spam, or earlier invitations from it were judged spam (R14, R24).");

    /// <summary>The authenticated DKIM domain has a spam reputation.</summary>
    public static readonly Signal DkimSpam = new("REP_DKIM_SPAM", Groups.Learned, 3.0,
        "Mail signed by this authenticated DKIM domain was reported or judged as spam; shared platforms and free mail are never judged by domain.");

    /// <summary>The connecting IP address has a spam reputation.</summary>
    public static readonly Signal IpSpam = new("REP_IP_SPAM", Groups.Learned, 2.5,
        "Invitations from this source IP address were reported or judged as spam (R8, R12).");

    /// <summary>The connecting IP's network has a spam reputation.</summary>
    public static readonly Signal NetworkSpam = new("REP_NET_SPAM", Groups.Learned, 1.5,
        "Invitations from this source network (IPv4 /24, IPv6 /64) were reported or judged as spam, though not from this address.");

    /// <summary>A linked domain has a spam reputation.</summary>
    public static readonly Signal LinkSpam = new("REP_LINK_SPAM", Groups.Learned, 3.0,
        "The invitation links to a domain that reported or spam-judged invitations linked to (R9, R21).");

    /// <summary>The authenticated organizer has a long, clean record.</summary>
    public static readonly Signal OrganizerGood = new("REP_ORGANIZER_GOOD", Groups.Learned, -1.0,
        "The authenticated ORGANIZER has been seen for weeks with clean invitations or not-spam reports and no spam evidence; modest by design, so warming an identity buys little.");

    /// <summary>The reputation store did not answer in time.</summary>
    public static readonly Signal Unavailable = new("REP_UNAVAILABLE", Groups.Learned, 0.0,
        "The reputation store did not answer within its time budget or failed; the verdict was computed without reputation.");

    /// <summary>Every reputation signal.</summary>
    public static IReadOnlyList<Signal> All { get; } = [OrganizerSpam, DkimSpam, IpSpam, NetworkSpam, LinkSpam, OrganizerGood, Unavailable];
}
