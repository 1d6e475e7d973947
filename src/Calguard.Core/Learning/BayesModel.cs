using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calguard.Learning;

/// <summary>What the classifier concluded, and why.</summary>
/// <param name="Probability">Spam probability 0..1 (Robinson–Fisher chi-square combining).</param>
/// <param name="Tokens">How many tokens were significant.</param>
/// <param name="Evidence">The most telling tokens, strongest first, with their spam probability.</param>
public sealed record BayesResult(double Probability, int Tokens, IReadOnlyList<(string Token, double Probability)> Evidence);

/// <summary>
/// A token-based naive Bayes classifier in the SpamAssassin/Bogofilter manner (Robinson's smoothing, Fisher's
/// chi-square combining), trained incrementally. It only speaks once it has seen enough of both kinds.
/// </summary>
public sealed class BayesModel
{
    private readonly Dictionary<string, TokenCounts> _tokens = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private bool _frozen;

    /// <summary>Counts for one token.</summary>
    public sealed class TokenCounts
    {
        /// <summary>Spam messages the token appeared in.</summary>
        public int Spam { get; set; }

        /// <summary>Ham messages the token appeared in.</summary>
        public int Ham { get; set; }
    }

    /// <summary>Spam messages trained.</summary>
    public int SpamMessages { get; private set; }

    /// <summary>Ham messages trained.</summary>
    public int HamMessages { get; private set; }

    /// <summary>Distinct tokens known.</summary>
    public int TokenCount
    {
        get
        {
            lock (_lock)
            {
                return _tokens.Count;
            }
        }
    }

    /// <summary>Messages of each kind needed before the classifier speaks. Default 50.</summary>
    public int MinimumMessages { get; init; } = 50;

    /// <summary>True when both kinds have at least <see cref="MinimumMessages"/> messages.</summary>
    public bool IsReady => SpamMessages >= MinimumMessages && HamMessages >= MinimumMessages;

    /// <summary>Learns a message (or, with <paramref name="undo"/>, forgets one learned before: a "not spam" report after a "spam" one).</summary>
    public void Train(IEnumerable<string> tokens, bool spam, bool undo = false)
    {
        var delta = undo ? -1 : 1;
        lock (_lock)
        {
            ThrowIfFrozen();
            if (spam)
            {
                SpamMessages = Math.Max(0, SpamMessages + delta);
            }
            else
            {
                HamMessages = Math.Max(0, HamMessages + delta);
            }
            foreach (var t in tokens)
            {
                if (!_tokens.TryGetValue(t, out var c))
                {
                    if (undo)
                    {
                        continue;
                    }
                    _tokens[t] = c = new TokenCounts();
                }
                if (spam)
                {
                    c.Spam = Math.Max(0, c.Spam + delta);
                }
                else
                {
                    c.Ham = Math.Max(0, c.Ham + delta);
                }
            }
        }
    }

    /// <summary>Adds counts learned elsewhere (a store, another node).</summary>
    public void Add(string token, int spam, int ham)
    {
        lock (_lock)
        {
            ThrowIfFrozen();
            if (!_tokens.TryGetValue(token, out var c))
            {
                _tokens[token] = c = new TokenCounts();
            }
            c.Spam += spam;
            c.Ham += ham;
        }
    }

    /// <summary>A snapshot of every token's counts, in ordinal order (for writing the model out).</summary>
    public IReadOnlyList<(string Token, int Spam, int Ham)> Tokens()
    {
        lock (_lock)
        {
            var all = _tokens.Select(t => (t.Key, t.Value.Spam, t.Value.Ham)).ToList();
            all.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return all;
        }
    }

    /// <summary>Sets the message totals (when loading from a store).</summary>
    public void SetTotals(int spam, int ham)
    {
        ThrowIfFrozen();
        SpamMessages = spam;
        HamMessages = ham;
    }

    /// <summary>Makes the model read-only, so that classifying takes no lock; training it afterwards throws.</summary>
    public BayesModel Freeze()
    {
        lock (_lock)
        {
            Volatile.Write(ref _frozen, true);
        }
        return this;
    }

    /// <summary>
    /// The model's own copy of <paramref name="token"/>, so that a caller building features need not allocate one;
    /// frozen models only (they are read without a lock).
    /// </summary>
    internal bool TryGetKnownToken(ReadOnlySpan<char> token, [NotNullWhen(true)] out string? known)
    {
        known = null;
        return Volatile.Read(ref _frozen) && _tokens.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out known, out _);
    }

    private void Score(IReadOnlyCollection<string> tokens, List<(string Token, double P)> scored)
    {
        const double strength = 0.45, assumed = 0.5;
        foreach (var t in tokens)
        {
            if (!_tokens.TryGetValue(t, out var c) || c.Spam + c.Ham == 0)
            {
                continue;
            }
            var spamRatio = (double)c.Spam / SpamMessages;
            var hamRatio = (double)c.Ham / HamMessages;
            var p = spamRatio / (spamRatio + hamRatio);
            var n = c.Spam + c.Ham;
            var f = (strength * assumed + n * p) / (strength + n);
            if (Math.Abs(f - 0.5) >= 0.1)
            {
                scored.Add((t, Math.Clamp(f, 0.01, 0.99)));
            }
        }
    }

    private void ThrowIfFrozen()
    {
        if (_frozen)
        {
            throw new InvalidOperationException("this model is frozen (read-only)");
        }
    }

    /// <summary>Classifies a token set; null when the model is not ready.</summary>
    public BayesResult? Classify(IReadOnlyCollection<string> tokens, int maxTokens = 150)
    {
        if (!IsReady)
        {
            return null;
        }
        var scored = new List<(string Token, double P)>();
        // A frozen model (the seed) is only read, by every scanning thread at once: it needs no lock.
        if (Volatile.Read(ref _frozen))
        {
            Score(tokens, scored);
        }
        else
        {
            lock (_lock)
            {
                Score(tokens, scored);
            }
        }
        if (scored.Count == 0)
        {
            return new BayesResult(0.5, 0, []);
        }
        var top = scored.OrderByDescending(s => Math.Abs(s.P - 0.5)).Take(maxTokens).ToList();
        // Robinson–Fisher as in SpamBayes: S rises when the spam probabilities are high (their complements small), H when
        // they are low; the result is (1 + S - H) / 2. (This was once written the other way round, inverting every answer.)
        var lnP = 0.0;
        var lnNotP = 0.0;
        foreach (var (_, p) in top)
        {
            lnP += Math.Log(p);
            lnNotP += Math.Log(1 - p);
        }
        var s = 1 - ChiSquaredCdfComplement(-2 * lnNotP, 2 * top.Count);
        var h = 1 - ChiSquaredCdfComplement(-2 * lnP, 2 * top.Count);
        var probability = (1 + s - h) / 2;
        return new BayesResult(probability, top.Count, top.Take(8).ToList());
    }

    // Survival function of the chi-square distribution with even degrees of freedom (Robinson's chi2Q).
    private static double ChiSquaredCdfComplement(double x2, int degrees)
    {
        var m = x2 / 2;
        var sum = Math.Exp(-m);
        var term = sum;
        for (var i = 1; i < degrees / 2; i++)
        {
            term *= m / i;
            sum += term;
        }
        return Math.Min(sum, 1.0);
    }

    /// <summary>Writes the model as JSON.</summary>
    public void Save(Stream stream)
    {
        lock (_lock)
        {
            var file = new ModelFile
            {
                SpamMessages = SpamMessages,
                HamMessages = HamMessages,
                Tokens = _tokens.Where(t => t.Value.Spam + t.Value.Ham > 0).OrderBy(t => t.Key, StringComparer.Ordinal)
                    .ToDictionary(t => t.Key, t => new[] { t.Value.Spam, t.Value.Ham }),
            };
            JsonSerializer.Serialize(stream, file, ModelJson.Default.ModelFile);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="JsonException">The stream is not a model.</exception>
    public static BayesModel Load(Stream stream, int minimumMessages = 50)
    {
        var file = JsonSerializer.Deserialize(stream, ModelJson.Default.ModelFile) ?? throw new JsonException("empty model");
        var model = new BayesModel { MinimumMessages = minimumMessages };
        model.SetTotals(file.SpamMessages, file.HamMessages);
        foreach (var (token, counts) in file.Tokens)
        {
            if (counts.Length == 2)
            {
                model.Add(token, counts[0], counts[1]);
            }
        }
        return model;
    }

    internal sealed class ModelFile
    {
        public int SpamMessages { get; set; }

        public int HamMessages { get; set; }

        public Dictionary<string, int[]> Tokens { get; set; } = [];
    }
}

[JsonSerializable(typeof(BayesModel.ModelFile))]
internal sealed partial class ModelJson : JsonSerializerContext;
