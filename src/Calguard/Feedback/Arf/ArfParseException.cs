namespace Calguard.Host.Feedback.Arf;

/// <summary>An incoming message is not a usable ARF report; <see cref="Code"/> is the API's problem code.</summary>
public sealed class ArfParseException(string code, string message) : FormatException(message)
{
    /// <summary>A stable code: <c>not-a-feedback-report</c>, <c>missing-feedback-report-part</c>, <c>missing-field</c>, <c>duplicate-field</c>, <c>unsupported-version</c>, <c>unreadable-message</c>.</summary>
    public string Code { get; } = code;
}
