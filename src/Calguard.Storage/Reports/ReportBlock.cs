namespace Calguard.Storage.Reports;

/// <summary>A silent block made by a spam report (R24): this recipient no longer receives invitations with this UID (or from this organizer).</summary>
/// <param name="Recipient">The recipient, lower-case.</param>
/// <param name="Kind"><see cref="ReportKinds.UidBlock"/> or <see cref="ReportKinds.OrganizerBlock"/>.</param>
/// <param name="Value">The UID (as sent) or the organizer address (lower-case).</param>
/// <param name="ReportId">The report that made it.</param>
/// <param name="CreatedAt">When.</param>
public sealed record ReportBlock(string Recipient, string Kind, string Value, long ReportId, DateTimeOffset CreatedAt);
