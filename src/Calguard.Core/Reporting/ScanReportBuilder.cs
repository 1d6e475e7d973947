using System.Globalization;
using Calguard.Decisions;

namespace Calguard.Reporting;

/// <summary>Builds the report object from a scan result and a decision; the CLI and the API both use it.</summary>
public static class ScanReportBuilder
{
    /// <summary>Builds a report.</summary>
    public static ScanReport Build(ScanResult result, Decision decision, string? recipient = null, Func<CalendarEvent, RecurrenceReport?>? recurrence = null)
    {
        var invitations = new List<InvitationReport>();
        foreach (var (calendar, ev) in result.Invitation.Events)
        {
            invitations.Add(new InvitationReport
            {
                Method = calendar.Method,
                Uid = ev.Uid,
                Sequence = ev.Sequence,
                Organizer = ev.Organizer?.Address ?? ev.Organizer?.RawValue,
                Summary = ev.Summary,
                Start = ev.StartUtc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Attendees = ev.Attendees.Count + ev.DroppedAttendees,
                Alarms = ev.Alarms.Count,
                Recurrence = ev.IsRecurring ? recurrence?.Invoke(ev) ?? Recurrence(ev, result.Invitation.Transport.ArrivalTime.UtcDateTime) : null,
            });
            if (invitations.Count >= 100)
            {
                break;
            }
        }
        return new ScanReport
        {
            Source = result.Invitation.Source,
            Verdict = result.Verdict.Name,
            Score = result.Verdict.Score,
            Action = decision.Action.ToName(),
            Symbols = result.Verdict.Hits.Select(h => new SymbolReport(h.Name, h.Score, h.Detail)).ToArray(),
            Invitations = invitations,
            Decision = new DecisionReport
            {
                Recipient = recipient,
                Action = decision.Action.ToName(),
                Reasons = decision.Reasons,
                AutoAdd = decision.AutoAdd,
                StripAlarms = decision.StripAlarms,
                SuppressDefaultAlarms = decision.SuppressDefaultAlarms,
                CapInstances = decision.CapInstances,
                MakeTransparent = decision.MakeTransparent,
                Demote = decision.Demote,
                Relationship = decision.Relationship.Kind.ToString().ToLowerInvariant(),
                OrganizerAuthenticated = decision.Relationship.Authenticated,
            },
        };
    }

    private static RecurrenceReport Recurrence(CalendarEvent ev, DateTime arrivalUtc)
    {
        var summary = Analysis.RecurrenceFacts.For(ev, arrivalUtc);
        return new RecurrenceReport
        {
            Rule = ev.RecurrenceRules.FirstOrDefault(),
            Unbounded = summary?.IsUnbounded ?? false,
            InstancesInHorizon = summary?.InstancesInHorizon,
            AtLeast = summary?.InstanceCountIsLowerBound ?? false,
            ShortestIntervalSeconds = summary?.ShortestInterval?.TotalSeconds,
        };
    }

    /// <summary>A report for input that could not be read at all.</summary>
    public static ScanReport Failed(string source, string error) => new()
    {
        Source = source,
        Verdict = "clean",
        Score = 0,
        Action = "accept",
        Symbols = [],
        Invitations = [],
        Error = error,
    };
}
