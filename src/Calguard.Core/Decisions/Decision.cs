namespace Calguard.Decisions;

/// <summary>The decision for one recipient, with the reasons a person can read (stalwart#3282).</summary>
public sealed record Decision
{
    /// <summary>The headline action.</summary>
    public required DecisionAction Action { get; init; }

    /// <summary>Why, in sentences, e.g. "auto-add skipped: organizer not in contacts and not authenticated".</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>True when the calendar may add the event by itself.</summary>
    public bool AutoAdd { get; init; }

    /// <summary>Remove VALARMs from the calendar parts.</summary>
    public bool StripAlarms { get; init; }

    /// <summary>Tell the calendar server not to add the user's default alarms either (the invitation is not trusted).</summary>
    public bool SuppressDefaultAlarms { get; init; }

    /// <summary>Cap recurring series at this many instances, or null.</summary>
    public int? CapInstances { get; init; }

    /// <summary>Set TRANSP:TRANSPARENT so the event does not block time.</summary>
    public bool MakeTransparent { get; init; }

    /// <summary>Demote the calendar part to a plain attachment.</summary>
    public bool Demote { get; init; }

    /// <summary>The relationship that was considered.</summary>
    public Relationship Relationship { get; init; } = Relationship.Unknown;

    /// <summary>True when the message must be rewritten.</summary>
    public bool RequiresRewrite => StripAlarms || CapInstances is not null || MakeTransparent || Demote;
}
