namespace Calguard.Host.Outbound;

/// <summary>The calendar text of an outbound check holds no event: the caller sent something that is not an invitation.</summary>
public sealed class InvalidCalendarException(string message) : FormatException(message);
