using System.Buffers;
using System.Globalization;

namespace Calguard.Analysis.Text;

/// <summary>An amount of money found in text.</summary>
/// <param name="Value">The amount, in units of its currency (multipliers such as "million" applied).</param>
/// <param name="Currency">The currency as written ($, €, EUR, TL, руб …).</param>
/// <param name="Text">The amount as written.</param>
/// <param name="Before">Up to 60 characters before it, lower-cased.</param>
/// <param name="After">Up to 60 characters after it, lower-cased.</param>
public sealed record MoneyAmount(decimal Value, string Currency, string Text, string Before, string After)
{
    /// <summary>True for currencies whose unit is worth roughly a dollar or more ($, €, £, CHF).</summary>
    public bool IsMajorCurrency => MoneyFinder.MajorCurrencies.Contains(Currency);

    /// <summary>
    /// Where a fortune starts in this currency, about a hundred thousand dollars: 100,000 dollars or euros, ten million yen or
    /// forint, a hundred million won, a billion rupiah or dong, a million of anything else.
    /// </summary>
    public decimal LargeFrom => IsMajorCurrency ? 100_000m : MoneyFinder.LowValueCurrencies.GetValueOrDefault(Currency, 1_000_000m);
}

/// <summary>Finds money amounts with their currency in any of the common notations (1,234.56 $ · 1.234,56 € · €250 · 850 000 € · 2,5 millions).</summary>
public static class MoneyFinder
{
    private static readonly string[] Prefixes =
    [
        "us$", "r$", "$", "€", "£", "¥", "₹", "₽", "₺", "₪", "₩", "₫", "฿", "₴", "usd", "eur", "gbp", "chf", "rp", "aed", "ils", "inr", "krw", "jpy",
        "cny", "rmb", "idr", "vnd", "thb", "uah", "huf", "czk", "sek",
    ];

    private static readonly string[] Suffixes =
    [
        "€", "$", "£", "¥", "₽", "₺", "₪", "₩", "₫", "฿", "₴", "zł", "zl", "tl", "руб", "rub", "usd", "eur", "gbp", "chf", "kr", "euro", "euros", "dollars",
        "dollar", "pln", "try", "ريال", "元", "円",
        // The dollar and the euro, and the local currency, in the languages the lure vocabulary covers.
        "دولار", "يورو", "درهم", "جنيه", "דולר", "יורו", "ש\"ח", "שקל", "डॉलर", "यूरो", "रुपये", "रुपए", "달러", "유로", "원", "ドル", "ユーロ", "美元", "欧元",
        "ดอลลาร์", "ยูโร", "บาท", "đô la", "đồng", "dolar", "dolarů", "dolari", "dollár", "доллар", "долар", "евро", "євро", "грн", "δολάρια", "ευρώ",
        "kč", "czk", "sek", "lei", "huf", "aed", "ils", "inr", "krw", "jpy", "cny", "rmb", "idr", "vnd", "thb", "uah",
    ];

    /// <summary>Currencies whose amounts are large from 100,000 on (elsewhere from 1,000,000): the dollar, the euro, the pound and the franc.</summary>
    internal static readonly HashSet<string> MajorCurrencies = new(StringComparer.Ordinal)
    {
        "$", "€", "£", "usd", "eur", "gbp", "chf", "us$", "euro", "euros", "dollars", "dollar", "دولار", "يورو", "דולר", "יורו", "डॉलर", "यूरो", "달러",
        "유로", "ドル", "ユーロ", "美元", "欧元", "ดอลลาร์", "ยูโร", "đô la", "dolar", "dolarů", "dolari", "dollár", "доллар", "долар", "евро", "євро",
        "δολάρια", "ευρώ",
    };

    /// <summary>Currencies of which millions are an everyday sum (a flight in rupiah, a dinner in dong), with where a fortune starts.</summary>
    internal static readonly Dictionary<string, decimal> LowValueCurrencies = new(StringComparer.Ordinal)
    {
        ["rp"] = 1_000_000_000m,
        ["idr"] = 1_000_000_000m,
        ["vnd"] = 1_000_000_000m,
        ["₫"] = 1_000_000_000m,
        ["đồng"] = 1_000_000_000m,
        ["₩"] = 100_000_000m,
        ["원"] = 100_000_000m,
        ["krw"] = 100_000_000m,
        ["jpy"] = 10_000_000m,
        ["円"] = 10_000_000m,
        ["¥"] = 10_000_000m,
        ["huf"] = 10_000_000m,
    };

    // Written after the number: "2,5 millions", "850万", "85 लाख", "3억".
    private static readonly (string Word, decimal Factor)[] Multipliers =
    [
        ("million", 1_000_000m), ("millions", 1_000_000m), ("millionen", 1_000_000m), ("millones", 1_000_000m), ("milioni", 1_000_000m),
        ("milhões", 1_000_000m), ("miljoen", 1_000_000m), ("milionów", 1_000_000m), ("миллион", 1_000_000m), ("mio", 1_000_000m), ("mln", 1_000_000m),
        ("m ", 1_000_000m), ("万", 10_000m), ("萬", 10_000m), ("億", 100_000_000m), ("亿", 100_000_000m), ("만", 10_000m), ("억", 100_000_000m),
        ("백만", 1_000_000m), ("مليون", 1_000_000m), ("ملايين", 1_000_000m), ("מיליון", 1_000_000m), ("लाख", 100_000m), ("करोड", 10_000_000m),
        ("ล้าน", 1_000_000m), ("triệu", 1_000_000m), ("tỷ", 1_000_000_000m), ("juta", 1_000_000m), ("miliar", 1_000_000_000m), ("milion", 1_000_000m),
        ("miljon", 1_000_000m), ("milioane", 1_000_000m), ("millió", 1_000_000m), ("мільйон", 1_000_000m), ("εκατομμύρι", 1_000_000m),
    ];

    // The currencies and multipliers by the character that must match first (a prefix's last, a suffix's first): a
    // number with no currency next to it costs one look-up, not a walk over every currency of every language (a crafted
    // text of 60,000 "1%" took 23 ms here, twice per scan).
    private static readonly Dictionary<char, string[]> PrefixesByLast =
        Prefixes.GroupBy(p => p[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly Dictionary<char, string[]> SuffixesByFirst =
        Suffixes.GroupBy(s => s[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly Dictionary<char, (string Word, decimal Factor)[]> MultipliersByFirst =
        Multipliers.GroupBy(m => m.Word[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Finds up to <paramref name="max"/> amounts in <paramref name="text"/>.</summary>
    public static List<MoneyAmount> Find(string text, int max = 50) => Find(text.AsSpan(), max);

    /// <summary>Finds up to <paramref name="max"/> amounts in <paramref name="text"/> (a span: text joined in a pooled buffer).</summary>
    internal static List<MoneyAmount> Find(ReadOnlySpan<char> text, int max = 50)
    {
        // Lower-cased into a pooled buffer: the text can be a whole body, and only the context of each amount is kept.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var found = Find(text, buffer.AsSpan(0, InvariantCase.ToLower(text, buffer)), max);
        ArrayPool<char>.Shared.Return(buffer);
        return found;
    }

    private static List<MoneyAmount> Find(ReadOnlySpan<char> text, ReadOnlySpan<char> lower, int max)
    {
        var found = new List<MoneyAmount>();
        var i = 0;
        while (i < lower.Length && found.Count < max)
        {
            if (!char.IsAsciiDigit(lower[i]) || (i > 0 && (char.IsAsciiDigit(lower[i - 1]) || char.IsAsciiLetter(lower[i - 1]))))
            {
                i++;
                continue;
            }
            var start = i;
            var end = i;
            while (end < lower.Length && (char.IsAsciiDigit(lower[end]) ||
                                          (lower[end] is '.' or ',' or ' ' or '\'' or '\u00A0' or '\u202F' && end + 1 < lower.Length && char.IsAsciiDigit(lower[end + 1]))))
            {
                end++;
            }
            var currency = PrefixCurrency(lower, start) ?? SuffixCurrency(lower, end);
            if (currency is not null && TryParse(lower[start..end], out var value))
            {
                var multiplier = Multiplier(lower, end);
                var from = Math.Max(0, start - 60);
                var to = Math.Min(lower.Length, end + 60);
                found.Add(new MoneyAmount(value * multiplier, currency, text[start..end].Trim().ToString(), lower[from..start].ToString(), lower[end..to].ToString()));
            }
            i = Math.Max(end, i + 1);
        }
        return found;
    }

    private static string? PrefixCurrency(ReadOnlySpan<char> lower, int start)
    {
        var k = start - 1;
        while (k >= 0 && lower[k] is ' ' or '\u00A0')
        {
            k--;
        }
        if (k < 0 || !PrefixesByLast.TryGetValue(lower[k], out var prefixes))
        {
            return null;
        }
        foreach (var p in prefixes)
        {
            if (k - p.Length + 1 >= 0 && lower.Slice(k - p.Length + 1, p.Length).SequenceEqual(p) &&
                (p.Length == 1 || k - p.Length < 0 || !char.IsAsciiLetter(lower[k - p.Length])))
            {
                return p;
            }
        }
        return null;
    }

    private static string? SuffixCurrency(ReadOnlySpan<char> lower, int end)
    {
        var k = end;
        while (k < lower.Length && lower[k] is ' ' or '\u00A0' or '\u202F')
        {
            k++;
        }
        if (k >= lower.Length)
        {
            return null;
        }
        if (SuffixesByFirst.TryGetValue(lower[k], out var suffixes))
        {
            foreach (var s in suffixes)
            {
                if (k + s.Length <= lower.Length && lower.Slice(k, s.Length).SequenceEqual(s) &&
                    (k + s.Length == lower.Length || !char.IsLetter(lower[k + s.Length]) || !char.IsAsciiLetter(s[^1])))
                {
                    return s;
                }
            }
        }
        if (!MultipliersByFirst.TryGetValue(lower[k], out var multipliers))
        {
            return null;
        }
        // "2,5 millions d'euros", "5 million USD"
        foreach (var (m, _) in multipliers)
        {
            if (k + m.Length <= lower.Length && lower.Slice(k, m.Length).SequenceEqual(m))
            {
                var rest = lower.Slice(k + m.Length, Math.Min(20, lower.Length - k - m.Length));
                foreach (var s in Suffixes)
                {
                    if (rest.Contains(s, StringComparison.Ordinal))
                    {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private static decimal Multiplier(ReadOnlySpan<char> lower, int end)
    {
        var k = end;
        while (k < lower.Length && lower[k] == ' ')
        {
            k++;
        }
        if (k >= lower.Length || !MultipliersByFirst.TryGetValue(lower[k], out var multipliers))
        {
            return 1m;
        }
        foreach (var (m, factor) in multipliers)
        {
            if (k + m.Length <= lower.Length && lower.Slice(k, m.Length).SequenceEqual(m))
            {
                return factor;
            }
        }
        return 1m;
    }

    /// <summary>Parses "1,234.56", "1.234,56", "850 000", "19,99"; the last separator followed by one or two digits is the decimal one.</summary>
    internal static bool TryParse(ReadOnlySpan<char> number, out decimal value)
    {
        value = 0;
        // Only up to 19 digits are parsed: the buffer needs no more than the number's own length, capped.
        Span<char> digits = stackalloc char[Math.Min(number.Length, 64)];
        var length = 0;
        var lastSep = -1;
        for (var k = 0; k < number.Length; k++)
        {
            if (!char.IsAsciiDigit(number[k]))
            {
                lastSep = k;
            }
        }
        var decimals = lastSep >= 0 && number[lastSep] is '.' or ',' && number.Length - lastSep - 1 is 1 or 2;
        for (var k = 0; k < number.Length; k++)
        {
            if (length == digits.Length)
            {
                // Too long to be an amount either way.
                return false;
            }
            if (char.IsAsciiDigit(number[k]))
            {
                digits[length++] = number[k];
            }
            else if (decimals && k == lastSep)
            {
                digits[length++] = '.';
            }
        }
        return length is > 0 and < 20 && decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
