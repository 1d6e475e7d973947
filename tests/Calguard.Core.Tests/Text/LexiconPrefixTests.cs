using Calguard.Analysis.Text;

namespace Calguard.Core.Tests.Text;

/// <summary>Hebrew and Arabic write conjunctions, prepositions and the article into the word; a term still matches.</summary>
public class LexiconPrefixTests
{
    private static readonly Lexicon Lexicon = new([("doc", "מסמך"), ("doc", "فاتورة"), ("threat", "הליכים משפטיים"), ("doc", "קובץ")]);

    private static Dictionary<string, LexiconMatch> Match(string text)
    {
        var normalised = TextNormaliser.Normalise(text).Text;
        return Lexicon.Match(TextNormaliser.Words(normalised).ToList(), normalised);
    }

    [Theory]
    [InlineData("שלחתי את המסמך", "מסמך")]          // the article
    [InlineData("ראה והמסמך מצורף", "מסמך")]        // "and the"
    [InlineData("يرجى دفع الفاتورة اليوم", "فاتورة")] // the article
    [InlineData("נפתח בהליכים משפטיים", "הליכים משפטיים")] // a prefix on the first word of a phrase
    public void Finds_the_term_behind_its_prefixes(string text, string term)
    {
        var terms = Match(text).Values.SelectMany(m => m.Terms).ToList();
        Assert.Contains(term, terms);
    }

    [Fact]
    public void Counts_a_term_once_however_many_prefixed_forms_the_text_has()
    {
        // Each form alone finds the term; together they are still one term of weight 1.
        Assert.Equal(1.0, Match("לקובץ")["doc"].Weight);
        Assert.Equal(1.0, Match("קובץ לקובץ והקובץ")["doc"].Weight);
    }
}
