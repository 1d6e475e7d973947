using System.Globalization;
using Calguard.Decisions;
using Calguard.Host.Configuration;

namespace Calguard.Host.Outbound;

/// <summary>
/// The outbound check's settings (<c>Calguard:Outbound</c>). The defaults sit well below Google's one published figure
/// (about 10,000 external invitations "in a short period" puts a calendar in read-only mode): a sprayer that stays under
/// Google's ceiling with many accounts is what this check must stop. <c>docs/outbound.md</c> gives the reasoning.
/// </summary>
public sealed record OutboundOptions
{
    /// <summary>Invitations (one per attendee) an account may send per rolling hour.</summary>
    public long InvitationsPerHour { get; init; } = 500;

    /// <summary>Invitations (one per attendee) an account may send per rolling day.</summary>
    public long InvitationsPerDay { get; init; } = 2_000;

    /// <summary>Distinct recipients outside the service an account may invite per rolling day (R43: distinct recipients).</summary>
    public long ExternalRecipientsPerDay { get; init; } = 1_000;

    /// <summary>Recipients the account never wrote to before, per rolling day; beyond it the service is asked to challenge.</summary>
    public long NewRecipientsPerDay { get; init; } = 300;

    /// <summary>Invitations from one client IP address per hour, across every account (R5 b).</summary>
    public long InvitationsPerIpPerHour { get; init; } = 2_000;

    /// <summary>Invitations from one network (<see cref="Ipv4Prefix"/>, <see cref="Ipv6Prefix"/>) per hour, across every account.</summary>
    public long InvitationsPerNetworkPerHour { get; init; } = 10_000;

    /// <summary>The IPv4 network of a burst: /24.</summary>
    public int Ipv4Prefix { get; init; } = 24;

    /// <summary>The IPv6 network of a burst: /64, what one subscriber usually gets.</summary>
    public int Ipv6Prefix { get; init; } = 64;

    /// <summary>An account younger than this is new: its account limits are multiplied by <see cref="NewAccountFactor"/>.</summary>
    public TimeSpan NewAccountAge { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The factor on a new account's limits.</summary>
    public double NewAccountFactor { get; init; } = 0.1;

    /// <summary>The factor on the limits of a session without strong authentication (no second factor, passkey or SSO).</summary>
    public double WeakAuthFactor { get; init; } = 0.5;

    /// <summary>Accounts (ids or organizer addresses) on the allow list.</summary>
    public IReadOnlyList<string> AllowAccounts { get; init; } = [];

    /// <summary>Organisations on the allow list: organizer domains, their subdomains included.</summary>
    public IReadOnlyList<string> AllowDomains { get; init; } = [];

    /// <summary>The factor on an allow-listed account's limits (instead of the new-account and weak-auth factors): large, never unlimited.</summary>
    public double AllowListFactor { get; init; } = 20;

    /// <summary>Distinct accounts sending the same campaign fingerprint within <see cref="CampaignWindow"/> that make it a bot network.</summary>
    public int CampaignAccounts { get; init; } = 5;

    /// <summary>The window of the campaign signal.</summary>
    public TimeSpan CampaignWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Words (or a link) an event needs before its fingerprint counts: "Team meeting" from five accounts is no campaign.</summary>
    public int CampaignMinWords { get; init; } = 8;

    /// <summary>How far back complaints about the account count.</summary>
    public TimeSpan ComplaintWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Complaints in the window that hold the account's invitations.</summary>
    public int ComplaintsToHold { get; init; } = 3;

    /// <summary>Complaints in the window that deny them.</summary>
    public int ComplaintsToDeny { get; init; } = 10;

    /// <summary>An event (every instance) that ended longer ago than this never sends invitations.</summary>
    public TimeSpan PastEventGrace { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The most attendees one check may carry; more is a 400.</summary>
    public int MaxAttendees { get; init; } = 10_000;

    /// <summary>What content judged suspicious by the engine leads to.</summary>
    public OutboundDecision ContentSuspiciousAction { get; init; } = OutboundDecision.Challenge;

    /// <summary>What content judged spam by the engine leads to.</summary>
    public OutboundDecision ContentSpamAction { get; init; } = OutboundDecision.Deny;

    /// <summary>What an exceeded account limit (per hour, per day, external recipients per day) leads to.</summary>
    public OutboundDecision AccountLimitAction { get; init; } = OutboundDecision.Deny;

    /// <summary>What too many new recipients per day lead to.</summary>
    public OutboundDecision NewRecipientsAction { get; init; } = OutboundDecision.Challenge;

    /// <summary>What a burst from one IP address or network leads to.</summary>
    public OutboundDecision NetworkBurstAction { get; init; } = OutboundDecision.Challenge;

    /// <summary>What the same campaign from many accounts leads to.</summary>
    public OutboundDecision CampaignAction { get; init; } = OutboundDecision.Hold;

    /// <summary>How long decisions are kept.</summary>
    public TimeSpan DecisionRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How long held invitations are kept, whatever their status.</summary>
    public TimeSpan HeldRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>A recipient not written to for this long is forgotten (it counts as new again).</summary>
    public TimeSpan RecipientRetention { get; init; } = TimeSpan.FromDays(400);

    /// <summary>The most recipients remembered per account; the least recently written to go first.</summary>
    public int MaxRecipientsPerAccount { get; init; } = 10_000;

    /// <summary>How often the purge of old decisions, held invitations and recipients runs.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>What the milter does with a challenged invitation: <c>tempfail</c> (default), <c>quarantine</c> or <c>accept</c>.</summary>
    public string MilterChallenge { get; init; } = "tempfail";

    /// <summary>What the milter does with a held invitation: <c>quarantine</c> (default: the MTA's hold queue) or <c>tempfail</c>.</summary>
    public string MilterHold { get; init; } = "quarantine";

    /// <summary>The defaults.</summary>
    public static OutboundOptions Default { get; } = new();

    /// <summary>Reads <c>Calguard:Outbound</c>.</summary>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static OutboundOptions From(IConfiguration configuration)
    {
        var root = configuration.GetSection("Calguard:Outbound");
        var d = Default;
        var limits = root.GetSection("Limits");
        var newAccount = root.GetSection("NewAccount");
        var allow = root.GetSection("AllowList");
        var campaign = root.GetSection("Campaign");
        var complaints = root.GetSection("Complaints");
        var actions = root.GetSection("Actions");
        var retention = root.GetSection("Retention");
        var milter = root.GetSection("Milter");
        var options = new OutboundOptions
        {
            InvitationsPerHour = Count(limits, "InvitationsPerHour") ?? d.InvitationsPerHour,
            InvitationsPerDay = Count(limits, "InvitationsPerDay") ?? d.InvitationsPerDay,
            ExternalRecipientsPerDay = Count(limits, "ExternalRecipientsPerDay") ?? d.ExternalRecipientsPerDay,
            NewRecipientsPerDay = Count(limits, "NewRecipientsPerDay") ?? d.NewRecipientsPerDay,
            InvitationsPerIpPerHour = Count(limits, "InvitationsPerIpPerHour") ?? d.InvitationsPerIpPerHour,
            InvitationsPerNetworkPerHour = Count(limits, "InvitationsPerNetworkPerHour") ?? d.InvitationsPerNetworkPerHour,
            Ipv4Prefix = (int)(Count(limits, "Ipv4Prefix") ?? d.Ipv4Prefix),
            Ipv6Prefix = (int)(Count(limits, "Ipv6Prefix") ?? d.Ipv6Prefix),
            MaxAttendees = (int)(Count(limits, "MaxAttendees") ?? d.MaxAttendees),
            NewAccountAge = ConfigurationValues.Interval(newAccount, "Age") ?? d.NewAccountAge,
            NewAccountFactor = Factor(newAccount, "Factor") ?? d.NewAccountFactor,
            WeakAuthFactor = Factor(root, "WeakAuthFactor") ?? d.WeakAuthFactor,
            AllowAccounts = Settings.Strings(allow, "Accounts"),
            AllowDomains = Settings.Strings(allow, "Domains").Select(x => x.Trim().TrimEnd('.').ToLowerInvariant()).ToArray(),
            AllowListFactor = Factor(allow, "Factor") ?? d.AllowListFactor,
            CampaignAccounts = (int)(Count(campaign, "Accounts") ?? d.CampaignAccounts),
            CampaignWindow = ConfigurationValues.Interval(campaign, "Window") ?? d.CampaignWindow,
            CampaignMinWords = (int)(Count(campaign, "MinWords") ?? d.CampaignMinWords),
            ComplaintWindow = ConfigurationValues.Interval(complaints, "Window") ?? d.ComplaintWindow,
            ComplaintsToHold = (int)(Count(complaints, "Hold") ?? d.ComplaintsToHold),
            ComplaintsToDeny = (int)(Count(complaints, "Deny") ?? d.ComplaintsToDeny),
            PastEventGrace = ConfigurationValues.Interval(root, "PastEventGrace") ?? d.PastEventGrace,
            ContentSuspiciousAction = Action(actions, "ContentSuspicious") ?? d.ContentSuspiciousAction,
            ContentSpamAction = Action(actions, "ContentSpam") ?? d.ContentSpamAction,
            AccountLimitAction = Action(actions, "AccountLimits") ?? d.AccountLimitAction,
            NewRecipientsAction = Action(actions, "NewRecipients") ?? d.NewRecipientsAction,
            NetworkBurstAction = Action(actions, "NetworkBurst") ?? d.NetworkBurstAction,
            CampaignAction = Action(actions, "Campaign") ?? d.CampaignAction,
            DecisionRetention = ConfigurationValues.Interval(retention, "Decisions") ?? d.DecisionRetention,
            HeldRetention = ConfigurationValues.Interval(retention, "Held") ?? d.HeldRetention,
            RecipientRetention = ConfigurationValues.Interval(retention, "Recipients") ?? d.RecipientRetention,
            MaxRecipientsPerAccount = (int)(Count(retention, "MaxRecipientsPerAccount") ?? d.MaxRecipientsPerAccount),
            PurgeInterval = ConfigurationValues.Interval(retention, "PurgeInterval") ?? d.PurgeInterval,
            MilterChallenge = OneOf(milter, "Challenge", ["tempfail", "quarantine", "accept"]) ?? d.MilterChallenge,
            MilterHold = OneOf(milter, "Hold", ["quarantine", "tempfail"]) ?? d.MilterHold,
        };
        if (options.Ipv4Prefix is < 8 or > 32 || options.Ipv6Prefix is < 16 or > 128)
        {
            throw new FormatException("Calguard:Outbound:Limits:Ipv4Prefix must be 8..32 and Ipv6Prefix 16..128");
        }
        if (options.ComplaintsToDeny < options.ComplaintsToHold)
        {
            throw new FormatException("Calguard:Outbound:Complaints:Deny must not be below Hold");
        }
        return options;
    }

    private static long? Count(IConfigurationSection section, string key) =>
        section[key] is { } v ? long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
            : throw new FormatException($"{section.Path}:{key} must be a non-negative integer, not '{v}'") : null;

    private static double? Factor(IConfigurationSection section, string key) =>
        section[key] is { } v ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n) ? n
            : throw new FormatException($"{section.Path}:{key} must be a positive number, not '{v}'") : null;


    private static OutboundDecision? Action(IConfigurationSection section, string key)
    {
        if (section[key] is not { } v)
        {
            return null;
        }
        try
        {
            return OutboundDecisionNames.Parse(v);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{section.Path}:{key}: {e.Message}", e);
        }
    }

    private static string? OneOf(IConfigurationSection section, string key, string[] allowed) =>
        section[key] is { } v ? allowed.Contains(v.Trim().ToLowerInvariant()) ? v.Trim().ToLowerInvariant()
            : throw new FormatException($"{section.Path}:{key} must be one of {string.Join(", ", allowed)}, not '{v}'") : null;
}
