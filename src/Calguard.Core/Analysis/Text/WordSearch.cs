using System.Buffers;
using System.Text;

namespace Calguard.Analysis.Text;

/// <summary>
/// One pass for many words in many scripts. .NET searches a set of ASCII words with vector instructions, but a set
/// that holds a single Greek or Thai word falls back to an automaton that looks every character of the text up in a
/// dictionary (ten times slower on an English text). So the ASCII words are searched on their own, and a word that
/// starts beyond ASCII is tried only where the text has a character that begins one.
/// </summary>
internal sealed class WordSearch
{
    private readonly string[] _words;
    private readonly SearchValues<string>? _ascii;
    private readonly Dictionary<char, string[]>? _wideByFirst;
    private readonly SearchValues<char>? _wideFirst;
    // Words that start with an ASCII character and hold another ("aé"): rare, searched the slow way near the text's
    // first character beyond ASCII.
    private readonly SearchValues<string>? _mixed;
    private readonly int _longestMixed;

    /// <summary>Prepares the search for <paramref name="words"/> (ordinal).</summary>
    public WordSearch(IEnumerable<string> words)
    {
        var all = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _words = all;
        var ascii = all.Where(w => Ascii.IsValid(w)).ToArray();
        var wide = all.Where(w => !Ascii.IsValid(w) && !char.IsAscii(w[0])).ToArray();
        var mixed = all.Where(w => !Ascii.IsValid(w) && char.IsAscii(w[0])).ToArray();
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.Ordinal) : null;
        _wideByFirst = wide.Length > 0 ? wide.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray()) : null;
        _wideFirst = wide.Length > 0 ? SearchValues.Create(string.Concat(wide.Select(w => w[0]).Distinct())) : null;
        _mixed = mixed.Length > 0 ? SearchValues.Create(mixed, StringComparison.Ordinal) : null;
        _longestMixed = mixed.Length > 0 ? mixed.Max(w => w.Length) : 0;
    }

    /// <summary>
    /// The word that <see cref="IndexOfAny"/> found at <paramref name="at"/>: the first, in the order given, that starts
    /// there (for a rule's detail).
    /// </summary>
    public string WordAt(ReadOnlySpan<char> text, int at)
    {
        foreach (var word in _words)
        {
            if (text[at..].StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return text.Slice(at, Math.Min(20, text.Length - at)).ToString();
    }

    /// <summary>The index of the first occurrence of any of the words in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var found = _ascii is null ? -1 : text.IndexOfAny(_ascii);
        var best = found < 0 ? text.Length : found;
        if (_wideByFirst is null && _mixed is null)
        {
            return found;
        }
        var firstWide = text[..best].IndexOfAnyExceptInRange('\0', '\u007f');
        if (_wideByFirst is not null && firstWide >= 0)
        {
            best = FirstWide(text, firstWide, best);
        }
        if (_mixed is not null)
        {
            // A mixed word can start no earlier than its length before the first character beyond ASCII it holds.
            var wideAt = text.IndexOfAnyExceptInRange('\0', '\u007f');
            var start = wideAt < 0 ? best : Math.Max(0, wideAt - _longestMixed + 1);
            if (start < best)
            {
                var end = Math.Min(text.Length, best + _longestMixed);
                var at = text[start..end].IndexOfAny(_mixed);
                if (at >= 0 && start + at < best)
                {
                    best = start + at;
                }
            }
        }
        return best < text.Length ? best : -1;
    }

    // The first wide-starting word at or after `from` and before `before`, or `before`.
    private int FirstWide(ReadOnlySpan<char> text, int from, int before)
    {
        for (var p = from; p < before;)
        {
            // Vectorised over the characters that begin a word: a Greek text is not looked up letter by letter.
            var next = text[p..before].IndexOfAny(_wideFirst!);
            if (next < 0)
            {
                break;
            }
            p += next;
            foreach (var word in _wideByFirst![text[p]])
            {
                if (text[p..].StartsWith(word, StringComparison.Ordinal))
                {
                    return p;
                }
            }
            p++;
        }
        return before;
    }
}
