namespace Calguard.Host.Feedback;

/// <summary>
/// IMAP access for moving reported invitation mail (<c>Calguard:Feedback:Imap</c>, a list): per domain with an admin
/// credential that may act for its users (SASL PLAIN proxy authorization), or per user with the user's own credential.
/// </summary>
public sealed record ImapAccountOptions
{
    /// <summary>A domain (covers its users and subdomains) or one address; an address entry wins over a domain entry.</summary>
    public required string Match { get; init; }

    /// <summary>The IMAP server.</summary>
    public required string Host { get; init; }

    /// <summary>The IMAP port.</summary>
    public int Port { get; init; } = 993;

    /// <summary><c>tls</c> (default, port 993), <c>starttls</c>, <c>starttls-when-available</c> or <c>none</c>.</summary>
    public string Security { get; init; } = "tls";

    /// <summary>The login (the admin's with <see cref="ProxyAuth"/>).</summary>
    public required string Username { get; init; }

    /// <summary>The password.</summary>
    public required string Password { get; init; }

    /// <summary>Log in as <see cref="Username"/> and act as the user (SASL PLAIN authorization id; Cyrus admins, Dovecot master users).</summary>
    public bool ProxyAuth { get; init; }

    /// <summary>The authorization id with <see cref="ProxyAuth"/>: <c>{address}</c> (default) or <c>{local}</c> for servers without domains.</summary>
    public string AuthorizationId { get; init; } = "{address}";

    /// <summary>The junk folder's name when the server does not announce a SPECIAL-USE \Junk folder; created when missing.</summary>
    public string Junk { get; init; } = "Junk";

    /// <summary>The folder a not-spam report moves mail back to.</summary>
    public string Inbox { get; init; } = "INBOX";

    /// <summary>True when this entry covers <paramref name="recipient"/>.</summary>
    public bool Covers(string recipient)
    {
        var match = Match.Trim().ToLowerInvariant();
        if (match.Contains('@'))
        {
            return string.Equals(match, recipient, StringComparison.OrdinalIgnoreCase);
        }
        var domain = Reading.CalendarAddress.DomainOf(recipient) ?? string.Empty;
        return domain == match || domain.EndsWith("." + match, StringComparison.Ordinal);
    }

    /// <summary>The authorization id for <paramref name="recipient"/>.</summary>
    public string AuthorizationIdFor(string recipient) =>
        AuthorizationId.Replace("{address}", recipient, StringComparison.Ordinal).Replace("{local}", recipient.Split('@')[0], StringComparison.Ordinal);
}
