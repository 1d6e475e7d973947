using Calguard.Analysis.Text;

namespace Calguard.Core.Tests.Rules;

public class ThrowawaySiteTests
{
    [Theory]
    [InlineData("gdw4dw3b49", "gdw4dw3b49")] // letters and digits interleaved
    [InlineData("hopyexn95k", "hopyexn95k")] // a stray letter after the number
    [InlineData("4hdig6e8", "4hdig6e8")]
    [InlineData("claim-l8sqn2", "l8sqn2")] // a word and a generated suffix
    [InlineData("docsend-contract.fsi2t7", "fsi2t7")]
    [InlineData("pub-b98d215f66c98ce74a1b45a9c66ec08b", "b98d215f66c98ce74a1b45a9c66ec08b")] // a long hex string
    public void AGeneratedNameIsMachineMade(string name, string part) => Assert.Equal(part, HostDeception.MachineMadePart(name));

    [Theory]
    [InlineData("chaostreff-potsdam")] // words
    [InlineData("club2024")] // a word and a year
    [InlineData("top10list")] // a word, a number, a word
    [InlineData("web2print")]
    [InlineData("psajzm72")] // random letters then digits read as a name with a number; too close to "team2024"
    [InlineData("ab1c")] // too short to tell
    [InlineData("cafebabedeadbeef")] // hex letters only
    public void AChosenNameIsNot(string name) => Assert.Null(HostDeception.MachineMadePart(name));
}
