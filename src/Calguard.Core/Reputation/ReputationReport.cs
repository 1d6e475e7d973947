namespace Calguard.Reputation;

/// <summary>What one accepted report teaches: who reported, which way, how much it weighs, and about which entities.</summary>
/// <param name="Id">The report's id; a report is applied once however often it is delivered.</param>
/// <param name="Reporter">Who reported (source and recipient, e.g. <c>user:ann@example.net</c>); one reporter counts once per entity.</param>
/// <param name="Spam">True for a spam report, false for not-spam (ham).</param>
/// <param name="Weight">The report's weight (<see cref="ReputationOptions.UserReportWeight"/> or <see cref="ReputationOptions.AdminReportWeight"/>).</param>
/// <param name="Subjects">The entities of the reported invitation.</param>
/// <param name="At">When the report was received.</param>
public sealed record ReputationReport(long Id, string Reporter, bool Spam, double Weight, IReadOnlyList<ReputationSubject> Subjects, DateTimeOffset At);
