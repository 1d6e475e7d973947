using Calguard.Analysis.Rules.Transport;

namespace Calguard.Core.Tests.Rules;

public sealed class AuthorityFreemailTests
{
    [Theory]
    [InlineData("Robert Hale", "roberthale.ceo.office@gmail.com", "ceo")]
    [InlineData("Andreas Vogel", "andreas.vogel.gf@gmail.com", "gf")]
    [InlineData("Amministratore Delegato", "ad.7ne2t@libero.it", "amministratore delegato")]
    [InlineData("Robert Hayes, Esq.", "r.hayes35@gmail.com", "esq")]
    [InlineData("Barrister James Okoro", "team.zcq9576@gmail.com", "barrister")]
    [InlineData("Geschäftsführung", "gf.3v1es@gmx.de", "geschaftsfuhrung")]
    [InlineData("Henk van Dijk", "henk.vandijk.directie@gmail.com", "directie")]
    public void A_rank_in_a_free_mail_name_or_mailbox_is_a_claim(string name, string address, string rank) =>
        Assert.Equal(rank, AuthorityFreemailRule.Claim(name, address));

    [Theory]
    [InlineData("Robert Hale, CEO", "robert.hale@hale-partners.com")] // the firm's own domain
    [InlineData("Gina Fischer", "gf.fischer@gmail.com")]             // initials first, not a rank
    [InlineData("John Smith MD", "john.smith.md@gmail.com")]          // a doctor
    [InlineData("Springfield Rotary President", "rotary.springfield@gmail.com")]
    [InlineData("Ann Chambers", "ann.chambers@gmail.com")]
    [InlineData(null, "mum1960@icloud.com")]
    public void Other_names_and_firm_domains_claim_nothing(string? name, string address) =>
        Assert.Null(AuthorityFreemailRule.Claim(name, address));
}
