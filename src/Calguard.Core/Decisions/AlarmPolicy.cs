namespace Calguard.Decisions;

/// <summary>What happens to an invitation's alarms (R23, R35).</summary>
public enum AlarmPolicy
{
    /// <summary>Alarms stay as they are.</summary>
    Keep,
    /// <summary>Alarms are removed from invitations that are not trusted (the default).</summary>
    StripUntrusted,
    /// <summary>Alarms are removed from every invitation; the calendar server adds the user's own defaults.</summary>
    StripAll,
}
