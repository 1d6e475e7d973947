using Calguard.Decisions;

namespace Calguard.Sanitising;

/// <summary>What to change inside one calendar part.</summary>
public sealed record CalendarEdits
{
    /// <summary>Remove every VALARM (and the vCalendar 1.0 AALARM/DALARM/PALARM/MALARM properties) (R23, R35).</summary>
    public bool StripAlarms { get; init; }

    /// <summary>Cap each RRULE at this many instances, or null (R37).</summary>
    public int? CapInstances { get; init; }

    /// <summary>Set TRANSP:TRANSPARENT on each VEVENT so it does not block time (R22 b, §4.7 point 5).</summary>
    public bool MakeTransparent { get; init; }

    /// <summary>Remove the METHOD property, so the object is no longer an iTIP message (demote, R18).</summary>
    public bool RemoveMethod { get; init; }

    /// <summary>True when any edit is asked for.</summary>
    public bool Any => StripAlarms || CapInstances is not null || MakeTransparent || RemoveMethod;

    /// <summary>The edits a decision asks for.</summary>
    public static CalendarEdits From(Decision decision) => new()
    {
        StripAlarms = decision.StripAlarms,
        CapInstances = decision.CapInstances,
        MakeTransparent = decision.MakeTransparent,
        RemoveMethod = decision.Demote,
    };
}
