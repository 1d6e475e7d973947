using System.Collections.Concurrent;

namespace Calguard.Decisions;

/// <summary>An in-process <see cref="IKnownSenders"/> for the CLI, tests and a single node without a store.</summary>
public sealed class InMemoryKnownSenders : IKnownSenders
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _contacts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, HashSet<string>> _correspondents = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public RelationshipKind Lookup(string recipient, string address)
    {
        if (_contacts.TryGetValue(recipient, out var contacts))
        {
            lock (contacts)
            {
                if (contacts.Contains(address))
                {
                    return RelationshipKind.Contact;
                }
            }
        }
        if (_correspondents.TryGetValue(recipient, out var correspondents))
        {
            lock (correspondents)
            {
                if (correspondents.Contains(address))
                {
                    return RelationshipKind.Correspondent;
                }
            }
        }
        return RelationshipKind.Unknown;
    }

    /// <inheritdoc />
    public void SetContacts(string recipient, IEnumerable<string> addresses) =>
        _contacts[recipient] = new HashSet<string>(addresses.Select(Normalise).OfType<string>(), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void AddCorrespondents(string recipient, IEnumerable<string> addresses, DateTimeOffset when)
    {
        var set = _correspondents.GetOrAdd(recipient, _ => new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        lock (set)
        {
            foreach (var a in addresses.Select(Normalise).OfType<string>())
            {
                set.Add(a);
            }
        }
    }

    private static string? Normalise(string address) => Reading.CalendarAddress.Normalise(address);
}
