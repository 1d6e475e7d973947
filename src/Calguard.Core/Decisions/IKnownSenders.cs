namespace Calguard.Decisions;

/// <summary>
/// Who each recipient knows: contacts and correspondents. Fed only by what the recipient did (imported
/// contacts, outbound mail), never by inbound invitations or attendee lists, so spam cannot make itself known
/// (nextcloud/contacts#3357).
/// </summary>
public interface IKnownSenders
{
    /// <summary>How <paramref name="recipient"/> knows <paramref name="address"/>: Contact, Correspondent or Unknown.</summary>
    RelationshipKind Lookup(string recipient, string address);

    /// <summary>Replaces the recipient's contact list.</summary>
    void SetContacts(string recipient, IEnumerable<string> addresses);

    /// <summary>Records that the recipient wrote to these addresses.</summary>
    void AddCorrespondents(string recipient, IEnumerable<string> addresses, DateTimeOffset when);
}
