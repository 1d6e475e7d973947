using Calguard.Analysis.Rules.Content;

namespace Calguard.Core.Tests.Rules;

/// <summary>CALLBACK_SCAM from a coherent, authenticated sender: the doubt it earns, and the charge in the title that ends it.</summary>
public class CallbackTitleTests
{
    private const string Description = "Your antivirus subscription was renewed and the amount has been charged. If you did not authorise this, call +1 866 555 0191 for a refund.";

    [Theory]
    [InlineData("Renewal 419,90 € – call to cancel", 1.0)] // the charge where the calendar's preview shows it
    [InlineData("Order #617-734017: laptop ($1,299.00)", 1.0)]
    [InlineData("Subscription renewal", 0.3)] // the same text, the title without a sum: a vendor's notice reads so too
    [InlineData("Invoice 2024-118 due: 419,90 €", 0.3)] // a bill's sum in the title is a payment reminder's habit
    public void ACoherentSenderLosesItsDoubtWhenTheTitleCarriesTheCharge(string title, double factor)
    {
        var hit = Scan(title).Single(h => h.Name == "CALLBACK_SCAM");
        Assert.Equal(CallbackRule.Scam.Score * factor, hit.Score, 2);
    }

    [Fact]
    public void ACoherentSenderLosesItsDoubtWhenTheNumberIsTheEventsLocation()
    {
        var hit = Scan("Subscription renewal", location: "+1 866 555 0191").Single(h => h.Name == "CALLBACK_SCAM");
        Assert.Equal(CallbackRule.Scam.Score, hit.Score, 2);
        Assert.Contains("location", hit.Detail);
    }

    [Fact]
    public void AMeetingServicesInvitationCarryingTheRenewalToCancelByPhoneIsACallback()
    {
        // Zoom's scheduler sends the criminal's text with its own join link: the number is no dial-in for all that.
        var hits = Scan("Bevestiging: verlenging abonnement", description: "Uw abonnement is verlengd voor € 299,00. Bel 1-877-555-0124 om te annuleren.\\n" +
                                                                          "Join Zoom Meeting https://us02web.zoom.us/j/72889474028\\nMeeting ID: 728 8947 4028\\nPasscode: 916204");
        Assert.Contains(hits, h => h.Name == "CALLBACK_SCAM");
    }

    private static IReadOnlyList<Calguard.Analysis.Hit> Scan(string title, string description = Description, string? location = null) =>
        AuthenticatedInvitation.Scan("kaveri-infotech.example", "billing", title, description, location is null ? "" : $"LOCATION:{location}\r\n");
}
