using Calguard.CalDav.Cleaning;

namespace Calguard.Host.CalDav;

/// <summary>A suspicious or spam object remembered in the state file, so a re-run that syncs only changes still reports it.</summary>
/// <param name="Href">The object href.</param>
/// <param name="ETag">The ETag it was judged at.</param>
/// <param name="Judgement">The judgement.</param>
public sealed record StoredFinding(string Href, string? ETag, EventJudgement Judgement);
