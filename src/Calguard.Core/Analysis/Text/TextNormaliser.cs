using System.Globalization;
using System.Text;

namespace Calguard.Analysis.Text;

/// <summary>What normalisation found and removed: the obfuscation itself is evidence.</summary>
public sealed class NormalisedText
{
    /// <summary>Lower-case, NFKC, without invisible characters or Latin diacritics; look-alike letters folded to Latin inside mixed words.</summary>
    public required string Text { get; init; }

    /// <summary>Invisible characters (zero-width, bidi controls, tag and variation selectors, soft hyphens) removed.</summary>
    public int InvisibleCharacters { get; init; }

    /// <summary>Invisible characters that sat inside a word (between two letters): the hash-busting trick.</summary>
    public int InvisibleInsideWords { get; init; }

    /// <summary>Words that mix Latin letters with Cyrillic or Greek look-alikes, e.g. "PаyPal" with a Cyrillic 'а'.</summary>
    public IReadOnlyList<string> MixedScriptWords { get; init; } = [];

    /// <summary>Runs of single letters separated by spaces ("P a y P a l"), joined.</summary>
    public IReadOnlyList<string> SpacedWords { get; init; } = [];
}

/// <summary>Normalises text so that obfuscated words match the lexicons, and records the obfuscation.</summary>
public static class TextNormaliser
{
    /// <summary>Word lists written as people write them, normalised like the text they are looked for in (empty and duplicate entries dropped).</summary>
    internal static string[] NormaliseAll(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => Normalise(p).Text.Trim()).Where(p => p.Length > 0).Distinct()];

    /// <summary>The first of <paramref name="phrases"/> that <paramref name="text"/> contains, or null.</summary>
    internal static string? FirstContained(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }
        return null;
    }

    /// <summary>Normalises <paramref name="input"/>; bounded to <paramref name="maxChars"/> characters.</summary>
    public static NormalisedText Normalise(string input, int maxChars = 200_000)
    {
        if (input.Length > maxChars)
        {
            input = input[..maxChars];
        }
        var (text, invisible, inside) = RemoveInvisible(input);
        if (!Ascii.IsValid(text))
        {
            try
            {
                // Checking is cheaper than normalising, which copies the text even when it is already in form KC.
                if (!text.IsNormalized(NormalizationForm.FormKC))
                {
                    text = text.Normalize(NormalizationForm.FormKC);
                }
            }
            catch (ArgumentException)
            {
                // Lone surrogates: keep the text as it is.
            }
            // Word processors and phones type the apostrophe as U+2019: "you’ve won" must match "you've won".
            if (text.AsSpan().IndexOfAny('\u2019', '\u02BC') >= 0)
            {
                text = text.Replace('\u2019', '\'').Replace('\u02BC', '\'');
            }
        }
        text = InvariantCase.ToLower(text);

        // Most texts have neither: the lists are made only for a text that has one.
        List<string>? mixed = null;
        List<string>? spaced = null;
        var folded = FoldWords(text, ref mixed);
        CollectSpaced(folded, ref spaced);
        if (spaced is not null)
        {
            folded = folded + " " + string.Join(' ', spaced);
        }
        return new NormalisedText
        {
            Text = folded,
            InvisibleCharacters = invisible,
            InvisibleInsideWords = inside,
            MixedScriptWords = (IReadOnlyList<string>?)mixed ?? [],
            SpacedWords = (IReadOnlyList<string>?)spaced ?? [],
        };
    }

    private static (string Text, int Invisible, int Inside) RemoveInvisible(string input)
    {
        // Invisible characters lie at U+00AD and above (or are surrogate pairs): most text has none and is kept as it is.
        if (!MayHoldInvisible(input))
        {
            return (input, 0, 0);
        }
        var invisible = 0;
        var inside = 0;
        var sb = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, input[i + 1]);
                if (IsInvisible(cp))
                {
                    invisible++;
                    if (IsBetweenLetters(input, i, 2))
                    {
                        inside++;
                    }
                    i++;
                    continue;
                }
                sb.Append(c).Append(input[i + 1]);
                i++;
                continue;
            }
            if (IsInvisible(c))
            {
                invisible++;
                if (IsBetweenLetters(input, i, 1))
                {
                    inside++;
                }
                continue;
            }
            sb.Append(c);
        }
        return (sb.ToString(), invisible, inside);
    }

    private static bool MayHoldInvisible(string s)
    {
        // Only characters from U+00AD on can be either: the search jumps from one to the next.
        for (var i = s.AsSpan().IndexOfAnyInRange('\u00AD', '\uFFFF'); i >= 0;)
        {
            if (char.IsSurrogate(s[i]) || IsInvisible(s[i]))
            {
                return true;
            }
            var next = s.AsSpan(i + 1).IndexOfAnyInRange('\u00AD', '\uFFFF');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    // Copies the text only when a word needs folding: most words are plain ASCII and stay as they are.
    private static string FoldWords(string text, ref List<string>? mixed)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }
        StringBuilder? result = null;
        var copied = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
                continue;
            }
            if (start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                var kind = Classify(word);
                if (kind.Fold)
                {
                    result ??= new StringBuilder(text.Length + 16);
                    result.Append(text, copied, start - copied);
                    AppendFolded(result, word, kind, ref mixed);
                    copied = i;
                }
                start = -1;
            }
        }
        if (result is null)
        {
            return text;
        }
        result.Append(text, copied, text.Length - copied);
        return result.ToString();
    }

    private static bool IsBetweenLetters(string s, int at, int width)
    {
        var before = at - 1;
        while (before >= 0 && IsInvisibleAt(s, before))
        {
            before--;
        }
        var after = at + width;
        while (after < s.Length && IsInvisibleAt(s, after))
        {
            after++;
        }
        return before >= 0 && after < s.Length && char.IsLetter(s[before]) && (char.IsLetter(s[after]) || char.IsHighSurrogate(s[after]));
    }

    private static bool IsInvisibleAt(string s, int i)
    {
        if (char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1]))
        {
            return IsInvisible(char.ConvertToUtf32(s[i - 1], s[i]));
        }
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            return IsInvisible(char.ConvertToUtf32(s[i], s[i + 1]));
        }
        return IsInvisible(s[i]);
    }

    /// <summary>True for characters that render as nothing and serve only to split or disguise words.</summary>
    public static bool IsInvisible(int cp) => cp switch
    {
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x180E or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x2064 => true,
        >= 0x2066 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xE0000 and <= 0xE007F => true,
        >= 0xE0100 and <= 0xE01EF => true,
        _ => false,
    };

    private readonly record struct WordKind(bool Fold, bool Mixed, bool AllConfusable);

    private static WordKind Classify(ReadOnlySpan<char> word)
    {
        var latin = 0;
        var other = 0;
        var confusable = 0;
        var nonAsciiLatin = false;
        foreach (var c in word)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    latin++;
                }
            }
            else if (c <= 0x024F)
            {
                latin++;
                nonAsciiLatin = true;
            }
            else if (Confusables.ToLatin(c) != '\0')
            {
                other++;
                confusable++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }
        var isMixed = latin > 0 && confusable > 0;
        // A word written only with look-alikes ("РаураІ") reads as Latin too; it is added after the original.
        var allConfusable = latin == 0 && other > 0 && confusable == other && word.Length >= 3;
        return new WordKind(isMixed || nonAsciiLatin || allConfusable, isMixed, allConfusable);
    }

    private static void AppendFolded(StringBuilder sb, ReadOnlySpan<char> word, WordKind kind, ref List<string>? mixed)
    {
        if (kind.AllConfusable)
        {
            sb.Append(word).Append(' ');
        }
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var folded = c > 0x024F ? Confusables.ToLatin(c) : Confusables.StripDiacritic(c);
            buffer[i] = folded == '\0' ? c : folded;
        }
        sb.Append(buffer);
        if (kind.Mixed)
        {
            (mixed ??= []).Add(buffer.ToString());
        }
    }

    private static void CollectSpaced(string text, ref List<string>? spaced)
    {
        // "p a y p a l" or "c adeaukaart": single letters separated by single spaces, at least four in a row.
        StringBuilder? run = null;
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var single = char.IsLetter(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) &&
                         (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
            if (single)
            {
                (run ??= new StringBuilder()).Append(text[i]);
                count++;
                if (i + 2 < text.Length && text[i + 1] == ' ' && char.IsLetter(text[i + 2]))
                {
                    i += 2;
                    continue;
                }
            }
            if (count >= 4)
            {
                (spaced ??= []).Add(run!.ToString());
            }
            run?.Clear();
            count = 0;
            i++;
        }
        if (count >= 4)
        {
            (spaced ??= []).Add(run!.ToString());
        }
    }

    /// <summary>Splits normalised text into words (letters and digits).</summary>
    public static List<string> Words(string normalised, int max = 50_000)
    {
        // Words average about six characters with their separator; sizing the list up front saves its regrowth.
        var words = new List<string>(Math.Min(max, normalised.Length / 6 + 1));
        var start = -1;
        for (var i = 0; i <= normalised.Length && words.Count < max; i++)
        {
            if (i < normalised.Length && (char.IsLetterOrDigit(normalised[i]) || (normalised[i] == '\'' && start >= 0)))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                words.Add(WordString(normalised.AsSpan(start, i - start).Trim('\'')));
                start = -1;
            }
        }
        return words;
    }

    // Words repeat within a message and across messages ("meeting", "the", "join"): each thread keeps one copy of the
    // first words it meets instead of a new string per occurrence. Filled once and never cleared, so random words in
    // spam cannot grow it past its bound nor churn old-generation garbage; words beyond it are allocated as before.
    [ThreadStatic]
    private static HashSet<string>? t_wordCache;

    private const int WordCacheCapacity = 4096;
    private const int WordCacheMaxLength = 24;

    private static string WordString(ReadOnlySpan<char> word)
    {
        if (word.Length > WordCacheMaxLength)
        {
            return word.ToString();
        }
        var cache = t_wordCache ??= new HashSet<string>(WordCacheCapacity, StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }
        var s = word.ToString();
        if (cache.Count < WordCacheCapacity)
        {
            cache.Add(s);
        }
        return s;
    }

    /// <summary>True when the character belongs to a script written without spaces (CJK, Thai).</summary>
    public static bool IsUnspacedScript(char c) =>
        // Thai is the lowest of these scripts: one comparison for the Latin letters of most text.
        c >= '\u0E00' && c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\u0E00' and <= '\u0E7F' or >= '\uAC00' and <= '\uD7AF';

    internal static UnicodeCategory Category(char c) => CharUnicodeInfo.GetUnicodeCategory(c);
}
