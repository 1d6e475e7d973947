namespace Calguard.Analysis.Text;

/// <summary>Letters from other scripts that look like Latin letters, and Latin letters with diacritics.</summary>
/// <remarks>A hand-picked subset of Unicode's confusables.txt: the Cyrillic, Greek and Armenian letters that
/// phishing uses to spell brand names ("РayPal", "Місrosoft"), plus fullwidth forms that NFKC already folds.</remarks>
public static class Confusables
{
    private static readonly Dictionary<char, char> Map = new()
    {
        // Cyrillic lower case
        ['а'] = 'a',
        ['в'] = 'b',
        ['е'] = 'e',
        ['ё'] = 'e',
        ['к'] = 'k',
        ['м'] = 'm',
        ['н'] = 'h',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['т'] = 't',
        ['у'] = 'y',
        ['х'] = 'x',
        ['ѕ'] = 's',
        ['і'] = 'i',
        ['ї'] = 'i',
        ['ј'] = 'j',
        ['ԁ'] = 'd',
        ['ԛ'] = 'q',
        ['ԝ'] = 'w',
        ['һ'] = 'h',
        ['ӏ'] = 'l',
        ['ь'] = 'b',
        ['ɡ'] = 'g',
        ['ᴠ'] = 'v',
        ['ѵ'] = 'v',
        ['г'] = 'r',
        ['п'] = 'n',
        // Cyrillic upper case
        ['А'] = 'a',
        ['В'] = 'b',
        ['Е'] = 'e',
        ['К'] = 'k',
        ['М'] = 'm',
        ['Н'] = 'h',
        ['О'] = 'o',
        ['Р'] = 'p',
        ['С'] = 'c',
        ['Т'] = 't',
        ['У'] = 'y',
        ['Х'] = 'x',
        ['Ѕ'] = 's',
        ['І'] = 'i',
        ['Ј'] = 'j',
        ['Ԁ'] = 'd',
        ['Ԛ'] = 'q',
        ['Ԝ'] = 'w',
        ['Һ'] = 'h',
        ['Ӏ'] = 'l',
        // Greek
        ['α'] = 'a',
        ['ο'] = 'o',
        ['ρ'] = 'p',
        ['ν'] = 'v',
        ['τ'] = 't',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['χ'] = 'x',
        ['υ'] = 'u',
        ['ε'] = 'e',
        ['Α'] = 'a',
        ['Β'] = 'b',
        ['Ε'] = 'e',
        ['Ζ'] = 'z',
        ['Η'] = 'h',
        ['Ι'] = 'i',
        ['Κ'] = 'k',
        ['Μ'] = 'm',
        ['Ν'] = 'n',
        ['Ο'] = 'o',
        ['Ρ'] = 'p',
        ['Τ'] = 't',
        ['Υ'] = 'y',
        ['Χ'] = 'x',
        ['ϲ'] = 'c',
        ['ϳ'] = 'j',
        // Armenian and others
        ['օ'] = 'o',
        ['ս'] = 'u',
        ['հ'] = 'h',
        ['ո'] = 'n',
        ['ց'] = 'g',
        ['զ'] = 'q',
        ['ⅼ'] = 'l',
        ['ⅰ'] = 'i',
    };

    /// <summary>The Latin letter a look-alike stands for, or '\0'.</summary>
    public static char ToLatin(char c) => Map.TryGetValue(c, out var latin) ? latin : '\0';

    private static readonly char[] Diacritics = BuildDiacritics();

    /// <summary>The Latin letter without its diacritic ('é' → 'e'), or '\0' when <paramref name="c"/> has none.</summary>
    public static char StripDiacritic(char c) => c is >= (char)0xC0 and <= (char)0x024F ? Diacritics[c] : '\0';

    private static char[] BuildDiacritics()
    {
        var table = new char[0x0250];
        for (var c = 0xC0; c < 0x0250; c++)
        {
            var s = ((char)c).ToString().Normalize(System.Text.NormalizationForm.FormD);
            table[c] = s.Length > 0 && s[0] < 0x80 && char.IsAsciiLetter(s[0]) ? char.ToLowerInvariant(s[0]) : (char)c switch
            {
                'ø' or 'Ø' => 'o',
                'ł' or 'Ł' => 'l',
                'đ' or 'Đ' => 'd',
                'ß' => 's',
                'æ' or 'Æ' => 'a',
                'œ' or 'Œ' => 'o',
                'ı' => 'i',
                _ => '\0',
            };
        }
        return table;
    }
}
