namespace Calguard.Host.Feedback;

/// <summary>The SMTP relay ARF reports are handed to (<c>Calguard:Feedback:Smtp</c>).</summary>
public sealed record SmtpRelayOptions
{
    /// <summary>The relay's host name or address; required for ARF.</summary>
    public string? Host { get; init; }

    /// <summary>The relay's port.</summary>
    public int Port { get; init; } = 25;

    /// <summary><c>none</c>, <c>starttls</c>, <c>starttls-when-available</c> (default) or <c>tls</c> (implicit TLS, port 465).</summary>
    public string Security { get; init; } = "starttls-when-available";

    /// <summary>SMTP AUTH user name, or null for none.</summary>
    public string? Username { get; init; }

    /// <summary>SMTP AUTH password.</summary>
    public string? Password { get; init; }

    /// <summary>The name Calguard gives in EHLO, or null for the machine's name.</summary>
    public string? HeloName { get; init; }
}
