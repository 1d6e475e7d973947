namespace Calguard.Storage.Keys;

/// <summary>What an API key may do. <see cref="Admin"/> includes the others.</summary>
[Flags]
public enum ApiScopes
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Scan and sanitize messages, and feed correspondents (the mail path).</summary>
    Scan = 1,

    /// <summary>Read provenance and statistics; file reports (the reporting path).</summary>
    Report = 2,

    /// <summary>Everything: policies, contacts, metrics, keys.</summary>
    Admin = 4,
}
