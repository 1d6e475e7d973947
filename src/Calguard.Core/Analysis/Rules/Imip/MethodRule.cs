namespace Calguard.Analysis.Rules.Imip;

/// <summary>The iTIP method as the MIME part and the calendar state it (RFC 6047 §2.4; practice document §5.3).</summary>
public sealed class MethodRule : Rule
{
    /// <summary>method parameter ≠ METHOD.</summary>
    public static readonly Signal Mismatch = new("IMIP_METHOD_MISMATCH", Groups.Imip, 4.0,
        "The Content-Type method parameter and the calendar's METHOD disagree (RFC 6047 §2.4 requires them equal): filters and calendars read different things.");

    /// <summary>No METHOD in an emailed calendar.</summary>
    public static readonly Signal Missing = new("IMIP_METHOD_MISSING", Groups.Imip, 0.5,
        "The calendar object has no METHOD, so it is not a proper iTIP message.");

    /// <summary>REQUEST without attendees.</summary>
    public static readonly Signal NoAttendees = new("IMIP_REQUEST_NO_ATTENDEES", Groups.Imip, 0.5,
        "A REQUEST invites nobody: it has no ATTENDEE.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Mismatch, Missing, NoAttendees];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (!context.Invitation.IsMessage)
        {
            return;
        }
        foreach (var calendar in context.Invitation.Calendars)
        {
            var parameter = calendar.Part.Carrier.MethodParameter;
            if (parameter is not null && calendar.Method is not null && !string.Equals(parameter, calendar.Method, StringComparison.OrdinalIgnoreCase))
            {
                hits.Add(Mismatch, $"Content-Type says method={parameter}, the calendar says METHOD:{calendar.Method}");
            }
            if (calendar.Method is null && calendar.Events.Count > 0)
            {
                hits.Add(Missing, $"calendar in part {calendar.Part.Carrier.Path} has no METHOD");
            }
            if (calendar.Method == "REQUEST" && calendar.Events.Any(e => e.Attendees.Count == 0 && e.DroppedAttendees == 0))
            {
                hits.Add(NoAttendees, "METHOD:REQUEST without any ATTENDEE");
            }
        }
    }
}
