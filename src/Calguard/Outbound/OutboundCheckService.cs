using System.Diagnostics;
using System.Globalization;
using System.Text;
using Calguard.Host.Hosting;
using Calguard.Provenance;
using Calguard.Scoring;
using Calguard.Storage.Outbound;

namespace Calguard.Host.Outbound;

/// <summary>
/// The outbound check: may this account send these invitations now? Every surface calls it — <c>POST
/// /v1/invitations/check</c> for calendar services (CalDAV, JMAP, webmail) and the milter for authenticated submissions —
/// so that one set of counters and one record serve both (R4, R28: controls at the calendar tier and the mail tier).
/// </summary>
/// <remarks>
/// Signals, in order: the engine's content rules on the event (R6); imports and events already over, which never send;
/// complaints about the account; the same campaign from many accounts (a bot network); then the limits (R7 (4), R43):
/// invitations per hour and per day, distinct external recipients per day, recipients never written to before, bursts
/// from one IP address or network across accounts. New accounts and sessions without strong authentication get
/// smaller limits; allow-listed accounts larger ones. The decision is the strictest any signal asks for.
/// </remarks>
public sealed class OutboundCheckService
{
    private readonly Pipeline _pipeline;
    private readonly QuotaLedger _ledger;
    private readonly SqlOutboundStore _store;
    private readonly OutboundOptions _options;
    private readonly CalguardMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly IOutboundComplaints[] _complaints;

    /// <summary>Creates the service.</summary>
    public OutboundCheckService(Pipeline pipeline, Storage.Counters.ISlidingWindowCounter counters, SqlOutboundStore store, OutboundOptions options,
        CalguardMetrics metrics, TimeProvider time, IEnumerable<IOutboundComplaints> complaints)
    {
        _pipeline = pipeline;
        _ledger = new QuotaLedger(counters);
        _store = store;
        _options = options;
        _metrics = metrics;
        _time = time;
        _complaints = [.. complaints];
    }

    /// <summary>The settings.</summary>
    public OutboundOptions Options => _options;

    /// <summary>The store of decisions, held invitations and recipients.</summary>
    public SqlOutboundStore Store => _store;

    /// <summary>Checks one invitation, counts it when it may go, and records the decision (and the held invitation).</summary>
    /// <param name="request">The invitation; its attendees distinct and its addresses normalised.</param>
    /// <param name="channel"><c>api</c> or <c>milter</c>: a held invitation is stored for the API, the MTA holds the milter's itself.</param>
    /// <param name="cancellationToken">Cancels before anything is counted.</param>
    /// <exception cref="InvalidCalendarException">The calendar text holds no event.</exception>
    /// <exception cref="System.Data.Common.DbException">The store failed.</exception>
    /// <exception cref="StackExchange.Redis.RedisException">Shared counters are configured and Redis failed.</exception>
    public async Task<OutboundCheckResult> CheckAsync(OutboundCheckRequest request, string channel = "api", CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await RunAsync(request, channel, cancellationToken).ConfigureAwait(false);
            _metrics.OutboundChecks.WithLabels(channel, OutboundDecisionNames.ToName(result.Decision)).Inc();
            foreach (var reason in result.Reasons)
            {
                _metrics.OutboundReasons.WithLabels(reason.Name).Inc();
            }
            if (result.Decision == OutboundDecision.Hold && channel == "api")
            {
                _metrics.OutboundHeld.WithLabels("held").Inc();
            }
            return result;
        }
        catch (Exception e) when (e is not (InvalidCalendarException or OperationCanceledException))
        {
            _metrics.Failures.WithLabels("outbound-" + channel).Inc();
            throw;
        }
        finally
        {
            _metrics.OutboundDuration.WithLabels(channel).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private async Task<OutboundCheckResult> RunAsync(OutboundCheckRequest request, string channel, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var organizer = request.Organizer;
        var reasons = new List<OutboundReason>();
        var decision = OutboundDecision.Allow;
        void Raise(OutboundDecision action, string name, string detail)
        {
            reasons.Add(new OutboundReason(name, detail));
            decision = action > decision ? action : decision;
        }

        // Content (R6): the engine's rules on the event as the recipients would get it.
        var context = new ScanContext
        {
            Source = channel + ":outbound",
            ClientIp = request.Client.Ip,
            AuthenticatedUser = organizer.Account,
            ArrivalTime = now,
        };
        var scan = _pipeline.Engine.Scan(Encoding.UTF8.GetBytes(request.Calendar), context);
        var events = scan.Invitation.Events.Where(e => e.Event.Kind == ComponentKind.Event).Select(e => e.Event).ToArray();
        if (events.Length == 0)
        {
            throw new InvalidCalendarException(scan.Invitation.HasCalendar
                ? "the calendar holds no VEVENT: there is no event to invite to"
                : "the calendar is not iCalendar (no BEGIN:VCALENDAR … END:VCALENDAR with a VEVENT)");
        }
        var verdict = scan.Verdict;
        var scoring = _pipeline.Engine.Options.Scoring;
        if (verdict.Kind == VerdictKind.Spam)
        {
            Raise(_options.ContentSpamAction, "CONTENT_SPAM", string.Create(CultureInfo.InvariantCulture,
                $"the event reads as spam (score {verdict.Score:0.##}, spam from {scoring.SpamThreshold:0.##})"));
        }
        else if (verdict.Kind == VerdictKind.Suspicious)
        {
            Raise(_options.ContentSuspiciousAction, "CONTENT_SUSPICIOUS", string.Create(CultureInfo.InvariantCulture,
                $"the event reads as suspicious (score {verdict.Score:0.##}, suspicious from {scoring.SuspiciousThreshold:0.##})"));
        }
        if (verdict.Kind != VerdictKind.Clean)
        {
            foreach (var hit in verdict.Hits.Where(h => h.Score > 0).Take(3))
            {
                reasons.Add(new OutboundReason(hit.Name, hit.Detail));
            }
        }

        // Never send: an import, or an event that is over (Nextcloud re-sending history).
        if (request.Origin == InvitationOrigin.Import)
        {
            Raise(OutboundDecision.Deny, "IMPORT_NEVER_SENDS", "an imported event never sends invitations: add it to the calendar without scheduling");
        }
        else if (events.Select(e => EventTiming.OverSince(e, now.UtcDateTime, _options.PastEventGrace, _pipeline.Engine.Options.Analysis)).ToArray() is var over
                 && over.All(e => e is not null))
        {
            Raise(OutboundDecision.Deny, "EVENT_OVER", string.Create(CultureInfo.InvariantCulture,
                $"the event ended {over.Max():yyyy-MM-dd HH:mm} UTC: invitations for past events are never sent"));
        }

        var allowListed = IsAllowListed(organizer);
        var isNew = !allowListed && organizer.CreatedAt is { } created && now - created < _options.NewAccountAge;
        var weakAuth = !allowListed && !organizer.StrongAuth;

        // Complaints from other operators' ARF reports, when a source is registered.
        if (_complaints.Length > 0)
        {
            var complaints = 0;
            foreach (var source in _complaints)
            {
                complaints = Math.Max(complaints, await source.CountAsync(organizer.Address, _options.ComplaintWindow, cancellationToken).ConfigureAwait(false));
            }
            if (complaints >= _options.ComplaintsToDeny || complaints >= _options.ComplaintsToHold)
            {
                Raise(complaints >= _options.ComplaintsToDeny ? OutboundDecision.Deny : OutboundDecision.Hold, "ACCOUNT_COMPLAINTS",
                    $"recipients reported {complaints} invitations from this account as spam within {Describe(_options.ComplaintWindow)}");
            }
        }

        // A bot network: the same campaign from many accounts. Counted for every check, whatever the decision.
        var fingerprint = CampaignFingerprint.Compute(scan.Invitation);
        var accountKey = Uri.EscapeDataString(organizer.Account);
        if (!allowListed && Substantial(events[0], fingerprint))
        {
            var accounts = await CampaignAccountsAsync(fingerprint.Value, accountKey, cancellationToken).ConfigureAwait(false);
            if (accounts >= _options.CampaignAccounts)
            {
                Raise(_options.CampaignAction, "CAMPAIGN_ACROSS_ACCOUNTS",
                    $"the same invitation text came from {accounts} accounts within {Describe(_options.CampaignWindow)}");
            }
        }

        // Recipients: never written to before, and distinct external ones once per rolling day.
        var addresses = request.Attendees.Select(a => a.Address).ToArray();
        var known = await _store.KnownRecipientsAsync(organizer.Account, addresses, cancellationToken).ConfigureAwait(false);
        var newRecipients = addresses.Count(a => !known.ContainsKey(a));
        var dayAgo = now - TimeSpan.FromDays(1);
        var countedToday = request.Attendees.Where(a => !a.Internal && (!known.TryGetValue(a.Address, out var k) || k.CountedAt <= dayAgo))
            .Select(a => a.Address).ToHashSet(StringComparer.Ordinal);

        var limits = Limits(request, accountKey, allowListed, isNew, weakAuth, newRecipients, countedToday.Count);
        var usage = await ApplyLimitsAsync(limits, () => decision, Raise, cancellationToken).ConfigureAwait(false);

        if (decision != OutboundDecision.Allow && reasons.Any(r => r.Name.StartsWith("LIMIT_", StringComparison.Ordinal)))
        {
            if (isNew)
            {
                reasons.Add(new OutboundReason("NEW_ACCOUNT", string.Create(CultureInfo.InvariantCulture,
                    $"the account is younger than {Describe(_options.NewAccountAge)}: its limits are {_options.NewAccountFactor:0.##}× the usual")));
            }
            if (weakAuth)
            {
                reasons.Add(new OutboundReason("WEAK_AUTH", string.Create(CultureInfo.InvariantCulture,
                    $"the session has no strong authentication: limits are {_options.WeakAuthFactor:0.##}× the usual; sign in with a second factor for more")));
            }
        }

        var first = events[0];
        var sent = decision <= OutboundDecision.Challenge;
        var tenant = Reading.CalendarAddress.DomainOf(organizer.Address) ?? string.Empty;
        var record = new OutboundDecisionRecord
        {
            Account = organizer.Account,
            Organizer = organizer.Address,
            Tenant = tenant,
            Channel = channel,
            Origin = OriginName(request.Origin),
            Decision = OutboundDecisionNames.ToName(decision),
            Reasons = reasons,
            Uid = first.Uid,
            Summary = first.Summary is { Length: > 200 } s ? s[..200] : first.Summary,
            Attendees = request.Attendees.Count,
            ExternalAttendees = request.Attendees.Count(a => !a.Internal),
            ClientIp = request.Client.Ip,
            UserAgent = request.Client.UserAgent,
            Fingerprint = fingerprint.Value,
            CreatedAt = now,
        };
        var held = decision == OutboundDecision.Hold && channel == "api"
            ? new HeldInvitation
            {
                Account = organizer.Account,
                Organizer = organizer.Address,
                Tenant = tenant,
                Origin = record.Origin,
                Uid = record.Uid,
                Summary = record.Summary,
                Attendees = request.Attendees,
                Calendar = request.Calendar,
                Reasons = reasons,
                ClientIp = request.Client.Ip,
                CreatedAt = now,
            }
            : null;
        var id = await _store.RecordAsync(record, held, sent ? addresses : [], sent ? countedToday : new HashSet<string>(), CancellationToken.None).ConfigureAwait(false);
        return new OutboundCheckResult(id, decision, reasons, usage);
    }

    /// <summary>
    /// Releases or drops a held invitation (only while it is held). A release counts the invitation against the account's
    /// hourly and daily invitations, unlimited (an operator's word overrides the limits), and remembers its recipients.
    /// </summary>
    /// <returns>The invitation after the change, and whether this call changed it; null when there is no such invitation.</returns>
    public async Task<(HeldInvitation Invitation, bool Changed)?> DecideHeldAsync(long id, HeldStatus status, string by, CancellationToken cancellationToken = default)
    {
        var before = await _store.GetHeldAsync(id, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return null;
        }
        var changed = await _store.DecideHeldAsync(id, status, by, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (changed)
        {
            _metrics.OutboundHeld.WithLabels(HeldStatusNames.ToName(status)).Inc();
            if (status == HeldStatus.Released)
            {
                var account = $"outbound:account:{Uri.EscapeDataString(before.Account)}";
                await _ledger.AddAsync(account + ":invitations:hour", TimeSpan.FromHours(1), before.Attendees.Count, CancellationToken.None).ConfigureAwait(false);
                await _ledger.AddAsync(account + ":invitations:day", TimeSpan.FromDays(1), before.Attendees.Count, CancellationToken.None).ConfigureAwait(false);
                await _store.RememberAsync(before.Account, before.Attendees.Select(a => a.Address).ToArray(), _time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
        }
        var after = await _store.GetHeldAsync(id, cancellationToken).ConfigureAwait(false) ?? before;
        return (after, changed);
    }

    /// <summary>
    /// Hard limits first, in a fixed order, each reserved; if one is passed, or anything else already stops the invitation,
    /// every reservation is given back, so a refused invitation consumes nothing. Soft limits (challenge) come last, when
    /// the invitation will be sent (perhaps after the challenge), and count it whether they are passed or not.
    /// </summary>
    private async Task<IReadOnlyList<LimitUsage>> ApplyLimitsAsync(IReadOnlyList<OutboundLimit> limits, Func<OutboundDecision> current,
        Action<OutboundDecision, string, string> raise, CancellationToken cancellationToken)
    {
        var used = new long?[limits.Count];
        var reserved = new List<QuotaReservation>();
        if (current() < OutboundDecision.Hold)
        {
            for (var i = 0; i < limits.Count && current() < OutboundDecision.Hold; i++)
            {
                var limit = limits[i];
                if (!limit.IsHard)
                {
                    continue;
                }
                var r = await _ledger.ReserveAsync(limit.Key, limit.Window, limit.Amount, limit.Limit, cancellationToken).ConfigureAwait(false);
                if (r.Granted)
                {
                    reserved.Add(r);
                    used[i] = r.Used;
                }
                else
                {
                    used[i] = r.Used;
                    raise(limit.Action, limit.Reason, Passed(limit, r.Used));
                }
            }
        }
        if (current() >= OutboundDecision.Hold)
        {
            for (var i = 0; i < reserved.Count; i++)
            {
                await _ledger.ReleaseAsync(reserved[i], CancellationToken.None).ConfigureAwait(false);
            }
            for (var i = 0; i < limits.Count; i++)
            {
                if (limits[i].IsHard && used[i] is not null && reserved.Any(r => r.Key == limits[i].Key))
                {
                    used[i] -= limits[i].Amount;
                }
            }
        }
        else
        {
            for (var i = 0; i < limits.Count; i++)
            {
                var limit = limits[i];
                if (limit.IsHard || limit.Key.Length == 0)
                {
                    continue;
                }
                var r = await _ledger.ReserveAsync(limit.Key, limit.Window, limit.Amount, limit.Limit, cancellationToken).ConfigureAwait(false);
                used[i] = r.Used;
                if (!r.Granted)
                {
                    raise(limit.Action, limit.Reason, Passed(limit, r.Used));
                    // Challenged invitations are sent once the person passes the challenge: they count.
                    used[i] = await _ledger.AddAsync(limit.Key, limit.Window, limit.Amount, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        var usage = new LimitUsage[limits.Count];
        for (var i = 0; i < limits.Count; i++)
        {
            var limit = limits[i];
            var u = used[i] ?? (limit.Key.Length == 0 ? 0 : await _ledger.UsedAsync(limit.Key, limit.Window, cancellationToken).ConfigureAwait(false));
            usage[i] = new LimitUsage(limit.Name, u, limit.Limit, limit.Window);
        }
        return usage;
    }

    private static string Passed(OutboundLimit limit, long used) => string.Create(CultureInfo.InvariantCulture,
        $"this invitation would bring the account to {used + limit.Amount} {limit.What} within {Describe(limit.Window)}; the limit is {limit.Limit}");

    private IReadOnlyList<OutboundLimit> Limits(OutboundCheckRequest request, string accountKey, bool allowListed, bool isNew, bool weakAuth, int newRecipients, int externalToday)
    {
        var factor = allowListed ? _options.AllowListFactor : (isNew ? _options.NewAccountFactor : 1) * (weakAuth ? _options.WeakAuthFactor : 1);
        long Scaled(long value) => value == 0 ? 0 : Math.Max(1, (long)Math.Floor(value * factor));
        var hour = TimeSpan.FromHours(1);
        var day = TimeSpan.FromDays(1);
        var account = $"outbound:account:{accountKey}";
        var count = request.Attendees.Count;
        var o = _options;
        var ip = allowListed ? null : request.Client.Ip;
        var network = NetworkPrefix.Of(ip, o.Ipv4Prefix, o.Ipv6Prefix);
        return
        [
            new("invitations-per-hour", "LIMIT_INVITATIONS_PER_HOUR", "invitations", account + ":invitations:hour", hour, count, Scaled(o.InvitationsPerHour), o.AccountLimitAction),
            new("invitations-per-day", "LIMIT_INVITATIONS_PER_DAY", "invitations", account + ":invitations:day", day, count, Scaled(o.InvitationsPerDay), o.AccountLimitAction),
            new("external-recipients-per-day", "LIMIT_EXTERNAL_RECIPIENTS_PER_DAY", "distinct external recipients", account + ":external:day", day, externalToday,
                Scaled(o.ExternalRecipientsPerDay), o.AccountLimitAction),
            new("new-recipients-per-day", "LIMIT_NEW_RECIPIENTS_PER_DAY", "recipients never written to before", account + ":new:day", day, newRecipients,
                Scaled(o.NewRecipientsPerDay), o.NewRecipientsAction),
            // Across accounts, so not scaled by one account's standing; allow-listed accounts neither count nor are counted.
            new("ip-invitations-per-hour", "LIMIT_IP_BURST", "invitations from this IP address", ip is null ? string.Empty : $"outbound:ip:{ip}:hour", hour,
                ip is null ? 0 : count, o.InvitationsPerIpPerHour, o.NetworkBurstAction),
            new("network-invitations-per-hour", "LIMIT_NETWORK_BURST", "invitations from this network", network is null ? string.Empty : $"outbound:network:{network}:hour", hour,
                network is null ? 0 : count, o.InvitationsPerNetworkPerHour, o.NetworkBurstAction),
        ];
    }

    private async Task<long> CampaignAccountsAsync(string fingerprint, string accountKey, CancellationToken cancellationToken)
    {
        // A marker per (campaign, account) admits each account once per window; only then does the account count grow.
        var window = _options.CampaignWindow;
        var first = await _ledger.Counter.AddAsync($"outbound:campaign:{fingerprint}:account:{accountKey}", window, 1, 1, cancellationToken).ConfigureAwait(false);
        var accounts = $"outbound:campaign:{fingerprint}:accounts";
        return first.Allowed
            ? (await _ledger.Counter.AddAsync(accounts, window, 1, null, cancellationToken).ConfigureAwait(false)).Count
            : await _ledger.Counter.CountAsync(accounts, window, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Enough text (or a link) to tell a campaign from a common title like "Team meeting".</summary>
    private bool Substantial(CalendarEvent ev, CampaignFingerprint fingerprint)
    {
        if (fingerprint.LinkDomains.Count > 0)
        {
            return true;
        }
        var text = string.Join(' ', new[] { ev.Summary, ev.Description, ev.Location }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return Analysis.Text.TextNormaliser.Words(Analysis.Text.TextNormaliser.Normalise(text).Text).Count >= _options.CampaignMinWords;
    }

    private bool IsAllowListed(OutboundOrganizer organizer)
    {
        if (_options.AllowAccounts.Any(a => string.Equals(a, organizer.Account, StringComparison.Ordinal) || string.Equals(a, organizer.Address, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var domain = Reading.CalendarAddress.DomainOf(organizer.Address);
        return domain is not null && _options.AllowDomains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }

    /// <summary>The name of an origin in JSON and records.</summary>
    public static string OriginName(InvitationOrigin origin) => origin switch
    {
        InvitationOrigin.Update => "update",
        InvitationOrigin.Import => "import",
        _ => "create",
    };

    /// <summary>A window as ISO 8601 (<c>PT1H</c>, <c>P1D</c>).</summary>
    public static string Iso(TimeSpan window) => System.Xml.XmlConvert.ToString(window);

    private static string Describe(TimeSpan window) => window switch
    {
        { TotalDays: >= 1 } when window.TotalDays % 1 == 0 => window.TotalDays == 1 ? "a day" : $"{window.TotalDays:0} days",
        { TotalHours: >= 1 } when window.TotalHours % 1 == 0 => window.TotalHours == 1 ? "an hour" : $"{window.TotalHours:0} hours",
        _ => $"{window.TotalMinutes:0} minutes",
    };
}
