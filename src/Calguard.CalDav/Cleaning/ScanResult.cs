namespace Calguard.CalDav.Cleaning;

/// <summary>One judged object of a scan.</summary>
/// <param name="Calendar">The calendar it lives in.</param>
/// <param name="Resource">The object (href, ETag, data).</param>
/// <param name="Judgement">The judge's verdict.</param>
public sealed record ScanResult(CalendarCollection Calendar, CalendarObjectResource Resource, EventJudgement Judgement);
