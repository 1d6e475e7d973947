namespace Calguard.Analysis.Rules;

/// <summary>Signal groups (families); scores are capped per group.</summary>
public static class Groups
{
    /// <summary>Authentication and sender identity.</summary>
    public const string Transport = "transport";
    /// <summary>iMIP structure (RFC 6047).</summary>
    public const string Imip = "imip";
    /// <summary>The nagging payload: alarms, recurrence, placement in time.</summary>
    public const string Payload = "payload";
    /// <summary>Who is invited.</summary>
    public const string Audience = "audience";
    /// <summary>Words, links, phone numbers, obfuscation.</summary>
    public const string Content = "content";
    /// <summary>Malformed input.</summary>
    public const string Malformation = "malformation";
    /// <summary>Combinations of other signals.</summary>
    public const string Composite = "composite";
    /// <summary>Learned and stored knowledge: reputation, classifier, user reports.</summary>
    public const string Learned = "learned";
}
