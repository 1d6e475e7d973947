using Calguard.Analysis.Rules.Transport;

namespace Calguard.Core.Tests.Rules;

public sealed class FreemailNameTests
{
    [Theory]
    [InlineData("Javier Navarro", "inigo.lopez96", true)]
    [InlineData("Olivia Foster", "ztznrn10946", true)]
    [InlineData("Mário Rossi", "mrossi1984", false)]
    [InlineData("Daniel Griffin", "dan.g", false)]
    [InlineData("Wojciech Nowak", "wojc.n", false)]
    [InlineData("Anna Smith", "as1990", false)]
    [InlineData("Anna Smith", "smith.family", false)]
    [InlineData("田中 翔", "xk88", false)]
    [InlineData("J. Navarro", "navarro.j", false)]
    public void Mismatch_means_the_mailbox_shows_nothing_of_the_name(string name, string local, bool expected) =>
        Assert.Equal(expected, FreemailNameRule.Mismatch(name, local));
}
