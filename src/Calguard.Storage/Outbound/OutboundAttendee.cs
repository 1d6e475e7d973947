namespace Calguard.Storage.Outbound;

/// <summary>One attendee an invitation is to be sent to.</summary>
/// <param name="Address">The mail address, lower-case.</param>
/// <param name="Internal">True when the attendee is an account of the same service (the invitation never leaves it, R11).</param>
public sealed record OutboundAttendee(string Address, bool Internal);
