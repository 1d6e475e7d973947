namespace Calguard;

/// <summary>A VALARM: how the event nags the user (RFC 5545 §3.6.6; I4 and R23 in the practice document).</summary>
/// <param name="Action">ACTION, upper-cased: DISPLAY, AUDIO, EMAIL, PROCEDURE, or something else.</param>
/// <param name="TriggerOffset">A relative TRIGGER (negative = before), when relative.</param>
/// <param name="TriggerRelatedToEnd">RELATED=END.</param>
/// <param name="TriggerAbsoluteUtc">An absolute TRIGGER (VALUE=DATE-TIME), in UTC.</param>
/// <param name="Repeat">REPEAT count (0 when absent).</param>
/// <param name="RepeatInterval">DURATION between repeats.</param>
/// <param name="EmailRecipients">ATTENDEE addresses of an EMAIL alarm.</param>
/// <param name="Attachment">ATTACH (sound or procedure URI).</param>
/// <param name="Description">DESCRIPTION: the text the alarm pops up with (a place to hide the lure).</param>
/// <param name="Summary">SUMMARY (EMAIL alarms' subject).</param>
public sealed record Alarm(string? Action, TimeSpan? TriggerOffset, bool TriggerRelatedToEnd, DateTime? TriggerAbsoluteUtc,
    int Repeat, TimeSpan? RepeatInterval, IReadOnlyList<string> EmailRecipients, string? Attachment, string? Description = null, string? Summary = null);
