namespace Calguard.Analysis.Rules.Imip;

/// <summary>
/// CANCEL and REPLY only make sense for an event the recipient already has (R46; the Yahoo "Cancelled:" waves
/// in practice document §5.3): a CANCEL to someone who is not invited, a REPLY to someone who organised nothing.
/// </summary>
public sealed class UnsolicitedMethodRule : Rule
{
    /// <summary>CANCEL out of nowhere.</summary>
    public static readonly Signal Cancel = new("IMIP_CANCEL_UNSOLICITED", Groups.Imip, 2.0,
        "A CANCEL for an event the recipient is not invited to or does not have: there is nothing to cancel, only content to show.");

    /// <summary>REPLY out of nowhere.</summary>
    public static readonly Signal Reply = new("IMIP_REPLY_UNSOLICITED", Groups.Imip, 2.0,
        "A REPLY sent to someone who is not the ORGANIZER of that event.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Cancel, Reply];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var recipients = context.Recipients;
        var known = context.External.KnownUids;
        foreach (var (calendar, ev) in context.Events)
        {
            if (calendar.Method == "CANCEL")
            {
                var invited = recipients.Count == 0 || ev.Attendees.Any(a => a.Address is not null && recipients.Contains(a.Address));
                var unknownUid = known is not null && ev.Uid is not null && !known.Contains(ev.Uid);
                if (!invited || unknownUid)
                {
                    hits.Add(Cancel, unknownUid ? $"CANCEL for UID {ev.Uid}, which the recipient does not have" : "CANCEL although the recipient is not an attendee");
                    return;
                }
            }
            else if (calendar.Method == "REPLY" && recipients.Count > 0 && ev.Organizer?.Address is { } organizer && !recipients.Contains(organizer))
            {
                hits.Add(Reply, $"REPLY for an event organised by {organizer}, not by the recipient");
                return;
            }
        }
    }
}
