namespace Calguard.Recurrence;

/// <summary>Why a <see cref="RecurrenceSetWalker"/> stopped.</summary>
internal enum WalkStop
{
    None,
    Completed,
    Budget,
    CountUnknown,
}
