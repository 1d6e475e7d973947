namespace Calguard.Host.Feedback.Arf;

/// <summary>The Feedback-Type of a report (RFC 5965 §7.3): <c>fraud</c> when the verdict shows phishing, else <c>abuse</c>.</summary>
public static class ArfFeedbackType
{
    /// <summary>Signals that mean the invitation tries to deceive the user out of credentials or money by impersonation or deceptive links.</summary>
    public static IReadOnlySet<string> PhishingSignals { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "BRAND_IMPERSONATION", "BRAND_IN_LURE", "LURE_CREDENTIAL", "LURE_WITH_DECEPTIVE_LINK",
        "URL_BRAND_LOOKALIKE", "URL_DECEPTIVE_HOST", "URL_DECEPTIVE_PATH", "URL_EMBEDDED_DOMAIN", "URL_DATA_URI", "URL_SCRIPT_URI",
    };

    /// <summary>The type for the signals that fired.</summary>
    public static string For(IEnumerable<string> symbols) => symbols.Any(PhishingSignals.Contains) ? "fraud" : "abuse";
}
