namespace Calguard;

/// <summary>The kind of schedulable component.</summary>
public enum ComponentKind
{
    /// <summary>VEVENT.</summary>
    Event,
    /// <summary>VTODO.</summary>
    Todo,
    /// <summary>VJOURNAL.</summary>
    Journal,
    /// <summary>VFREEBUSY.</summary>
    FreeBusy,
}
