using Calguard.Reading;

namespace Calguard.Analysis.Rules.Malformation;

/// <summary>The reader's anomalies as evidence (R34): real clients write clean iCalendar; crafted spam often does not.</summary>
public sealed class MalformationRule : Rule
{
    /// <summary>Broken iCalendar syntax.</summary>
    public static readonly Signal Malformed = new("ICS_MALFORMED", Groups.Malformation, 2.1,
        "The calendar data is broken: lines without a colon, bad names, unbalanced BEGIN/END, control characters.");

    /// <summary>A reader limit hit.</summary>
    public static readonly Signal LimitExceeded = new("ICS_LIMIT_EXCEEDED", Groups.Malformation, 3.0,
        "The input hit a hard reading limit (size, lines, components, attendees, alarms, nesting or an address header's length); no real invitation needs that much.");

    /// <summary>MIME trouble.</summary>
    public static readonly Signal Mime = new("MIME_MALFORMED", Groups.Malformation, 1.0,
        "The MIME structure is broken or a part could not be decoded.");

    /// <summary>Calendar data in the header area.</summary>
    public static readonly Signal InHeaders = new("ICS_IN_HEADERS", Groups.Malformation, 2.0,
        "The calendar object was written into the mail header area, where some clients still pick it up.");

    /// <summary>Invalid values.</summary>
    public static readonly Signal BadValues = new("ICS_INVALID_VALUES", Groups.Malformation, 0.5,
        "Dates, durations, addresses or numbers in the calendar do not parse.");

    private static readonly AnomalyKind[] Structural =
    [
        AnomalyKind.MissingColon, AnomalyKind.InvalidName, AnomalyKind.InvalidParameter, AnomalyKind.UnbalancedEnd, AnomalyKind.MissingEnd,
        AnomalyKind.NulByte, AnomalyKind.ControlCharacter, AnomalyKind.ContentOutsideCalendar, AnomalyKind.DuplicateProperty,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Malformed, LimitExceeded, Mime, InHeaders, BadValues];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var invitation = context.Invitation;
        if (invitation.LimitHit || invitation.Parts.Any(p => p.Read.LimitHit))
        {
            var detail = invitation.Parts.SelectMany(p => p.Read.Anomalies).Concat(invitation.Anomalies).FirstOrDefault(a => a.Kind == AnomalyKind.LimitExceeded);
            hits.Add(LimitExceeded, detail?.Detail ?? "a reading limit was reached");
        }
        var structural = 0;
        string? example = null;
        foreach (var part in invitation.Parts)
        {
            if (part.Calendars.Count == 0)
            {
                continue; // an attachment that is not a calendar at all is judged by IMIP_ICS_NOT_CALENDAR
            }
            foreach (var kind in Structural)
            {
                if (part.Read.AnomalyCounts.TryGetValue(kind, out var n))
                {
                    structural += n;
                    example ??= part.Read.Anomalies.FirstOrDefault(a => a.Kind == kind)?.ToString();
                }
            }
        }
        var eventAnomalies = invitation.Events.SelectMany(e => e.Event.Anomalies).ToList();
        structural += eventAnomalies.Count(a => a.Kind == AnomalyKind.DuplicateProperty);
        example ??= eventAnomalies.FirstOrDefault(a => a.Kind == AnomalyKind.DuplicateProperty)?.ToString();
        if (structural > 0)
        {
            hits.Add(Malformed, $"{structural} syntax problem(s), e.g. {example}", structural >= 5 ? 1.5 : structural >= 2 ? 1.0 : 0.6);
        }
        var invalid = eventAnomalies.Where(a => a.Kind is AnomalyKind.InvalidValue or AnomalyKind.MissingProperty).ToList();
        if (invalid.Count > 0)
        {
            hits.Add(BadValues, $"{invalid.Count} invalid value(s), e.g. {invalid[0]}", Math.Min(2.0, invalid.Count * 0.5));
        }
        if (invitation.Anomalies.Any(a => a.Kind is AnomalyKind.MimeMalformed or AnomalyKind.UndecodableAttachment))
        {
            hits.Add(Mime, invitation.Anomalies.First(a => a.Kind is AnomalyKind.MimeMalformed or AnomalyKind.UndecodableAttachment).Detail);
        }
        if (invitation.Parts.Any(p => p.Carrier.Kind == CarrierKind.Headers))
        {
            hits.Add(InHeaders, "BEGIN:VCALENDAR in the message header area");
        }
    }
}
