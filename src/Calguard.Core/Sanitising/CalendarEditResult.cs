namespace Calguard.Sanitising;

/// <summary>The edited calendar bytes and what was changed.</summary>
/// <param name="Content">The new bytes; the input itself when nothing changed.</param>
/// <param name="AlarmsRemoved">VALARM components (and vCalendar alarm properties) removed.</param>
/// <param name="RulesCapped">RRULEs rewritten.</param>
/// <param name="TransparencySet">VEVENTs whose TRANSP was set or added.</param>
/// <param name="MethodsRemoved">METHOD properties removed.</param>
public sealed record CalendarEditResult(byte[] Content, int AlarmsRemoved, int RulesCapped, int TransparencySet, int MethodsRemoved)
{
    /// <summary>True when any byte changed.</summary>
    public bool Changed => AlarmsRemoved + RulesCapped + TransparencySet + MethodsRemoved > 0;
}
