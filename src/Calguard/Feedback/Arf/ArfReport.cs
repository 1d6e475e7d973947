using MimeKit;

namespace Calguard.Host.Feedback.Arf;

/// <summary>A built ARF report and where it goes.</summary>
/// <param name="Message">The <c>multipart/report; report-type=feedback-report</c> message.</param>
/// <param name="To">The feedback-loop or abuse address.</param>
/// <param name="ReportedDomain">The authenticated domain reported.</param>
/// <param name="FeedbackType"><c>abuse</c> or <c>fraud</c>.</param>
public sealed record ArfReport(MimeMessage Message, string To, string ReportedDomain, string FeedbackType);
