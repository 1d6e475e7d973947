using Calguard.Analysis.Rules.Content;

namespace Calguard.Core.Tests.Rules;

/// <summary>CALLBACK_SCAM from an authenticated sender that names a messenger: a link to its own site earns the doubt back.</summary>
public class CallbackOwnSiteTests
{
    [Fact]
    public void ALinkToTheSendersOwnSiteLeavesTheCallbackInDoubt()
    {
        var hit = Scan("https://the-granary.example/booking/64vp0zml0z1i").Single(h => h.Name == "CALLBACK_SCAM");
        Assert.Equal(CallbackRule.Scam.Score * 0.3, hit.Score, 2);
        Assert.Contains("own site", hit.Detail);
    }

    [Fact]
    public void ALinkToSomebodyElsesPageDoesNot()
    {
        // The phone stays the way to act: the callback keeps (nearly) its full score.
        var hit = Scan("https://pay-portal.example/booking/64vp0zml0z1i").Single(h => h.Name == "CALLBACK_SCAM");
        Assert.True(hit.Score > CallbackRule.Scam.Score * 0.9, $"score {hit.Score}");
    }

    private static IReadOnlyList<Calguard.Analysis.Hit> Scan(string url) =>
        AuthenticatedInvitation.Scan("the-granary.example", "reservations", "Apartment 45 Elm Road",
            "Your apartment is ready. Balance due: $1\\,719.88\\, paid. Host phone (WhatsApp): +44 20 7946 0687", $"URL;VALUE=URI:{url}\r\n");
}
