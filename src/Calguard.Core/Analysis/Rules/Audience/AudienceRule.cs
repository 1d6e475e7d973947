using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Audience;

/// <summary>
/// Who is invited (practice document §5.3: forty unrelated attendees, absurd SEQUENCE values): spam sprays
/// strangers; meetings invite people who belong together.
/// </summary>
public sealed class AudienceRule : Rule
{
    /// <summary>A crowd of free-mail strangers.</summary>
    public static readonly Signal FreemailSpread = new("ATTENDEES_FREEMAIL_SPREAD", Groups.Audience, 2.5,
        "Ten or more attendees (in an event without attendees, To and Cc addresses), mostly at free mail providers of several kinds: strangers sprayed with one invitation.");

    /// <summary>A free-mail account inviting a crowd of free-mail addresses.</summary>
    public static readonly Signal FreemailCrowd = new("ATTENDEES_FREEMAIL_CROWD", Groups.Audience, 2.5,
        "A free-mail organizer invites a hundred or more free-mail addresses, as attendees or in To and Cc: a private account holds meetings for people it knows, not for a crowd of private strangers.");

    // Friends' parties, clubs and parish groups sent from free mail list a few dozen people; the mass invitations of
    // §5.3 list hundreds. An organisation's webinar is sent from its own domain.
    private const int CrowdSize = 100;

    /// <summary>Unrelated domains.</summary>
    public static readonly Signal Unrelated = new("ATTENDEES_UNRELATED", Groups.Audience, 1.5,
        "Ten or more attendees (in an event without attendees, To and Cc addresses) spread over many organisations, none of them the organizer's.");

    /// <summary>Very many attendees.</summary>
    public static readonly Signal Many = new("ATTENDEES_MANY", Groups.Audience, 0.4,
        "The invitation lists more than fifty attendees.");

    /// <summary>The recipient is not invited.</summary>
    public static readonly Signal NotInvited = new("RECIPIENT_NOT_ATTENDEE", Groups.Audience, 1.0,
        "The recipient is neither the organizer nor an attendee of the invitation it received.");

    /// <summary>SEQUENCE far too high for a first contact.</summary>
    public static readonly Signal AbsurdSequence = new("SEQUENCE_ABSURD", Groups.Audience, 2.0,
        "SEQUENCE is far higher than a real event ever gets: the same invitation was edited and re-sent over and over.");

    // A crafted To line can name thousands; a few hundred tell the crowd as well.
    private const int MaxHeaderRecipients = 500;

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [FreemailSpread, FreemailCrowd, Unrelated, Many, NotInvited, AbsurdSequence];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var (calendar, ev) in context.Events)
        {
            if (calendar.Method is "REPLY" or "COUNTER" or "REFRESH")
            {
                continue;
            }
            var attendees = ev.Attendees.Where(a => a.Address is not null && a.UserType is not ("ROOM" or "RESOURCE")).ToList();
            var total = attendees.Count + ev.DroppedAttendees;
            if (total >= 10)
            {
                Crowd(attendees.Select(a => a.Domain!).ToList(), ev.Organizer?.Address, ev.Organizer?.Domain, "attendees", hits);
            }
            if (total > 50)
            {
                hits.Add(Many, $"{total} attendees");
            }
            // Outlook series edited for months reach a few dozen; the re-sent spam of §5.3 reaches hundreds or thousands.
            if (ev.Sequence is > 40 && calendar.Method is "REQUEST" or "CANCEL" or "ADD")
            {
                hits.Add(AbsurdSequence, $"SEQUENCE:{ev.Sequence}", ev.Sequence > 100 ? 1.5 : 1.0);
            }
        }

        // Zoom and hand-rolled tools send an event without attendees; the crowd it was sprayed at is then in To and Cc.
        var message = context.Invitation.Message;
        if (context.Events.Any() && context.Events.All(e => e.Event.Attendees.Count == 0 && e.Event.DroppedAttendees == 0) &&
            message.To.Count + message.Cc.Count >= 10)
        {
            var domains = message.To.Concat(message.Cc).Select(a => a.Domain).Where(d => d.Length > 0).Take(MaxHeaderRecipients).ToList();
            if (domains.Count >= 10)
            {
                Crowd(domains, message.From?.Address, message.From?.Domain, "To/Cc addresses", hits);
            }
        }

        if (context.RecipientsFromEnvelope && context.Recipients.Count > 0)
        {
            var requests = context.Events.Where(e => e.Calendar.Method is "REQUEST" or "ADD").ToList();
            if (requests.Count > 0 && requests.All(e => e.Event.Attendees.Count > 0 && e.Event.DroppedAttendees == 0 &&
                    !e.Event.Attendees.Any(a => a.Address is not null && context.Recipients.Contains(a.Address)) &&
                    !context.Recipients.Contains(e.Event.Organizer?.Address ?? string.Empty)))
            {
                hits.Add(NotInvited, $"{context.Recipients[0]} is not among the attendees");
            }
        }
    }

    // Ten or more invitees: mostly free mail of several providers, a free-mail organizer's crowd of them, or many
    // organisations none of which is the organizer's.
    private static void Crowd(List<string> domains, string? organizer, string? organizerDomain, string who, HitList hits)
    {
        var freemailDomains = domains.Where(KnownDomains.IsFreemail).ToList();
        var freemail = freemailDomains.Count;
        var providers = freemailDomains.Select(DomainNames.Organizational).Distinct().Count();
        if (freemail >= 0.6 * domains.Count && providers >= 3 && !hits.Has(FreemailSpread.Name))
        {
            hits.Add(FreemailSpread, $"{freemail} of {domains.Count} {who} at {providers} free mail providers");
        }
        if (freemail >= CrowdSize && KnownDomains.IsFreemail(organizerDomain) && !hits.Has(FreemailCrowd.Name))
        {
            hits.Add(FreemailCrowd, $"{organizer} invites {freemail} free-mail addresses");
        }
        var organizerOrg = organizerDomain is { } od ? DomainNames.Organizational(od) : null;
        var orgs = domains.Select(DomainNames.Organizational).ToList();
        var distinct = orgs.Distinct().Count();
        if (distinct >= 8 && (organizerOrg is null || !orgs.Contains(organizerOrg)) && !hits.Has(FreemailSpread.Name) && !hits.Has(Unrelated.Name))
        {
            hits.Add(Unrelated, $"{domains.Count} {who} from {distinct} organisations, none the organizer's");
        }
    }
}
