using System.Globalization;
using System.Text.RegularExpressions;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The romance scam's opening: a stranger introduces themself with a name and an age ("I'm Svetlana, 36, a nurse
/// from St Petersburg", "我是晓雪，26岁", "عمري ٤٥ عاماً"). The persona is what the scam sells, so it must be stated;
/// people who invite someone they know do not tell them how old they are. Birthdays and years of experience are
/// not a persona.
/// </summary>
public sealed partial class PersonaRule : Rule
{
    /// <summary>A stranger states their own age.</summary>
    public static readonly Signal Persona = new("LURE_PERSONA", Groups.Content, 2.5,
        "A sender who is not one authenticated organisation introduces themself with their age: the persona a romance scam opens with.");

    // A birthday, an anniversary or a career near the age makes it somebody's party or CV, not a persona.
    private static readonly string[] NotPersona =
    [
        "birthday", "turning", "anniversary", "geburtstag", "werde", "jubil", "anniversaire", "cumpleanos", "compleanno", "verjaardag", "urodzin",
        "день рожд", "dogum gunu", "생일", "誕生日", "生日", "عيد ميلاد", "sinh nhat", "ulang tahun", "fodelsedag", "party", "feier", "fete", "fiesta", "festa",
        "feest", "celebrat", "experience", "experi", "erfahrung", "ervaring", "doswiad", "опыт", "deneyim", "経験", "经验", "경력", "خبرة", "kinh nghiem",
        "pengalaman", "erfarenhet", "years of", "jahren", "anos de", "anni di", "ans de", "jaar bij", "seit",
    ];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Persona];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        foreach (var text in new[] { context.Content.Calendar.Text, context.Content.Body.Text })
        {
            if (Find(text) is { } found && !CallbackRule.IdentityIsCoherent(context))
            {
                hits.Add(Persona, $"\"{found}\"");
                return;
            }
        }
    }

    /// <summary>The self-introduction with an adult's age in <paramref name="text"/> (normalised), or null.</summary>
    internal static string? Find(string text)
    {
        var (withUnit, nameThenAge) = CanMatch(text);
        if (!withUnit && !nameThenAge)
        {
            return null;
        }
        foreach (var regex in (ReadOnlySpan<Regex?>)[withUnit ? WithUnit() : null, nameThenAge ? NameThenAge() : null])
        {
            if (regex is null)
            {
                continue;
            }
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                var age = Age(match.Groups["age"].Value);
                if (age is < 18 or > 79)
                {
                    continue;
                }
                var from = Math.Max(0, match.Index - 40);
                var window = text.AsSpan(from, Math.Min(text.Length, match.Index + match.Length + 40) - from);
                var excluded = false;
                foreach (var word in NotPersona)
                {
                    if (window.Contains(word, StringComparison.Ordinal))
                    {
                        excluded = true;
                        break;
                    }
                }
                if (!excluded)
                {
                    return match.Value.Length <= 60 ? match.Value : match.Value[..60] + "…";
                }
            }
        }
        return null;
    }

    // The first letters of the units WithUnit accepts after the age; each is a prefix of one or more of them ("y": years
    // old, yrs old, y.o., yasinda).
    private static readonly string[] UnitStarts =
        ["y", "jahre", "ans", "anos", "anni", "jaar", "lat", "лет", "года", "歳", "岁", "살", "세", "tuoi", "tahun", "ar", "år", "عام", "سنة"];

    // Both patterns start at a word of many common letters (\bho\b, \bben\b, \bmam\b, …), so the regex engine tries
    // most positions of the text, about 30 ns a character, whether or not an age follows. Both need an age: exactly two
    // decimal digits (\d, any script) with no digit either side. WithUnit needs a unit after it and any whitespace (\s
    // is char.IsWhiteSpace); NameThenAge needs a comma and any whitespace before it and one of , . ; after any
    // whitespace. A text with no such age cannot match the pattern, and its regex is not run; otherwise it runs as before.
    private static (bool WithUnit, bool NameThenAge) CanMatch(string text)
    {
        bool withUnit = false, nameThenAge = false;
        var i = 0;
        while (i + 1 < text.Length && !(withUnit && nameThenAge))
        {
            if (!char.IsDigit(text[i]))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }
            if (end - i == 2)
            {
                var after = end;
                while (after < text.Length && char.IsWhiteSpace(text[after]))
                {
                    after++;
                }
                var rest = text.AsSpan(after);
                if (!withUnit)
                {
                    foreach (var unit in UnitStarts)
                    {
                        if (rest.StartsWith(unit, StringComparison.Ordinal))
                        {
                            withUnit = true;
                            break;
                        }
                    }
                }
                if (!nameThenAge && rest.Length > 0 && rest[0] is ',' or '.' or ';')
                {
                    var before = i - 1;
                    while (before >= 0 && char.IsWhiteSpace(text[before]))
                    {
                        before--;
                    }
                    nameThenAge = before >= 0 && text[before] == ',';
                }
            }
            i = end;
        }
        return (withUnit, nameThenAge);
    }

    // Any script's decimal digits (Arabic-Indic included).
    private static int Age(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value * 10 + (int)CharUnicodeInfo.GetNumericValue(c);
        }
        return value;
    }

    // "I am / ich bin / j'ai / tengo / 我是 / عمري …" then, within one sentence, a two-digit age with its unit.
    [GeneratedRegex(@"(?:\bi am\b|\bi'm\b|\bmy name is\b|\bich bin\b|\bje suis\b|\bj'ai\b|\bje m'appelle\b|\bsoy\b|\bme llamo\b|\btengo\b|\bsono\b|\bmi chiamo\b|\bho\b|\bsou\b|\btenho\b|\bme chamo\b|\bik ben\b|\bik heet\b|\bjestem\b|\bmam\b|\bмне\b|\bменя зовут\b|\bя\b|私|我|といいます|と申します|저는|나는|\bben\b|\badim\b|أنا|اسمي|عمري|\btoi\b|\bsaya\b|\baku\b|\bjag ar\b|\bjag heter\b)" +
        @"[^\n.!?]{0,40}?(?<!\d)(?<age>\d{2})(?!\d)\s*(?:years old|yrs old|y\.?o\.?(?!\w)|jahre\b|ans\b|anos\b|anni\b|jaar\b|lat\b|лет|года|yasinda|歳|岁|살|세|tuoi\b|tahun\b|ar\b|år\b|عام|سنة)",
        RegexOptions.CultureInvariant)]
    private static partial Regex WithUnit();

    // "Ik ben Sophie, 30, woon in Utrecht", "I'm Kate, 34." — a name, then the age on its own.
    [GeneratedRegex(@"(?:\bi am\b|\bi'm\b|\bich bin\b|\bik ben\b|\bje suis\b|\bsoy\b|\bsono\b|\bsou\b|\bjestem\b|\bjag ar\b)\s+\p{L}+\s*,\s*(?<age>\d{2})\s*[,.;]",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameThenAge();
}
