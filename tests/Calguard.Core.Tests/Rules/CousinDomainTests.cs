using Calguard.Analysis.Rules.Transport;

namespace Calguard.Core.Tests.Rules;

public class CousinDomainTests
{
    [Theory]
    [InlineData("stduio-bellini.net", "studio-bellini.it")] // two letters swapped, another suffix
    [InlineData("hengda-trades.com", "hengda-trade.cn")] // one letter added
    [InlineData("exmple.net", "example.net")] // one letter dropped
    [InlineData("examp1e.net", "example.net")] // one letter replaced
    [InlineData("example-corp.com", "example.net")] // a legal form added
    [InlineData("example.net.evil.example", "example.net")] // the whole name as a subdomain
    [InlineData("kestrel-eng.co", "kestrel-eng.com")] // the generic suffix with a letter dropped
    [InlineData("kestrel-eng.cm", "kestrel-eng.com")]
    [InlineData("bluegum-analytics.com.co", "bluegum-analytics.com.au")] // Colombia's .co after the owner's own "com"
    [InlineData("kestrel-eng.net.co", "kestrel-eng.net")]
    public void ALookAlikeOfTheRecipientsOwnNameImitatesIt(string sender, string own) => Assert.True(CousinDomainRule.Imitates(sender, own));

    [Theory]
    [InlineData("studio-bellini.it", "studio-bellini.it")] // itself
    [InlineData("mail.studio-bellini.it", "studio-bellini.it")] // below it
    [InlineData("studio-bellini.de", "studio-bellini.it")] // the same name elsewhere is the same company's other country
    [InlineData("studio-bellini.co", "studio-bellini.co.uk")] // the country's suffix is not a typing slip
    [InlineData("kestrel-eng.ne", "kestrel-eng.de")] // nor one letter away from another country's
    [InlineData("kestrel-eng.com.co", "kestrel-eng.de")] // a Colombian sister of a company whose own suffix is not "com"
    [InlineData("kestrel-eng.com.co", "kestrel-eng.com.co")]
    [InlineData("kestrel-eng", "kestrel-eng.com")] // a name without a suffix (a local sender)
    [InlineData("do.main.tld", "domain.tld")] // the name split by a dot is another name that happens to spell it
    [InlineData("acne.com", "acme.com")] // a short name one letter away is just another name
    [InlineData("sonars.com", "sonar.com")] // too short for an added or dropped letter to read as the same name
    [InlineData("northwood.com", "northwind.com")] // two letters apart
    [InlineData("examples-group.com", "example.net")] // an edit and more
    public void AnotherNameDoesNot(string sender, string own) => Assert.False(CousinDomainRule.Imitates(sender, own));
}
