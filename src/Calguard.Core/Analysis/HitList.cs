namespace Calguard.Analysis;

/// <summary>Collects hits while rules run, applying the configured score of each signal.</summary>
public sealed class HitList
{
    private readonly List<Hit> _hits = [];
    private readonly IReadOnlyDictionary<string, double> _overrides;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Creates a list that applies <paramref name="overrides"/> (signal name → score).</summary>
    public HitList(IReadOnlyDictionary<string, double>? overrides = null) =>
        _overrides = overrides ?? new Dictionary<string, double>();

    /// <summary>The hits so far.</summary>
    public IReadOnlyList<Hit> Hits => _hits;

    /// <summary>True when the named signal has fired.</summary>
    public bool Has(string name) => _names.Contains(name);

    /// <summary>Adds a hit; a signal fires at most once per invitation (later details are ignored).</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="detail">The evidence, one sentence.</param>
    /// <param name="factor">Scales the score for graded evidence (0..1 usually).</param>
    public void Add(Signal signal, string detail, double factor = 1.0)
    {
        if (!_names.Add(signal.Name))
        {
            return;
        }
        var score = _overrides.TryGetValue(signal.Name, out var configured) ? configured : signal.Score;
        // A signal informational by default stays informational, whatever its factor; one switched off (0) is dropped by the scorer.
        _hits.Add(new Hit(signal.Name, signal.Group, Math.Round(score * factor, 2), detail) { Notice = signal.Score == 0 && score == 0 });
    }
}
