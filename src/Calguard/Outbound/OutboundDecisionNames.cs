namespace Calguard.Host.Outbound;

/// <summary>The lower-case names of <see cref="OutboundDecision"/> used in JSON, configuration and metrics.</summary>
public static class OutboundDecisionNames
{
    /// <summary>The name.</summary>
    public static string ToName(OutboundDecision decision) => decision switch
    {
        OutboundDecision.Challenge => "challenge",
        OutboundDecision.Hold => "hold",
        OutboundDecision.Deny => "deny",
        _ => "allow",
    };

    /// <summary>Parses a name.</summary>
    /// <exception cref="FormatException">Not allow, challenge, hold or deny.</exception>
    public static OutboundDecision Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "allow" => OutboundDecision.Allow,
        "challenge" => OutboundDecision.Challenge,
        "hold" => OutboundDecision.Hold,
        "deny" => OutboundDecision.Deny,
        _ => throw new FormatException($"'{value}' is not allow, challenge, hold or deny"),
    };
}
