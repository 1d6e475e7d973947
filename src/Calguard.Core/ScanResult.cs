using Calguard.Scoring;

namespace Calguard;

/// <summary>What the engine made of one input.</summary>
/// <param name="Invitation">What was read.</param>
/// <param name="Verdict">The verdict with its hits.</param>
/// <param name="Elapsed">Time spent reading and analysing.</param>
public sealed record ScanResult(Invitation Invitation, Verdict Verdict, TimeSpan Elapsed);
