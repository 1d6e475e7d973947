namespace Calguard.Host.Outbound;

/// <summary>One amount reserved in a limit, or refused (see <see cref="QuotaLedger"/>).</summary>
/// <param name="Key">The counter key.</param>
/// <param name="Window">The window.</param>
/// <param name="Amount">The amount asked for.</param>
/// <param name="Granted">Whether it was reserved.</param>
/// <param name="Used">The limit's use afterwards, released amounts taken off.</param>
/// <param name="At">When it was reserved (<see cref="System.Diagnostics.Stopwatch"/> ticks).</param>
public sealed record QuotaReservation(string Key, TimeSpan Window, long Amount, bool Granted, long Used, long At);
