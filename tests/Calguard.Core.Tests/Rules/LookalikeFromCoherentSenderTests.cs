using Calguard.Analysis.Rules.Content;

namespace Calguard.Core.Tests.Rules;

/// <summary>URL_UNRELATED from an authenticated business: another firm's site is in doubt, a host dressed as a brand is not.</summary>
public class LookalikeFromCoherentSenderTests
{
    [Fact]
    public void ALinkToAHostDressedAsABrandKeepsItsFullScore()
    {
        var hits = Scan("https://bakkerinst-my.sharepoint-kxnp.example/:b:/g/personal/e1eRTku4PCkB31vOQ3fdxN");
        Assert.Contains(hits, h => h.Name == LinkRule.Lookalike.Name);
        Assert.Equal(LinkRule.Unrelated.Score, hits.Single(h => h.Name == LinkRule.Unrelated.Name).Score, 2);
    }

    [Fact]
    public void ALinkToAnotherFirmsSiteStaysInDoubt()
    {
        var hits = Scan("https://partner-firm.example/offerte/2025");
        Assert.DoesNotContain(hits, h => h.Name == LinkRule.Lookalike.Name);
        Assert.Equal(LinkRule.Unrelated.Score * 0.4, hits.Single(h => h.Name == LinkRule.Unrelated.Name).Score, 2);
    }

    private static IReadOnlyList<Calguard.Analysis.Hit> Scan(string url) =>
        AuthenticatedInvitation.Scan("bakker-installatie.example", "marloes", "Offerte 2025",
            $"Goedemiddag\\, hierbij de offerte zoals besproken. U kunt het document hier bekijken: {url} Met vriendelijke groet");
}
