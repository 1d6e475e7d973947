using Calguard.Analysis.Text;

namespace Calguard.Core.Tests.Text;

/// <summary>A Chinese term of the lexicon matches in Simplified and in Traditional script, whichever it was written in.</summary>
public class ChineseScriptsTests
{
    private static readonly Lexicon Lexicon = new([("job", "兼职"), ("job", "~日结"), ("prize", "領取獎品"), ("job", "日結")]);

    private static Dictionary<string, LexiconMatch> Match(string text)
    {
        var normalised = TextNormaliser.Normalise(text).Text;
        return Lexicon.Match(TextNormaliser.Words(normalised).ToList(), normalised);
    }

    [Theory]
    [InlineData("兼职", "兼職")]
    [InlineData("領取獎品", "领取奖品")]
    [InlineData("您好", null)] // the same in both scripts: no variant
    public void GivesTheOtherScriptsSpelling(string term, string? other)
    {
        var variants = ChineseScripts.Variants(term).ToList();
        if (other is null)
        {
            Assert.Empty(variants);
        }
        else
        {
            Assert.Equal([other], variants);
        }
    }

    [Theory]
    [InlineData("我們正在招募線上兼職人員", "job")] // a Simplified term in a Traditional text
    [InlineData("点击领取奖品", "prize")]          // a Traditional term in a Simplified text
    public void MatchesATermWrittenInTheOtherScript(string text, string category) => Assert.True(Match(text).ContainsKey(category));

    [Fact]
    public void ASpellingTheListGivesItselfKeepsItsOwnWeight()
    {
        // "~日结" is weak; its Traditional form "日結" is listed at full weight and keeps it.
        Assert.Equal(1.0, Match("日結薪資")["job"].Weight);
        Assert.Equal(0.5, Match("日结")["job"].Weight);
    }
}
