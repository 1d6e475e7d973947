namespace Calguard.Storage.Counters;

/// <summary>The outcome of adding to a sliding-window counter.</summary>
/// <param name="Allowed">True when the amount was added (always, without a limit).</param>
/// <param name="Count">The total in the window after the call (including the amount when allowed).</param>
public readonly record struct WindowCount(bool Allowed, long Count);
