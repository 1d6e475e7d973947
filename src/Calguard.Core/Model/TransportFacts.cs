namespace Calguard;

/// <summary>How the message reached us: arrival time, envelope, client and authentication.</summary>
public sealed class TransportFacts
{
    /// <summary>When the message arrived: the newest Received date, else Date, else the time of the scan.</summary>
    /// <remarks>Every time-dependent rule measures against this, never the wall clock, so a corpus scanned
    /// years later gets the same verdicts.</remarks>
    public DateTimeOffset ArrivalTime { get; init; }

    /// <summary>Where <see cref="ArrivalTime"/> came from: received, date, dtstamp, context or clock.</summary>
    public string ArrivalSource { get; init; } = "clock";

    /// <summary>The envelope sender (MAIL FROM), when known.</summary>
    public string? MailFrom { get; init; }

    /// <summary>The envelope recipients, when known.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The connecting client's IP address, when known (from the MTA, or the newest Received header).</summary>
    public string? ClientIp { get; init; }

    /// <summary>The HELO/EHLO name, when known.</summary>
    public string? Helo { get; init; }

    /// <summary>The SASL login of an authenticated submission (outbound mail).</summary>
    public string? AuthenticatedUser { get; init; }

    /// <summary>Trusted authentication results.</summary>
    public AuthenticationFacts Authentication { get; init; } = AuthenticationFacts.None;
}
