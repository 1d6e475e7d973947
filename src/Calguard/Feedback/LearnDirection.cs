namespace Calguard.Host.Feedback;

/// <summary>What a learning or IMAP item teaches: <c>spam</c> (report as spam) or <c>ham</c> (not spam).</summary>
public static class LearnDirection
{
    /// <summary>Learn as spam; move to Junk.</summary>
    public const string Spam = "spam";

    /// <summary>Learn as ham; move back to the inbox.</summary>
    public const string Ham = "ham";

    /// <summary>The direction of a report kind (<c>spam</c> or <c>not-spam</c>).</summary>
    public static string Of(string reportKind) => reportKind == "spam" ? Spam : Ham;
}
