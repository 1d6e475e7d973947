using Calguard.Analysis;
using Calguard.Scoring;

namespace Calguard.Core.Tests.Analysis;

public class RuleDocumentationTests
{
    [Fact]
    public void DocsRulesMdIsGeneratedFromTheCode()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Calguard.slnx")))
        {
            root = Path.GetDirectoryName(root);
        }
        Assert.NotNull(root);
        var onDisk = File.ReadAllText(Path.Combine(root!, "docs", "rules.md")).ReplaceLineEndings("\n");
        var generated = RuleDocumentation.Markdown(RuleSet.Default, ScoringOptions.Default).ReplaceLineEndings("\n");
        // Regenerate with: ./calguard rules --markdown > docs/rules.md
        Assert.Equal(generated, onDisk);
    }

    [Fact]
    public void EverySignalHasAUniqueUpperSnakeNameAndASentence()
    {
        var signals = RuleSet.Default.Signals.ToList();
        Assert.Equal(signals.Count, signals.Select(s => s.Name).Distinct().Count());
        foreach (var s in signals)
        {
            Assert.Matches("^[A-Z][A-Z0-9_]+$", s.Name);
            Assert.EndsWith(".", s.Description);
            Assert.True(s.Description.Length > 20, s.Name);
        }
    }
}
