using Calguard.Analysis;

namespace Calguard.Host.Cli;

/// <summary><c>calguard rules [--markdown] [--config FILE]</c>: lists every signal with its score and meaning.</summary>
public static class RulesCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard rules [--markdown] [--config FILE]
          --markdown  write docs/rules.md (the file in the repository is generated this way)
        """;

    /// <summary>Runs the command.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var a = new Arguments(args, ["--markdown"], ["--config"]);
        var context = CliContext.Create(a);
        var engine = context.Pipeline.Engine;
        if (a.Flag("--markdown"))
        {
            stdout.Write(RuleDocumentation.Markdown(engine.Rules, engine.Options.Scoring));
            return 0;
        }
        var scores = engine.Options.Scoring.Scores;
        foreach (var s in engine.Rules.Signals.DistinctBy(s => s.Name))
        {
            var score = scores.TryGetValue(s.Name, out var configured) ? configured : s.Score;
            stdout.WriteLine($"{s.Name,-30} {score,6:0.##}  {s.Group,-12} {s.Description}");
        }
        return 0;
    }
}
