using Calguard.Analysis.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.Core.Tests.Text;

/// <summary>WordSearch splits its words by script; it must still find the first occurrence a plain search finds.</summary>
public class WordSearchPropertyTests
{
    // A small alphabet of ASCII and wide characters, so that words and texts overlap often.
    private static readonly char[] Alphabet = ['a', 'b', 'c', ' ', 'é', 'λ', 'ไ', '中'];

    private static Gen<string> Strings(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n)).Select(cs => new string(cs));

    private static int Naive(string text, string[] words)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (words.Any(w => text.AsSpan(i).StartsWith(w, StringComparison.Ordinal)))
            {
                return i;
            }
        }
        return -1;
    }

    [Property(MaxTest = 5000, QuietOnSuccess = true)]
    public Property Finds_the_first_occurrence_as_a_plain_search_does() =>
        Prop.ForAll(Arb.From(Strings(0, 60)), Arb.From(Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Strings(1, 5), n))), (text, words) =>
        {
            var expected = Naive(text, words);
            var actual = new WordSearch(words).IndexOfAny(text);
            return (expected == actual).Label($"text \"{text}\", words [{string.Join("|", words)}]: expected {expected}, got {actual}");
        });

    [Fact]
    public void A_wide_word_before_an_ascii_one_is_found_first()
    {
        var search = new WordSearch(["zahlung", "änderung"]);
        Assert.Equal(4, search.IndexOfAny("die änderung der zahlung"));
        Assert.Equal(-1, search.IndexOfAny("nothing here"));
    }
}
