using Calguard.Scoring;

namespace Calguard.Decisions;

/// <summary>
/// Verdict + relationship + policy → one decision with its reasons. Spam never reaches the calendar (R16);
/// auto-add only for authenticated known senders by default (R22, R40, R44, R46); alarms of untrusted
/// invitations are switched off, user defaults included (R23, R35); only REQUEST-like methods create events.
/// </summary>
public static class Decider
{
    private static readonly string[] CreatingMethods = ["REQUEST", "ADD", "PUBLISH"];

    /// <summary>Decides for one recipient.</summary>
    public static Decision Decide(Invitation invitation, Verdict verdict, RecipientPolicy policy, Relationship relationship, ScoringOptions scoring)
    {
        var reasons = new List<string>();
        var score = verdict.Score;

        if (relationship.Kind == RelationshipKind.BlockListed)
        {
            reasons.Add($"quarantined: organizer {relationship.Organizer} is on the block list");
            return Hold(DecisionAction.Quarantine, reasons, relationship);
        }
        if (policy.RejectThreshold is { } reject && score >= reject)
        {
            reasons.Add($"rejected: score {score:0.##} is at or above the reject threshold {reject:0.##}");
            return Hold(DecisionAction.Reject, reasons, relationship);
        }
        var quarantineAt = Math.Min(policy.QuarantineThreshold ?? scoring.SpamThreshold, scoring.SpamThreshold);
        if (verdict.Kind == VerdictKind.Spam || score >= quarantineAt)
        {
            reasons.Add($"quarantined: verdict {verdict.Name} (score {score:0.##}, quarantine at {quarantineAt:0.##}); spam never reaches the calendar");
            return Hold(DecisionAction.Quarantine, reasons, relationship);
        }

        var calendars = invitation.Calendars.ToList();
        if (calendars.Count == 0)
        {
            reasons.Add("no calendar data: nothing to add");
            return new Decision { Action = DecisionAction.Accept, Reasons = reasons, AutoAdd = false, Relationship = relationship };
        }

        var creates = calendars.Any(c => c.Method is null || CreatingMethods.Contains(c.Method));
        var suspicious = verdict.Kind == VerdictKind.Suspicious;
        var trusted = relationship.IsTrusted;

        if (!creates)
        {
            // REPLY, CANCEL, COUNTER … only update an event the user already has (R46).
            var methods = string.Join("/", calendars.Select(c => c.Method).Distinct());
            if (!suspicious && relationship.Authenticated)
            {
                reasons.Add($"METHOD:{methods} only updates an existing event and never creates one; its organizer is authenticated");
                return new Decision { Action = DecisionAction.Accept, Reasons = reasons, AutoAdd = true, Relationship = relationship };
            }
            reasons.Add(suspicious
                ? $"not processed automatically: METHOD:{methods} is suspicious (score {score:0.##})"
                : $"not processed automatically: METHOD:{methods} comes from an organizer that is not authenticated");
            return new Decision { Action = DecisionAction.DeliverNoAutoAdd, Reasons = reasons, AutoAdd = false, Relationship = relationship };
        }

        var hasAlarms = invitation.Events.Any(e => e.Event.Alarms.Count > 0);
        var cap = NeedsCap(invitation, policy.MaxInstances, trusted) ? policy.MaxInstances : (int?)null;

        if (relationship.Kind == RelationshipKind.AllowListed && relationship.Authenticated)
        {
            reasons.Add($"accepted: organizer {relationship.Organizer} is on the allow list and authenticated");
            var strip = hasAlarms && (policy.Alarms == AlarmPolicy.StripAll || ViolatesMinimumInterval(invitation, policy));
            return new Decision
            {
                Action = DecisionAction.Accept,
                Reasons = reasons,
                AutoAdd = true,
                StripAlarms = strip,
                CapInstances = cap,
                Relationship = relationship,
            };
        }

        if (suspicious)
        {
            reasons.Add($"sanitised: verdict suspicious (score {score:0.##}); auto-add skipped");
            if (relationship.Organizer is not null)
            {
                reasons.Add($"organizer {relationship.Organizer} is {relationship.Describe()} and {(relationship.Authenticated ? "authenticated" : "not authenticated")}");
            }
            var strip = hasAlarms && policy.Alarms != AlarmPolicy.Keep;
            if (strip)
            {
                reasons.Add("alarms removed, and no default alarms either");
            }
            reasons.Add("event made transparent so it does not block time");
            if (cap is not null)
            {
                reasons.Add($"recurrence capped at {cap} instances");
            }
            return new Decision
            {
                Action = DecisionAction.Sanitize,
                Reasons = reasons,
                AutoAdd = false,
                StripAlarms = strip,
                SuppressDefaultAlarms = true,
                MakeTransparent = true,
                CapInstances = cap,
                Demote = policy.NoAutoAddSignal == NoAutoAddSignal.Demote,
                Relationship = relationship,
            };
        }

        // Clean.
        var autoAdd = policy.AutoAdd switch
        {
            AutoAddPolicy.Everyone => true,
            AutoAddPolicy.Nobody => false,
            _ => trusted,
        };
        if (policy.AutoAdd == AutoAddPolicy.Nobody)
        {
            reasons.Add("auto-add skipped: the recipient's policy adds nothing automatically");
        }
        else if (!autoAdd)
        {
            reasons.Add(relationship.Organizer is null
                ? "auto-add skipped: the invitation names no organizer"
                : relationship.Kind == RelationshipKind.Unknown
                    ? $"auto-add skipped: organizer {relationship.Organizer} is {relationship.Describe()}{(relationship.Authenticated ? string.Empty : " and not authenticated")}"
                    : $"auto-add skipped: organizer {relationship.Organizer} is {relationship.Describe()} but not authenticated");
        }
        else
        {
            reasons.Add(policy.AutoAdd == AutoAddPolicy.Everyone
                ? "accepted: clean, and the recipient's policy adds invitations from everyone"
                : $"accepted: organizer {relationship.Organizer} is {relationship.Describe()} and authenticated");
        }

        var calendarBytes = invitation.Parts.Sum(p => p.Content.Length);
        var attendees = invitation.Events.Select(e => e.Event.Attendees.Count + e.Event.DroppedAttendees).DefaultIfEmpty(0).Max();
        if (autoAdd && calendarBytes > policy.MaxCalendarBytes)
        {
            autoAdd = false;
            reasons.Add($"auto-add skipped: {calendarBytes} bytes of calendar data exceed the limit of {policy.MaxCalendarBytes}");
        }
        if (autoAdd && attendees > policy.MaxAttendees)
        {
            autoAdd = false;
            reasons.Add($"auto-add skipped: {attendees} attendees exceed the limit of {policy.MaxAttendees}");
        }

        var stripAlarms = hasAlarms && (policy.Alarms == AlarmPolicy.StripAll || (policy.Alarms == AlarmPolicy.StripUntrusted && !trusted) ||
                                        ViolatesMinimumInterval(invitation, policy));
        if (stripAlarms)
        {
            reasons.Add(trusted ? "alarms removed by the recipient's alarm policy" : "alarms removed: the invitation is not trusted");
        }
        if (!trusted)
        {
            reasons.Add("no alarms, not even the user's defaults: the invitation is not trusted");
        }
        if (cap is not null)
        {
            reasons.Add($"recurrence capped at {cap} instances");
        }
        var rewrite = stripAlarms || cap is not null || (!autoAdd && policy.NoAutoAddSignal == NoAutoAddSignal.Demote);
        var action = autoAdd ? DecisionAction.Accept : rewrite ? DecisionAction.Sanitize : DecisionAction.DeliverNoAutoAdd;
        return new Decision
        {
            Action = action,
            Reasons = reasons,
            AutoAdd = autoAdd,
            StripAlarms = stripAlarms,
            SuppressDefaultAlarms = !trusted,
            CapInstances = cap,
            Demote = !autoAdd && policy.NoAutoAddSignal == NoAutoAddSignal.Demote,
            Relationship = relationship,
        };
    }

    private static Decision Hold(DecisionAction action, List<string> reasons, Relationship relationship) =>
        new() { Action = action, Reasons = reasons, AutoAdd = false, SuppressDefaultAlarms = true, Relationship = relationship };

    /// <summary>
    /// True when a series must be capped: it is endless or longer than <paramref name="maxInstances"/>, and either the
    /// invitation is not trusted or the series floods the horizon with more than that many instances.
    /// </summary>
    internal static bool NeedsCap(Invitation invitation, int maxInstances, bool trusted)
    {
        var arrival = invitation.Transport.ArrivalTime.UtcDateTime;
        foreach (var (_, ev) in invitation.Events)
        {
            if (Analysis.RecurrenceFacts.For(ev, arrival) is not { } summary)
            {
                continue;
            }
            var tooLong = summary.IsUnbounded || summary.TotalInstances is null || summary.TotalInstances > maxInstances;
            if (tooLong && (!trusted || summary.InstancesInHorizon > maxInstances))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ViolatesMinimumInterval(Invitation invitation, RecipientPolicy policy)
    {
        if (policy.MinimumAlarmInterval is not { } minimum)
        {
            return false;
        }
        foreach (var (_, ev) in invitation.Events)
        {
            if (ev.Alarms.Any(a => a.Repeat > 0 && a.RepeatInterval is { } gap && gap < minimum))
            {
                return true;
            }
            var offsets = ev.Alarms.Select(a => a.TriggerOffset).OfType<TimeSpan>().Order().ToList();
            for (var i = 1; i < offsets.Count; i++)
            {
                if (offsets[i] - offsets[i - 1] < minimum)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
