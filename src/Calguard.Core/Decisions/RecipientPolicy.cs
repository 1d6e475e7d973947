namespace Calguard.Decisions;

/// <summary>A recipient's resolved policy: global default, then domain default, then recipient override.</summary>
public sealed record RecipientPolicy
{
    /// <summary>The built-in default policy.</summary>
    public static RecipientPolicy Default { get; } = new();

    /// <summary>Who may be added automatically. Default known senders.</summary>
    public AutoAddPolicy AutoAdd { get; init; } = AutoAddPolicy.KnownSenders;

    /// <summary>Alarm handling. Default strip-untrusted.</summary>
    public AlarmPolicy Alarms { get; init; } = AlarmPolicy.StripUntrusted;

    /// <summary>Alarms closer together than this (repeat interval or between alarms) are removed even from trusted invitations; null for no minimum.</summary>
    public TimeSpan? MinimumAlarmInterval { get; init; }

    /// <summary>Recurrence instances allowed within the horizon; more are capped with COUNT. Default 1000.</summary>
    public int MaxInstances { get; init; } = 1000;

    /// <summary>Calendar bytes above which an invitation is not auto-added. Default 256 KiB.</summary>
    public int MaxCalendarBytes { get; init; } = 256 * 1024;

    /// <summary>Attendees above which an invitation is not auto-added. Default 500.</summary>
    public int MaxAttendees { get; init; } = 500;

    /// <summary>Score at or above which the invitation is quarantined; null means the spam threshold.</summary>
    public double? QuarantineThreshold { get; init; }

    /// <summary>Score at or above which the message is rejected; null (the default) never rejects (R17: reject only when very certain).</summary>
    public double? RejectThreshold { get; init; }

    /// <summary>Organizers (addresses or domains) always trusted when authenticated.</summary>
    public IReadOnlyList<string> AllowOrganizers { get; init; } = [];

    /// <summary>Organizers (addresses or domains) whose invitations are quarantined.</summary>
    public IReadOnlyList<string> BlockOrganizers { get; init; } = [];

    /// <summary>How to tell the calendar server not to auto-add. Default header.</summary>
    public NoAutoAddSignal NoAutoAddSignal { get; init; } = NoAutoAddSignal.Header;

    /// <summary>When a user reports spam, also block its organizer for that user.</summary>
    public bool BlockOrganizerOnReport { get; init; }

    /// <summary>Applies the non-null fields of <paramref name="overrides"/>.</summary>
    public RecipientPolicy With(PolicyOverride? overrides) => overrides is null ? this : this with
    {
        AutoAdd = overrides.AutoAdd ?? AutoAdd,
        Alarms = overrides.Alarms ?? Alarms,
        MinimumAlarmInterval = overrides.MinimumAlarmInterval ?? MinimumAlarmInterval,
        MaxInstances = overrides.MaxInstances ?? MaxInstances,
        MaxCalendarBytes = overrides.MaxCalendarBytes ?? MaxCalendarBytes,
        MaxAttendees = overrides.MaxAttendees ?? MaxAttendees,
        QuarantineThreshold = overrides.QuarantineThreshold ?? QuarantineThreshold,
        RejectThreshold = overrides.RejectThreshold ?? RejectThreshold,
        AllowOrganizers = overrides.AllowOrganizers is null ? AllowOrganizers : [.. AllowOrganizers, .. overrides.AllowOrganizers],
        BlockOrganizers = overrides.BlockOrganizers is null ? BlockOrganizers : [.. BlockOrganizers, .. overrides.BlockOrganizers],
        NoAutoAddSignal = overrides.NoAutoAddSignal ?? NoAutoAddSignal,
        BlockOrganizerOnReport = overrides.BlockOrganizerOnReport ?? BlockOrganizerOnReport,
    };
}

/// <summary>A partial policy: only the fields that are set override the level below (domain over global, recipient over domain).</summary>
public sealed record PolicyOverride
{
    /// <summary>See <see cref="RecipientPolicy.AutoAdd"/>.</summary>
    public AutoAddPolicy? AutoAdd { get; init; }

    /// <summary>See <see cref="RecipientPolicy.Alarms"/>.</summary>
    public AlarmPolicy? Alarms { get; init; }

    /// <summary>See <see cref="RecipientPolicy.MinimumAlarmInterval"/>.</summary>
    public TimeSpan? MinimumAlarmInterval { get; init; }

    /// <summary>See <see cref="RecipientPolicy.MaxInstances"/>.</summary>
    public int? MaxInstances { get; init; }

    /// <summary>See <see cref="RecipientPolicy.MaxCalendarBytes"/>.</summary>
    public int? MaxCalendarBytes { get; init; }

    /// <summary>See <see cref="RecipientPolicy.MaxAttendees"/>.</summary>
    public int? MaxAttendees { get; init; }

    /// <summary>See <see cref="RecipientPolicy.QuarantineThreshold"/>.</summary>
    public double? QuarantineThreshold { get; init; }

    /// <summary>See <see cref="RecipientPolicy.RejectThreshold"/>.</summary>
    public double? RejectThreshold { get; init; }

    /// <summary>Added to <see cref="RecipientPolicy.AllowOrganizers"/>.</summary>
    public IReadOnlyList<string>? AllowOrganizers { get; init; }

    /// <summary>Added to <see cref="RecipientPolicy.BlockOrganizers"/>.</summary>
    public IReadOnlyList<string>? BlockOrganizers { get; init; }

    /// <summary>See <see cref="RecipientPolicy.NoAutoAddSignal"/>.</summary>
    public NoAutoAddSignal? NoAutoAddSignal { get; init; }

    /// <summary>See <see cref="RecipientPolicy.BlockOrganizerOnReport"/>.</summary>
    public bool? BlockOrganizerOnReport { get; init; }
}
