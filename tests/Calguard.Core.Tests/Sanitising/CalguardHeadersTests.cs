using Calguard.Analysis;
using Calguard.Decisions;
using Calguard.Sanitising;
using Calguard.Scoring;

namespace Calguard.Core.Tests.Sanitising;

public class CalguardHeadersTests
{
    [Fact]
    public void Symbols_are_largest_first_and_folded()
    {
        var hits = Enumerable.Range(1, 12).Select(i => new Hit($"SOME_LONGER_SYMBOL_NAME_{i}", "g", i % 2 == 0 ? i : -i / 2.0, "d")).ToList();
        var value = CalguardHeaders.FormatSymbols(hits);
        var names = value.Replace("\r\n\t", " ").Split(", ").Select(s => s[..s.IndexOf('(')]).ToList();
        Assert.Equal("SOME_LONGER_SYMBOL_NAME_12", names[0]);
        Assert.Equal(hits.OrderByDescending(h => Math.Abs(h.Score)).Select(h => h.Name), names);
        var lines = ($"{CalguardHeaders.Symbols}: " + value).Split("\r\n");
        Assert.True(lines.Length > 1);
        Assert.All(lines, l => Assert.True(l.Length <= CalguardHeaders.FoldWidth, l));
        Assert.All(lines.Skip(1), l => Assert.StartsWith("\t", l));
        Assert.Contains("SOME_LONGER_SYMBOL_NAME_3(-1.5)", value);
    }

    [Fact]
    public void The_set_follows_the_decision()
    {
        var verdict = new Verdict(VerdictKind.Suspicious, 6.25, [new Hit("RRULE_UNBOUNDED_FREQUENT", "payload", 6.25, "x")]);
        var decision = new Decision { Action = DecisionAction.Sanitize, Reasons = [], AutoAdd = false, SuppressDefaultAlarms = true };
        Assert.Equal(
        [
            new HeaderField("X-Calguard-Verdict", "suspicious"),
            new HeaderField("X-Calguard-Score", "6.25"),
            new HeaderField("X-Calguard-Symbols", "RRULE_UNBOUNDED_FREQUENT(6.25)"),
            new HeaderField("X-Calguard-Action", "sanitize"),
            new HeaderField("X-Calguard-Autoadd", "no"),
            new HeaderField("X-Calguard-Default-Alarms", "off"),
        ], CalguardHeaders.For(verdict, decision));

        var clean = CalguardHeaders.For(new Verdict(VerdictKind.Clean, 0, []), new Decision { Action = DecisionAction.Accept, Reasons = [], AutoAdd = true });
        Assert.Equal(["X-Calguard-Verdict: clean", "X-Calguard-Score: 0", "X-Calguard-Action: accept", "X-Calguard-Autoadd: yes"],
            clean.Select(h => h.ToString()));
    }

    [Theory]
    [InlineData("X-Calguard-Verdict", true)]
    [InlineData("x-calguard-anything", true)]
    [InlineData(" X-CALGUARD-Score", true)]
    [InlineData("X-Calguardian", false)]
    [InlineData("X-Spam-Flag", false)]
    public void Recognises_our_headers(string name, bool ours) => Assert.Equal(ours, CalguardHeaders.IsCalguardHeader(name));
}
