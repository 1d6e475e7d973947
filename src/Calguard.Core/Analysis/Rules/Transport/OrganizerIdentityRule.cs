using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// Compares the ORGANIZER with who really sent the mail (R14, R46; RFC 6047 §2.3 says Sender may differ, so
/// the known patterns are allowed: Google's calendar-notification Sender, SENT-BY delegates, system senders).
/// </summary>
public sealed class OrganizerIdentityRule : Rule
{
    /// <summary>The organizer's domain is not authenticated.</summary>
    public static readonly Signal NotAuthenticated = new("ORGANIZER_NOT_AUTHENTICATED", Groups.Transport, 0.8,
        "Nothing authenticates the ORGANIZER: its domain has no DMARC, aligned DKIM or SPF pass, and no calendar platform vouches for it.");

    /// <summary>The From address is neither organizer, attendee nor delegate.</summary>
    public static readonly Signal SenderNotParticipant = new("SENDER_NOT_PARTICIPANT", Groups.Transport, 0.6,
        "The mail's From address is neither the ORGANIZER, its SENT-BY delegate nor an attendee of the invitation.");

    /// <summary>Reply-To diverts answers to a free mail box.</summary>
    public static readonly Signal ReplyToFreemail = new("REPLYTO_FREEMAIL_DIVERT", Groups.Transport, 1.5,
        "Reply-To sends answers to a free mail address unrelated to the sender: replies go somewhere else than the invitation claims.");

    /// <summary>Organizer at a free mail domain while claiming a business.</summary>
    public static readonly Signal FreemailOrganizer = new("ORGANIZER_FREEMAIL", Groups.Transport, 0.8,
        "The ORGANIZER uses a free mail address.");

    /// <summary>Same organisation, or two domains of one provider (iCloud mail from icloud.com for an imip.me.com organizer).</summary>
    internal static bool SameParty(string? a, string? b) =>
        DomainNames.Aligned(a, b) || (a is not null && b is not null && Brands.SameOwner(a, b));

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [NotAuthenticated, SenderNotParticipant, ReplyToFreemail, FreemailOrganizer];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var from = context.Sender.From;
        var inbound = context.Events.Where(e => e.Calendar.Method is not "REPLY" and not "COUNTER" and not "REFRESH").ToList();
        var organizers = inbound.Select(e => e.Event.Organizer?.Address).OfType<string>().Distinct().ToList();
        if (organizers.Count > 0 && context.Auth.HasTrustedResults && !AuthenticationRule.ViaAuthenticatedList(context))
        {
            var unvouched = organizers.Where(o => !context.Sender.OrganizerVouched(o)).ToList();
            if (unvouched.Count > 0)
            {
                hits.Add(NotAuthenticated, $"organizer {unvouched[0]} is not authenticated");
            }

        }

        if (from is not null && inbound.Count > 0 && context.Sender.Platform == SendingPlatform.None)
        {
            var participant = inbound.Any(e =>
                string.Equals(e.Event.Organizer?.Address, from.Address, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(e.Event.Organizer?.SentBy, from.Address, StringComparison.OrdinalIgnoreCase) ||
                e.Event.Attendees.Any(a => string.Equals(a.Address, from.Address, StringComparison.OrdinalIgnoreCase)) ||
                string.Equals(context.Invitation.Message.Sender?.Address, e.Event.Organizer?.Address, StringComparison.OrdinalIgnoreCase));
            var sameDomain = inbound.Any(e => SameParty(e.Event.Organizer?.Domain, from.Domain));
            if (!participant && !sameDomain && inbound.Any(e => e.Event.Organizer?.Address is not null))
            {
                hits.Add(SenderNotParticipant, $"From {from.Address} is not the organizer {inbound.First(e => e.Event.Organizer?.Address is not null).Event.Organizer!.Address}");
            }
        }

        var replyTo = context.Invitation.Message.ReplyTo;
        if (from is not null && replyTo.Count > 0)
        {
            var divert = replyTo.FirstOrDefault(r => KnownDomains.IsFreemail(r.Domain) && !DomainNames.Aligned(r.Domain, from.Domain) &&
                                                     !organizers.Contains(r.Address));
            if (divert is not null)
            {
                hits.Add(ReplyToFreemail, $"Reply-To {divert.Address} differs from From {from.Address}");
            }
        }

        var freemail = organizers.FirstOrDefault(o => KnownDomains.IsFreemail(Reading.CalendarAddress.DomainOf(o)));
        if (freemail is not null)
        {
            hits.Add(FreemailOrganizer, $"organizer {freemail} is a free mail address");
        }
    }
}
