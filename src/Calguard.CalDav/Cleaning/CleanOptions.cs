namespace Calguard.CalDav.Cleaning;

/// <summary>What <see cref="CalendarCleaner.CleanAsync"/> selects and how it acts.</summary>
/// <remarks>
/// An object is selected when <em>any</em> criterion matches: its verdict is at least <see cref="MinVerdict"/>, its
/// organizer is in <see cref="Organizers"/>, or its fingerprint is in <see cref="CampaignFingerprints"/>. Set
/// <see cref="MinVerdict"/> to <see langword="null"/> to select only by organizer or fingerprint.
/// </remarks>
public sealed record CleanOptions
{
    /// <summary>Act. When false (the default) the run is a dry run: it returns the plan and sends only reads.</summary>
    public bool Apply { get; init; }

    /// <summary>Delete, quarantine or strip alarms. Default <see cref="CleanMode.Delete"/>.</summary>
    public CleanMode Mode { get; init; } = CleanMode.Delete;

    /// <summary>Select objects judged at least this bad. Default spam; <see cref="EventVerdict.Clean"/> is refused.</summary>
    public EventVerdict? MinVerdict { get; init; } = EventVerdict.Spam;

    /// <summary>Select every object from these organizers (addresses, with or without <c>mailto:</c>).</summary>
    public IReadOnlyCollection<string>? Organizers { get; init; }

    /// <summary>Select every object of these campaigns.</summary>
    public IReadOnlyCollection<string>? CampaignFingerprints { get; init; }

    /// <summary>Calendars to walk, by href or display name; <see langword="null"/> for all (the quarantine calendar excluded in quarantine mode).</summary>
    public IReadOnlyCollection<string>? Calendars { get; init; }

    /// <summary>Only objects overlapping this range.</summary>
    public TimeRange? TimeRange { get; init; }

    /// <summary>Name of the quarantine calendar (display name or last path segment). Default <c>Calguard Quarantine</c>.</summary>
    public string QuarantineCalendar { get; init; } = "Calguard Quarantine";

    /// <summary>The undo log (JSON lines). Required when <see cref="Apply"/> is true.</summary>
    public string? UndoLogPath { get; init; }

    /// <summary>Also remove the scheduling-Inbox copy with the same UID (Cyrus keeps one). Default true.</summary>
    public bool RemoveInboxCopies { get; init; } = true;

    /// <summary>Use the audit-failure POST instead of DELETE when the server advertises <c>calendar-audit</c>. Default true.</summary>
    public bool UseAuditWhenAvailable { get; init; } = true;
}
