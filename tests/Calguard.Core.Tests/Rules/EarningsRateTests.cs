using Calguard.Analysis.Rules.Content;

namespace Calguard.Core.Tests.Rules;

/// <summary>LURE_EARNINGS_CLAIM from a coherent, authenticated sender: a job's pay per month earns doubt, a return per day does not.</summary>
public class EarningsRateTests
{
    [Theory]
    [InlineData("Join our investor group: a guaranteed return of 5% per day, withdraw any time.", 1.0)]
    [InlineData("The role pays a salary of €2,500 per month, with a review after six months.", 0.3)]
    public void OnlyAPeriodsPayIsDiscountedForACoherentSender(string description, double factor)
    {
        var hit = Scan(description).Single(h => h.Name == "LURE_EARNINGS_CLAIM");
        Assert.Equal(MoneyRule.Earnings.Score * factor, hit.Score, 2);
    }

    private static IReadOnlyList<Calguard.Analysis.Hit> Scan(string description) =>
        AuthenticatedInvitation.Scan("capital-partners.example", "team", "Introduction", description);
}
