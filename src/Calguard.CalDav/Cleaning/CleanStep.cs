namespace Calguard.CalDav.Cleaning;

/// <summary>One planned or performed change.</summary>
/// <param name="Action">What kind of change.</param>
/// <param name="Status">Planned, done or skipped.</param>
/// <param name="CalendarHref">The calendar (or collection) concerned.</param>
/// <param name="Href">The object href (the collection href for collection-level actions).</param>
/// <param name="ETag">The ETag the change was conditioned on.</param>
/// <param name="Judgement">The judgement that selected the object, when there is one.</param>
/// <param name="Detail">A sentence explaining a skip or failure, or the target of a move.</param>
public sealed record CleanStep(
    CleanAction Action,
    CleanStatus Status,
    string CalendarHref,
    string Href,
    string? ETag,
    EventJudgement? Judgement,
    string? Detail = null)
{
    /// <summary>For <see cref="CleanAction.Quarantine"/>: where the copy was (or would be) put.</summary>
    public string? TargetHref { get; init; }
}
