namespace Calguard.Decisions;

/// <summary>How a recipient knows an organizer (R40, R44). Learned only from what the recipient did, never from inbound invitations.</summary>
public enum RelationshipKind
{
    /// <summary>Not known.</summary>
    Unknown,
    /// <summary>In the recipient's contacts.</summary>
    Contact,
    /// <summary>The recipient has written to this address (learned from outbound mail).</summary>
    Correspondent,
    /// <summary>Same organisation (configured local domains, or the recipient's own domain).</summary>
    SameOrganisation,
    /// <summary>On the allow list.</summary>
    AllowListed,
    /// <summary>On the block list.</summary>
    BlockListed,
}

/// <summary>The relationship between the recipient and the invitation's organizer.</summary>
/// <param name="Kind">How they are related.</param>
/// <param name="Organizer">The organizer address looked up.</param>
/// <param name="Authenticated">True when the organizer is authenticated (DMARC or aligned DKIM/SPF, or a vouching platform; R46).</param>
public sealed record Relationship(RelationshipKind Kind, string? Organizer, bool Authenticated)
{
    /// <summary>An unknown, unauthenticated organizer.</summary>
    public static Relationship Unknown { get; } = new(RelationshipKind.Unknown, null, false);

    /// <summary>True when the organizer is known and authenticated: the only case in which auto-add from known senders applies.</summary>
    public bool IsTrusted => Authenticated && Kind is RelationshipKind.Contact or RelationshipKind.Correspondent or RelationshipKind.SameOrganisation or RelationshipKind.AllowListed;

    /// <summary>A phrase for reasons: "in contacts", "not known".</summary>
    public string Describe() => Kind switch
    {
        RelationshipKind.Contact => "in the recipient's contacts",
        RelationshipKind.Correspondent => "someone the recipient has written to",
        RelationshipKind.SameOrganisation => "in the same organisation",
        RelationshipKind.AllowListed => "on the allow list",
        RelationshipKind.BlockListed => "on the block list",
        _ => "not in contacts, not a correspondent and not in the organisation",
    };
}
