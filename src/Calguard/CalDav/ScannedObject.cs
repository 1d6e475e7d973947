using Calguard.CalDav;
using Calguard.CalDav.Cleaning;

namespace Calguard.Host.CalDav;

/// <summary>One calendar object of an account scan with its judgement.</summary>
/// <param name="Calendar">The calendar it lives in.</param>
/// <param name="Href">The object href.</param>
/// <param name="ETag">The ETag it was judged at.</param>
/// <param name="Judgement">The verdict and its reasons.</param>
/// <param name="Cached">
/// True when the object did not change since an earlier run (its sync token said so) and the judgement comes from
/// the state file; false when it was read and judged in this run.
/// </param>
public sealed record ScannedObject(CalendarCollection Calendar, string Href, string? ETag, EventJudgement Judgement, bool Cached);
