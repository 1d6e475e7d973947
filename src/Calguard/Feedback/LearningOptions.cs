namespace Calguard.Host.Feedback;

/// <summary>The mail filter's learning interfaces (<c>Calguard:Feedback:Learning</c>; issue 5 item 7).</summary>
public sealed record LearningOptions
{
    /// <summary>rspamd's controller, e.g. <c>http://127.0.0.1:11334</c>; spam reports POST to <c>/learnspam</c>, not-spam to <c>/learnham</c>.</summary>
    public Uri? RspamdController { get; init; }

    /// <summary>The controller password (sent as the <c>Password</c> header), or null when the controller trusts this host.</summary>
    public string? RspamdPassword { get; init; }

    /// <summary>A spool directory for SpamAssassin: originals are written to <c>spam/</c> and <c>ham/</c> below it for a cron job running <c>sa-learn</c>.</summary>
    public string? SpamAssassinSpool { get; init; }
}
