namespace Calguard.Analysis.Rules.Content;

/// <summary>Text disguised to slip past filters: invisible characters inside words, look-alike letters, spaced-out letters.</summary>
public sealed class ObfuscationRule : Rule
{
    /// <summary>Invisible characters.</summary>
    public static readonly Signal Invisible = new("TEXT_INVISIBLE_CHARS", Groups.Content, 3.0,
        "Invisible characters (zero-width, tag or variation selectors) are hidden inside words to break filters.");

    /// <summary>Mixed scripts in a word.</summary>
    public static readonly Signal MixedScript = new("TEXT_MIXED_SCRIPT", Groups.Content, 3.1,
        "Words mix Latin letters with Cyrillic or Greek look-alikes, the homoglyph trick.");

    /// <summary>Spaced letters.</summary>
    public static readonly Signal Spaced = new("TEXT_SPACED_LETTERS", Groups.Content, 1.5,
        "Words are written with spaces between the letters (\"P a y P a l\") to dodge word filters.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Invisible, MixedScript, Spaced];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var content = context.Content;
        if (content.InvisibleInsideWords >= 2 || content.InvisibleCharacters >= 8)
        {
            hits.Add(Invisible, $"{content.InvisibleCharacters} invisible characters, {content.InvisibleInsideWords} inside words");
        }
        var mixed = content.Prominent.MixedScriptWords.Concat(content.Calendar.MixedScriptWords).Concat(content.Body.MixedScriptWords)
            .Where(w => w.Length >= 3).Distinct().ToList();
        if (mixed.Count > 0)
        {
            hits.Add(MixedScript, $"mixed-script word(s): {string.Join(", ", mixed.Take(3))}", mixed.Count >= 2 ? 1.0 : 0.8);
        }
        var spaced = content.Prominent.SpacedWords.Concat(content.Calendar.SpacedWords).Where(w => w.Length >= 4).ToList();
        if (spaced.Count > 0)
        {
            hits.Add(Spaced, $"spaced-out word(s): {string.Join(", ", spaced.Take(3))}");
        }
    }
}
