namespace Calguard.CalDav.Cleaning;

/// <summary>One reason behind a judgement, e.g. a signal name and its readable detail.</summary>
/// <param name="Name">A stable name such as <c>RRULE_UNBOUNDED_FREQUENT</c>.</param>
/// <param name="Detail">A sentence a person can read.</param>
/// <param name="Score">The score this reason contributed, when the judge scores.</param>
public sealed record JudgementReason(string Name, string Detail, double Score = 0);
