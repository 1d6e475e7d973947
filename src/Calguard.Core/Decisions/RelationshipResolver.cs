using Calguard.Analysis;

namespace Calguard.Decisions;

/// <summary>Finds how a recipient knows an invitation's organizer, and whether that organizer is authenticated (R40, R44, R46).</summary>
public sealed class RelationshipResolver
{
    private readonly IKnownSenders _known;
    private readonly IReadOnlyCollection<string> _localDomains;

    /// <summary>Creates a resolver.</summary>
    /// <param name="known">Contacts and correspondents.</param>
    /// <param name="localDomains">The operator's own domains: same organisation.</param>
    public RelationshipResolver(IKnownSenders known, IReadOnlyCollection<string>? localDomains = null)
    {
        _known = known;
        _localDomains = localDomains ?? [];
    }

    /// <summary>Resolves the relationship for the first organizer of the invitation's creating events.</summary>
    public Relationship Resolve(Invitation invitation, string? recipient, RecipientPolicy policy)
    {
        var organizer = invitation.Events.Where(e => e.Calendar.Method is not "REPLY" and not "COUNTER" and not "REFRESH")
            .Select(e => e.Event.Organizer?.Address).FirstOrDefault(a => a is not null)
            ?? invitation.Events.Select(e => e.Event.Organizer?.Address).FirstOrDefault(a => a is not null);
        if (organizer is null)
        {
            return Relationship.Unknown;
        }
        var authenticated = SenderFacts.For(invitation).OrganizerVouched(organizer);
        var domain = Reading.CalendarAddress.DomainOf(organizer);
        if (Matches(policy.BlockOrganizers, organizer, domain))
        {
            return new Relationship(RelationshipKind.BlockListed, organizer, authenticated);
        }
        if (Matches(policy.AllowOrganizers, organizer, domain))
        {
            return new Relationship(RelationshipKind.AllowListed, organizer, authenticated);
        }
        if (recipient is not null)
        {
            var kind = _known.Lookup(recipient, organizer);
            if (kind != RelationshipKind.Unknown)
            {
                return new Relationship(kind, organizer, authenticated);
            }
            var recipientDomain = Reading.CalendarAddress.DomainOf(recipient);
            if (domain is not null && (string.Equals(domain, recipientDomain, StringComparison.OrdinalIgnoreCase) ||
                                       _localDomains.Any(d => DomainNames.IsWithin(domain, d))))
            {
                return new Relationship(RelationshipKind.SameOrganisation, organizer, authenticated);
            }
        }
        return new Relationship(RelationshipKind.Unknown, organizer, authenticated);
    }

    /// <summary>True when an address or its domain is on a list of addresses and domains.</summary>
    public static bool Matches(IReadOnlyList<string> list, string address, string? domain)
    {
        foreach (var entry in list)
        {
            var e = entry.Trim().TrimStart('@');
            if (e.Contains('@') ? string.Equals(e, address, StringComparison.OrdinalIgnoreCase) : DomainNames.IsWithin(domain, e))
            {
                return true;
            }
        }
        return false;
    }
}
