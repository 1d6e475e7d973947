using System.Text;
using Calguard.Reading;

namespace Calguard.Core.Tests.Reading;

/// <summary>The cached code-pages provider answers exactly what the provider it wraps answers.</summary>
public sealed class CachingEncodingProviderTests
{
    [Theory]
    [InlineData("windows-1252")]
    [InlineData("koi8-r")]
    [InlineData("iso-8859-2")]
    [InlineData("shift_jis")]
    [InlineData("gbk")]
    public void NamesAreAnsweredAsTheCodePagesProviderAnswersThemAndKept(string name)
    {
        var cached = new CachingEncodingProvider(CodePagesEncodingProvider.Instance);
        var first = cached.GetEncoding(name);
        Assert.NotNull(first);
        Assert.Equal(CodePagesEncodingProvider.Instance.GetEncoding(name)!.CodePage, first.CodePage);
        Assert.Same(first, cached.GetEncoding(name));
        Assert.Same(cached.GetEncoding(first.CodePage), cached.GetEncoding(first.CodePage));
    }

    [Fact]
    public void MissesStayMissesForNamesAndCodePages()
    {
        var cached = new CachingEncodingProvider(CodePagesEncodingProvider.Instance);
        // UTF-8 is built into the runtime, not the provider's: the provider answers null and so must the cache, twice.
        Assert.Null(cached.GetEncoding(65001));
        Assert.Null(cached.GetEncoding(65001));
        Assert.Null(cached.GetEncoding("x-no-such-charset"));
        Assert.Null(cached.GetEncoding("x-no-such-charset"));
    }
}
