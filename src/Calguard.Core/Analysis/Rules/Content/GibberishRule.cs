namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// Hash-busting filler: runs of random letter strings ("eccm pfk zmyrdg wbnjw …") added so that no two copies
/// of a campaign look alike to fingerprinting filters. No language produces such runs.
/// </summary>
public sealed class GibberishRule : Rule
{
    /// <summary>Random filler text.</summary>
    public static readonly Signal Filler = new("TEXT_RANDOM_FILLER", Groups.Content, 2.5,
        "The text contains a run of random, unpronounceable letter strings: filler that makes each copy unique to evade fingerprinting.");

    private const int Window = 24;

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Filler];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var words in new[] { context.Content.BodyWords, context.Content.CalendarWords })
        {
            if (FindRun(words) is { } sample)
            {
                hits.Add(Filler, $"random filler such as \"{sample}\"");
                return;
            }
        }
    }

    internal static string? FindRun(IReadOnlyList<string> words)
    {
        var ascii = new List<string>(words.Count);
        foreach (var w in words)
        {
            if (w.Length is >= 3 and <= 14 && !w.AsSpan().ContainsAnyExceptInRange('a', 'z'))
            {
                ascii.Add(w);
            }
        }
        if (ascii.Count < Window)
        {
            return null;
        }
        var implausible = new bool[ascii.Count];
        for (var i = 0; i < ascii.Count; i++)
        {
            implausible[i] = IsImplausible(ascii[i]);
        }
        var count = 0;
        for (var i = 0; i < ascii.Count; i++)
        {
            count += implausible[i] ? 1 : 0;
            if (i >= Window)
            {
                count -= implausible[i - Window] ? 1 : 0;
            }
            if (i >= Window - 1 && count >= Window * 0.4 && RareLetterShare(ascii, i - Window + 1, Window) >= 0.2)
            {
                return string.Join(' ', ascii.Skip(i - Window + 1).Take(6));
            }
        }
        return null;
    }

    /// <summary>
    /// Share of the letters j, k, q, v, w, x, z: about 5 % in German, 9 % in Dutch, 16 % in Polish, but 27 % in
    /// uniformly random letters. Consonant clusters alone would flag German compounds ("Restmüll", "Impftermin").
    /// </summary>
    internal static double RareLetterShare(List<string> words, int start, int count)
    {
        var rare = 0;
        var total = 0;
        for (var i = start; i < start + count; i++)
        {
            foreach (var c in words[i])
            {
                total++;
                if (c is 'j' or 'k' or 'q' or 'v' or 'w' or 'x' or 'z')
                {
                    rare++;
                }
            }
        }
        return total == 0 ? 0 : (double)rare / total;
    }

    /// <summary>Four consonants in a row, or no vowel at all in four or more letters.</summary>
    internal static bool IsImplausible(string word)
    {
        var run = 0;
        var vowels = 0;
        foreach (var c in word)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                vowels++;
                run = 0;
            }
            else if (++run >= 4)
            {
                return true;
            }
        }
        return vowels == 0 && word.Length >= 4;
    }
}
