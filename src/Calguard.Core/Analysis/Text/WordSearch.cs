using System.Buffers;
using System.Text;

namespace Calguard.Analysis.Text;

/// <summary>
/// One pass for many words in many scripts. .NET searches ASCII words with vector instructions, but a set that
/// holds a single Greek or Thai word falls back to an automaton that looks up every character of the text in a
/// dictionary; so the ASCII words are searched on their own, and the others only around text that is not ASCII.
/// </summary>
internal sealed class WordSearch
{
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _wide;
    private readonly int _longestWide;

    /// <summary>Prepares the search for <paramref name="words"/> (ordinal).</summary>
    public WordSearch(IEnumerable<string> words)
    {
        var all = words.Distinct(StringComparer.Ordinal).ToArray();
        var ascii = all.Where(w => Ascii.IsValid(w)).ToArray();
        var wide = all.Where(w => !Ascii.IsValid(w)).ToArray();
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.Ordinal) : null;
        _wide = wide.Length > 0 ? SearchValues.Create(wide, StringComparison.Ordinal) : null;
        _longestWide = wide.Length > 0 ? wide.Max(w => w.Length) : 0;
    }

    /// <summary>The index of the first occurrence of any of the words in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var found = _ascii is null ? -1 : text.IndexOfAny(_ascii);
        if (_wide is null)
        {
            return found;
        }
        // A word with a character beyond ASCII can start no earlier than its length before the text's first such one.
        var firstWide = text.IndexOfAnyExceptInRange('\0', '\u007f');
        if (firstWide < 0)
        {
            return found;
        }
        var start = Math.Max(0, firstWide - _longestWide + 1);
        var before = found < 0 ? text.Length : found;
        if (start >= before)
        {
            return found;
        }
        var end = found < 0 ? text.Length : Math.Min(text.Length, found + _longestWide);
        var wideFound = text[start..end].IndexOfAny(_wide);
        return wideFound >= 0 && start + wideFound < before ? start + wideFound : found;
    }
}
