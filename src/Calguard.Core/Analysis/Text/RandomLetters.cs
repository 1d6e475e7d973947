namespace Calguard.Analysis.Text;

/// <summary>
/// What letters strung together at random look like in a Latin-script text: four consonants in a row or no vowel at
/// all, and a large share of the letters j, k, q, v, w, x, z (about 27 % in uniformly random letters; 5 % in German,
/// 9 % in Dutch, 16 % in Polish). Consonant clusters alone would flag German compounds ("Restmüll", "Impftermin").
/// </summary>
internal static class RandomLetters
{
    /// <summary>Four consonants in a row, or no vowel at all in four or more letters.</summary>
    public static bool IsImplausible(ReadOnlySpan<char> word)
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

    /// <summary>One of the letters j, k, q, v, w, x, z, rare in the languages and common in random letters.</summary>
    public static bool IsRare(char c) => c is 'j' or 'k' or 'q' or 'v' or 'w' or 'x' or 'z';

    /// <summary>How many of <paramref name="letters"/> are rare ones (<see cref="IsRare"/>).</summary>
    public static int CountRare(ReadOnlySpan<char> letters)
    {
        var rare = 0;
        foreach (var c in letters)
        {
            rare += IsRare(c) ? 1 : 0;
        }
        return rare;
    }
}
