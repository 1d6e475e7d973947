namespace Calguard.Decisions;

/// <summary>Domain and recipient policy overrides, as set through configuration or the API.</summary>
public interface IPolicyStore
{
    /// <summary>The override for a domain, or null.</summary>
    PolicyOverride? GetDomain(string domain);

    /// <summary>The override for a recipient address, or null.</summary>
    PolicyOverride? GetRecipient(string address);

    /// <summary>Sets (or with null removes) a domain override.</summary>
    void SetDomain(string domain, PolicyOverride? policy);

    /// <summary>Sets (or with null removes) a recipient override.</summary>
    void SetRecipient(string address, PolicyOverride? policy);
}

/// <summary>An in-process <see cref="IPolicyStore"/>.</summary>
public sealed class InMemoryPolicyStore : IPolicyStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PolicyOverride> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PolicyOverride> _recipients = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public PolicyOverride? GetDomain(string domain) => _domains.TryGetValue(domain, out var p) ? p : null;

    /// <inheritdoc />
    public PolicyOverride? GetRecipient(string address) => _recipients.TryGetValue(address, out var p) ? p : null;

    /// <inheritdoc />
    public void SetDomain(string domain, PolicyOverride? policy)
    {
        if (policy is null)
        {
            _domains.TryRemove(domain, out _);
        }
        else
        {
            _domains[domain] = policy;
        }
    }

    /// <inheritdoc />
    public void SetRecipient(string address, PolicyOverride? policy)
    {
        if (policy is null)
        {
            _recipients.TryRemove(address, out _);
        }
        else
        {
            _recipients[address] = policy;
        }
    }
}

/// <summary>Resolves a recipient's policy: the global default, then its domain's override, then its own.</summary>
public sealed class PolicyResolver(RecipientPolicy global, IPolicyStore store)
{
    /// <summary>The global default.</summary>
    public RecipientPolicy Global { get; } = global;

    /// <summary>The overrides.</summary>
    public IPolicyStore Store { get; } = store;

    /// <summary>The resolved policy for <paramref name="recipient"/> (the global default when null).</summary>
    public RecipientPolicy Resolve(string? recipient)
    {
        if (string.IsNullOrEmpty(recipient))
        {
            return Global;
        }
        var domain = Reading.CalendarAddress.DomainOf(recipient);
        var policy = Global;
        if (domain is not null)
        {
            policy = policy.With(Store.GetDomain(domain));
        }
        return policy.With(Store.GetRecipient(recipient));
    }
}
