namespace Calguard.Reputation;

/// <summary>One entity with a reputation: a kind from <see cref="ReputationKinds"/> and its key (lower-case).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Key">The address, domain, IP or network.</param>
public readonly record struct ReputationSubject(string Kind, string Key)
{
    /// <inheritdoc />
    public override string ToString() => Kind + ":" + Key;
}
