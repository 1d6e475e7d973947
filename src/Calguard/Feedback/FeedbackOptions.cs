using System.Globalization;
using Calguard.Decisions;
using Calguard.Host.Configuration;

namespace Calguard.Host.Feedback;

/// <summary>
/// What Calguard does with a report beyond its own store (section <c>Calguard:Feedback</c>): ARF reports to the
/// sender's operator, the mail filter's learning, moving the original mail over IMAP, and how the outbox delivers them.
/// Everything is off until configured. <c>docs/feedback.md</c> and <c>docs/configuration.md</c> explain every key.
/// </summary>
public sealed record FeedbackOptions
{
    /// <summary>ARF reports.</summary>
    public ArfOptions Arf { get; init; } = new();

    /// <summary>The SMTP relay for ARF reports.</summary>
    public SmtpRelayOptions Smtp { get; init; } = new();

    /// <summary>Outbox delivery: retries, backoff, giving up.</summary>
    public FeedbackDeliveryOptions Delivery { get; init; } = new();

    /// <summary>rspamd and SpamAssassin learning.</summary>
    public LearningOptions Learning { get; init; } = new();

    /// <summary>IMAP accounts for moving the original mail to Junk and back.</summary>
    public IReadOnlyList<ImapAccountOptions> Imap { get; init; } = [];

    /// <summary>How long incoming complaints (ARF about our own senders) are kept.</summary>
    public TimeSpan ComplaintRetention { get; init; } = TimeSpan.FromDays(90);

    /// <summary>The IMAP entry for <paramref name="recipient"/>: an address entry before a domain entry; null when none.</summary>
    public ImapAccountOptions? ImapFor(string recipient) =>
        Imap.Where(a => a.Covers(recipient)).OrderByDescending(a => a.Match.Contains('@')).ThenByDescending(a => a.Match.Length).FirstOrDefault();

    /// <summary>Reads <c>Calguard:Feedback</c>.</summary>
    /// <exception cref="FormatException">A value has the wrong form, or a required one is missing; the message names the key.</exception>
    public static FeedbackOptions From(IConfiguration configuration)
    {
        var root = configuration.GetSection("Calguard:Feedback");
        var arf = root.GetSection("Arf");
        var smtp = root.GetSection("Smtp");
        var delivery = root.GetSection("Delivery");
        var learning = root.GetSection("Learning");
        var d = new FeedbackOptions();

        var loops = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in arf.GetSection("FeedbackLoops").GetChildren())
        {
            if (entry.Value is not { Length: > 0 } address || Reading.CalendarAddress.Normalise(address) is not { } normal)
            {
                throw new FormatException($"{entry.Path} must be a mail address, not '{entry.Value}'");
            }
            loops[entry.Key.Trim().TrimEnd('.').ToLowerInvariant()] = normal;
        }
        var options = new FeedbackOptions
        {
            Arf = new ArfOptions
            {
                Enabled = Settings.Bool(arf, "Enabled") ?? false,
                From = Address(arf, "From"),
                FeedbackLoops = loops,
                Window = ConfigurationValues.Interval(arf, "Window") ?? d.Arf.Window,
                RedactRecipients = Settings.Bool(arf, "RedactRecipients") ?? d.Arf.RedactRecipients,
                RedactionKey = Text(arf, "RedactionKey"),
                AttachOriginal = Settings.Bool(arf, "AttachOriginal") ?? d.Arf.AttachOriginal,
                ReportingMta = Text(arf, "ReportingMta"),
            },
            Smtp = new SmtpRelayOptions
            {
                Host = Text(smtp, "Host"),
                Port = Port(smtp, "Port") ?? d.Smtp.Port,
                Security = Security(smtp, "Security", ["none", "starttls", "starttls-when-available", "tls"]) ?? d.Smtp.Security,
                Username = Text(smtp, "Username"),
                Password = smtp["Password"],
                HeloName = Text(smtp, "HeloName"),
            },
            Delivery = new FeedbackDeliveryOptions
            {
                PollInterval = ConfigurationValues.Interval(delivery, "PollInterval") ?? d.Delivery.PollInterval,
                InitialDelay = ConfigurationValues.Interval(delivery, "InitialDelay") ?? d.Delivery.InitialDelay,
                MaxDelay = ConfigurationValues.Interval(delivery, "MaxDelay") ?? d.Delivery.MaxDelay,
                MaxAge = ConfigurationValues.Interval(delivery, "MaxAge") ?? d.Delivery.MaxAge,
                Timeout = ConfigurationValues.Interval(delivery, "Timeout") ?? d.Delivery.Timeout,
                BatchSize = Settings.Int(delivery, "BatchSize") is { } b ? Math.Clamp(b, 1, 1000) : d.Delivery.BatchSize,
                KeepFinished = ConfigurationValues.Interval(delivery, "KeepFinished") ?? d.Delivery.KeepFinished,
            },
            Learning = new LearningOptions
            {
                RspamdController = Text(learning, "RspamdController") is { } url
                    ? Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u
                        : throw new FormatException($"{learning.Path}:RspamdController must be an http(s) URL, not '{url}'")
                    : null,
                RspamdPassword = learning["RspamdPassword"] is { Length: > 0 } p ? p : null,
                SpamAssassinSpool = Text(learning, "SpamAssassinSpool") is { } spool ? Path.GetFullPath(spool) : null,
            },
            Imap = root.GetSection("Imap").GetChildren().Select(ReadImap).ToArray(),
            ComplaintRetention = ConfigurationValues.Interval(root, "ComplaintRetention") ?? d.ComplaintRetention,
        };
        if (options.Arf.Enabled && (options.Arf.From is null || options.Smtp.Host is null))
        {
            throw new FormatException($"{arf.Path}:Enabled needs {arf.Path}:From and {smtp.Path}:Host");
        }
        return options;
    }

    private static ImapAccountOptions ReadImap(IConfigurationSection entry)
    {
        string Required(string key) => Text(entry, key) ?? throw new FormatException($"{entry.Path}:{key} is required");
        var d = new ImapAccountOptions { Match = "-", Host = "-", Username = "-", Password = "-" };
        var match = Required("Match").ToLowerInvariant();
        return new ImapAccountOptions
        {
            Match = match,
            Host = Required("Host"),
            Port = Port(entry, "Port") ?? d.Port,
            Security = Security(entry, "Security", ["none", "starttls", "starttls-when-available", "tls"]) ?? d.Security,
            Username = Required("Username"),
            Password = entry["Password"] ?? throw new FormatException($"{entry.Path}:Password is required"),
            ProxyAuth = Settings.Bool(entry, "ProxyAuth") ?? false,
            AuthorizationId = Text(entry, "AuthorizationId") ?? d.AuthorizationId,
            Junk = Text(entry, "Junk") ?? d.Junk,
            Inbox = Text(entry, "Inbox") ?? d.Inbox,
        };
    }

    private static string? Text(IConfigurationSection section, string key) => section[key] is { } v && v.Trim().Length > 0 ? v.Trim() : null;

    private static string? Address(IConfigurationSection section, string key) =>
        Text(section, key) is { } v ? Reading.CalendarAddress.Normalise(v) ?? throw new FormatException($"{section.Path}:{key} must be a mail address, not '{v}'") : null;

    private static int? Port(IConfigurationSection section, string key) =>
        section[key] is { } v ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 65536 ? n
            : throw new FormatException($"{section.Path}:{key} must be a port number, not '{v}'") : null;

    private static string? Security(IConfigurationSection section, string key, string[] allowed) =>
        Text(section, key)?.ToLowerInvariant() is { } v ? allowed.Contains(v) ? v : throw new FormatException($"{section.Path}:{key} must be one of {string.Join(", ", allowed)}, not '{v}'") : null;

}
