namespace Calguard.Sanitising;

/// <summary>What the sanitiser did with one calendar part.</summary>
/// <param name="Path">The part's position, as in <see cref="CalendarCarrier.Path"/>.</param>
/// <param name="Kind">How the part travelled.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Edits">The changes inside the calendar, or null when it was not edited.</param>
/// <param name="Reason">Why a part was skipped or left as is, in a sentence; null otherwise.</param>
public sealed record SanitisedPart(string Path, CarrierKind Kind, SanitisedPartOutcome Outcome, CalendarEditResult? Edits, string? Reason)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var what = Edits is { } e
            ? $" (alarms removed {e.AlarmsRemoved}, rules capped {e.RulesCapped}, transparent {e.TransparencySet}, methods removed {e.MethodsRemoved})"
            : string.Empty;
        return $"{Path} {Kind}: {Outcome}{what}{(Reason is null ? string.Empty : ": " + Reason)}";
    }
}
