using Calguard.Analysis.Rules.Transport;

namespace Calguard.Core.Tests.Rules;

public sealed class FreemailRoleTests
{
    [Theory]
    [InlineData("Rechnungsstelle", "rechnung.buchhaltung24@gmail.com", "rechnung")]
    [InlineData("Kundenumfrage", "k.u.2024@gmail.com", "kundenumfrage")]
    [InlineData("Apple Support Center", "ap.center77@outlook.com", "support")]
    [InlineData("Service Client", "sc.fr.2023@orange.fr", "service client")]
    [InlineData("Jane", "geek.service.desk@gmail.com", "service")]
    [InlineData("資産運用サポート", "s.u.2024@gmail.com", "サポート")]
    public void A_business_function_on_free_mail_is_a_role(string name, string address, string role) =>
        Assert.Equal(role, FreemailRoleRule.Role(name, address));

    [Theory]
    [InlineData("Billing", "billing@acme-shop.com")]                     // the firm's own domain
    [InlineData("Coursework Team", "classroom.notifications.t@gmail.com")] // a teacher
    [InlineData("Household", "household.accounts.lw@gmail.com")]
    [InlineData("Sunday Service", "stmarks.parish@gmail.com")]
    [InlineData("Kumar & Associates", "office.kumarca@gmail.com")]
    [InlineData("Олена Ткаченко", "olena.tkachenko.hr@gmail.com")]
    public void People_clubs_and_small_offices_name_no_role(string name, string address) =>
        Assert.Null(FreemailRoleRule.Role(name, address));
}
