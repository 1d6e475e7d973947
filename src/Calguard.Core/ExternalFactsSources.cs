using Calguard.Analysis;

namespace Calguard;

/// <summary>Several <see cref="IExternalFactsSource"/>s asked at once, their facts merged.</summary>
public sealed class ExternalFactsSources : IExternalFactsSource
{
    private readonly IExternalFactsSource[] _sources;

    /// <summary>Combines <paramref name="sources"/>; the order only decides which block reason a recipient sees first.</summary>
    public ExternalFactsSources(IEnumerable<IExternalFactsSource> sources) => _sources = [.. sources];

    /// <summary>The combined sources.</summary>
    public IReadOnlyList<IExternalFactsSource> Sources => _sources;

    /// <inheritdoc />
    public async ValueTask<ExternalFacts> ForAsync(Invitation invitation, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        switch (_sources.Length)
        {
            case 0:
                return ExternalFacts.None;
            case 1:
                return await _sources[0].ForAsync(invitation, recipients, cancellationToken).ConfigureAwait(false);
        }
        // Sources wait on different things (database, DNS): ask them together.
        var pending = _sources.Select(s => s.ForAsync(invitation, recipients, cancellationToken).AsTask()).ToArray();
        var facts = ExternalFacts.None;
        foreach (var result in await Task.WhenAll(pending).ConfigureAwait(false))
        {
            facts = facts.Merge(result);
        }
        return facts;
    }
}
