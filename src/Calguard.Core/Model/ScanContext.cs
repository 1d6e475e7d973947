namespace Calguard;

/// <summary>Facts about a message that only the caller knows: the envelope and the connection (from the MTA or API).</summary>
public sealed record ScanContext
{
    /// <summary>No caller facts.</summary>
    public static ScanContext Empty { get; } = new();

    /// <summary>A label for the input (file path, queue id).</summary>
    public string? Source { get; init; }

    /// <summary>MAIL FROM.</summary>
    public string? MailFrom { get; init; }

    /// <summary>RCPT TO addresses.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The client's IP address.</summary>
    public string? ClientIp { get; init; }

    /// <summary>HELO/EHLO.</summary>
    public string? Helo { get; init; }

    /// <summary>SASL login of an authenticated submission.</summary>
    public string? AuthenticatedUser { get; init; }

    /// <summary>Arrival time when the caller knows it better than the headers (the MTA receiving it now).</summary>
    public DateTimeOffset? ArrivalTime { get; init; }
}
