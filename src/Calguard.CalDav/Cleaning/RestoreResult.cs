namespace Calguard.CalDav.Cleaning;

/// <summary>The outcome of restoring one undo-log entry.</summary>
/// <param name="Entry">The entry that was restored.</param>
/// <param name="Status">What happened.</param>
/// <param name="Detail">Why, for a conflict or failure.</param>
public sealed record RestoreResult(UndoEntry Entry, RestoreStatus Status, string? Detail = null);
