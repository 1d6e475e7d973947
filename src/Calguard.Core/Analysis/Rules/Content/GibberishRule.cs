using Calguard.Analysis.Text;

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
            implausible[i] = RandomLetters.IsImplausible(ascii[i]);
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

    // Share of the rare letters (RandomLetters.IsRare) in a window of words.
    private static double RareLetterShare(List<string> words, int start, int count)
    {
        var rare = 0;
        var total = 0;
        for (var i = start; i < start + count; i++)
        {
            rare += RandomLetters.CountRare(words[i]);
            total += words[i].Length;
        }
        return total == 0 ? 0 : (double)rare / total;
    }
}
