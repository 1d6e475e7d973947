namespace Calguard.Analysis.Text;

/// <summary>The terms of one category found in a text.</summary>
public sealed class LexiconMatch
{
    /// <summary>The distinct terms, as written in the vocabulary.</summary>
    public List<string> Terms { get; } = [];

    /// <summary>Summed weight: 1 per strong term, 0.5 per weak one.</summary>
    public double Weight { get; set; }
}

/// <summary>
/// Finds terms (words and phrases) of several categories in normalised text in one pass over its words.
/// A term ending in <c>*</c> matches as a word prefix, one starting with <c>~</c> is weak (half weight); terms in scripts written without spaces (CJK, Thai)
/// match as substrings.
/// </summary>
public sealed class Lexicon
{
    private sealed record Term(string Category, string Text, string[] Words, bool LastIsPrefix, double Weight);

    private readonly Dictionary<string, List<Term>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Term>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Term>>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;
    private readonly Dictionary<string, List<Term>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly List<Term> _unspaced = [];
    private readonly Dictionary<(string Category, string Text), double> _weights = [];
    // Unspaced terms by their first character, and which characters start one: the text is walked once, rather than
    // searched once per term (hundreds of CJK, Hangul and Thai terms over a body of up to 200,000 characters).
    private readonly Dictionary<char, Term[]> _unspacedByFirst;
    private readonly bool[] _startsUnspaced = new bool[char.MaxValue + 1];
    private const int PrefixKey = 4;

    /// <summary>Builds a lexicon from (category, term) pairs; terms are normalised like the text.</summary>
    public Lexicon(IEnumerable<(string Category, string Term)> terms)
    {
        // Chinese terms in the other script, added after the list so that a spelling it gives itself keeps its weight.
        var variants = new List<Term>();
        foreach (var (category, entry) in terms)
        {
            // "~" marks a weak term (half weight), "~~" a very weak one (a quarter): words that only mean something together.
            var weight = entry.StartsWith("~~", StringComparison.Ordinal) ? 0.25 : entry.StartsWith('~') ? 0.5 : 1.0;
            var raw = entry.TrimStart('~');
            var prefix = raw.EndsWith('*');
            var text = TextNormaliser.Normalise(prefix ? raw[..^1] : raw).Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (text.Any(TextNormaliser.IsUnspacedScript))
            {
                _unspaced.Add(new Term(category, text, [], false, weight));
                _weights.TryAdd((category, text), weight);
                variants.AddRange(ChineseScripts.Variants(text).Select(v => new Term(category, v, [], false, weight)));
                continue;
            }
            var words = TextNormaliser.Words(text).ToArray();
            if (words.Length == 0)
            {
                continue;
            }
            var term = new Term(category, raw, words, prefix, weight);
            _weights.TryAdd((category, raw), weight);
            if (prefix && words.Length == 1)
            {
                if (words[0].Length < PrefixKey)
                {
                    Add(_byFirstWord, words[0], term with { LastIsPrefix = false });
                    continue;
                }
                Add(_byPrefix, words[0][..PrefixKey], term);
            }
            else
            {
                Add(_byFirstWord, words[0], term);
            }
        }
        foreach (var variant in variants)
        {
            if (_weights.TryAdd((variant.Category, variant.Text), variant.Weight))
            {
                _unspaced.Add(variant);
            }
        }
        _unspacedByFirst = _unspaced.GroupBy(t => t.Text[0]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var first in _unspacedByFirst.Keys)
        {
            _startsUnspaced[first] = true;
        }
        _firstWordLookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool HasUnspacedScript(ReadOnlySpan<char> text)
    {
        // Vectorised to the first character that could be one (Thai is the lowest of these scripts).
        var from = text.IndexOfAnyInRange('\u0E00', '\uFFFF');
        if (from < 0)
        {
            return false;
        }
        foreach (var c in text[from..])
        {
            if (TextNormaliser.IsUnspacedScript(c))
            {
                return true;
            }
        }
        return false;
    }

    private static void Add(Dictionary<string, List<Term>> index, string key, Term term)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(term);
    }

    /// <summary>Returns, per category, the distinct terms found and their summed weight (1 per strong term, 0.5 per weak one).</summary>
    /// <param name="words">The words of the normalised text (<see cref="TextNormaliser.Words"/>).</param>
    /// <param name="normalised">The normalised text, for unspaced-script terms.</param>
    public Dictionary<string, LexiconMatch> Match(IReadOnlyList<string> words, string normalised) => Match(words, normalised.AsSpan());

    /// <summary>As <see cref="Match(IReadOnlyList{string}, string)"/>, on text joined in a buffer rather than a string.</summary>
    internal Dictionary<string, LexiconMatch> Match(IReadOnlyList<string> words, ReadOnlySpan<char> normalised)
    {
        var found = new Dictionary<string, LexiconMatch>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            MatchAt(found, words, i, word);
            // Hebrew and Arabic write "and", "the", "to", "in" into the word ("והמסמך", "والفاتورة"): the term is
            // looked up again without them.
            if (word.Length > 2 && IsPrefixedScript(word[0]))
            {
                MatchStems(found, words, i, word);
            }
        }
        if (_unspaced.Count > 0 && HasUnspacedScript(normalised))
        {
            for (var i = 0; i < normalised.Length; i++)
            {
                if (!_startsUnspaced[normalised[i]])
                {
                    continue;
                }
                foreach (var term in _unspacedByFirst[normalised[i]])
                {
                    if (normalised[i..].StartsWith(term.Text, StringComparison.Ordinal))
                    {
                        Record(found, term);
                    }
                }
            }
        }
        return found;
    }

    private void MatchAt(Dictionary<string, LexiconMatch> found, IReadOnlyList<string> words, int i, ReadOnlySpan<char> word)
    {
        if (_firstWordLookup.TryGetValue(word, out var candidates))
        {
            foreach (var term in candidates)
            {
                if (Matches(term, words, i))
                {
                    Record(found, term);
                }
            }
        }
        if (word.Length >= PrefixKey && _prefixLookup.TryGetValue(word[..PrefixKey], out var prefixed))
        {
            foreach (var term in prefixed)
            {
                if (word.StartsWith(term.Words[0], StringComparison.Ordinal))
                {
                    Record(found, term);
                }
            }
        }
    }

    private static bool IsPrefixedScript(char c) => c is >= '\u05D0' and <= '\u05EA' or >= '\u0621' and <= '\u064A';

    // Hebrew's one-letter prefixes, up to two of them; Arabic's article and conjunctions, longest first.
    private const string HebrewPrefixes = "והלבמשכ";

    private static readonly string[] ArabicPrefixes = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف"];

    // The word without its prefixes, as spans of it: Hebrew's one-letter prefixes one at a time, Arabic's longest match.
    private void MatchStems(Dictionary<string, LexiconMatch> found, IReadOnlyList<string> words, int i, string word)
    {
        if (word[0] <= '\u05EA')
        {
            for (var skip = 0; skip < 2 && word.Length - skip > 3 && HebrewPrefixes.Contains(word[skip]); skip++)
            {
                MatchAt(found, words, i, word.AsSpan(skip + 1));
            }
            return;
        }
        foreach (var prefix in ArabicPrefixes)
        {
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                MatchAt(found, words, i, word.AsSpan(prefix.Length));
                return;
            }
        }
    }

    /// <summary>Takes the terms of <paramref name="category"/> that <paramref name="drop"/> selects, and their weight, out of a match.</summary>
    internal void Drop(Dictionary<string, LexiconMatch> found, string category, Func<string, bool> drop)
    {
        if (!found.TryGetValue(category, out var match))
        {
            return;
        }
        for (var i = match.Terms.Count - 1; i >= 0; i--)
        {
            if (drop(match.Terms[i]))
            {
                match.Weight -= _weights.GetValueOrDefault((category, match.Terms[i]), 1.0);
                match.Terms.RemoveAt(i);
            }
        }
        if (match.Terms.Count == 0)
        {
            found.Remove(category);
        }
    }

    private static bool Matches(Term term, IReadOnlyList<string> words, int at)
    {
        if (at + term.Words.Length > words.Count)
        {
            return false;
        }
        for (var k = 1; k < term.Words.Length; k++)
        {
            var last = k == term.Words.Length - 1;
            var w = words[at + k];
            if (last && term.LastIsPrefix ? !w.StartsWith(term.Words[k], StringComparison.Ordinal) : w != term.Words[k])
            {
                return false;
            }
        }
        if (term.Words.Length == 1 && term.LastIsPrefix)
        {
            return words[at].StartsWith(term.Words[0], StringComparison.Ordinal);
        }
        return true;
    }

    private static void Record(Dictionary<string, LexiconMatch> found, Term term)
    {
        if (!found.TryGetValue(term.Category, out var match))
        {
            found[term.Category] = match = new LexiconMatch();
        }
        if (!match.Terms.Contains(term.Text))
        {
            match.Terms.Add(term.Text);
            match.Weight += term.Weight;
        }
    }
}
