using System.Diagnostics;
using Calguard.Analysis;
using Calguard.Reading;
using Calguard.Scoring;

namespace Calguard;

/// <summary>
/// The pipeline every surface calls: read → analyse → score. Stateless and thread-safe; decisions and
/// sanitising build on its result.
/// </summary>
public sealed class Engine
{
    /// <summary>Creates an engine.</summary>
    public Engine(CalguardOptions? options = null, RuleSet? rules = null)
    {
        Options = options ?? CalguardOptions.Default;
        Rules = rules ?? RuleSet.Default;
    }

    /// <summary>The settings.</summary>
    public CalguardOptions Options { get; }

    /// <summary>The rules.</summary>
    public RuleSet Rules { get; }

    /// <summary>Reads and judges a message or bare iCalendar file.</summary>
    public ScanResult Scan(ReadOnlyMemory<byte> data, ScanContext? context = null, ExternalFacts? external = null)
    {
        var started = Stopwatch.GetTimestamp();
        var invitation = MessageReader.Read(data, Options.Reading, context);
        var verdict = Judge(invitation, external, context?.Recipients);
        return new ScanResult(invitation, verdict, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Judges an invitation that was already read.</summary>
    public Verdict Judge(Invitation invitation, ExternalFacts? external = null, IReadOnlyList<string>? recipients = null)
    {
        var context = RuleContext.Create(invitation, Options.Analysis, external, recipients);
        var hits = Rules.Evaluate(context, Options.Scoring.Scores);
        return Scorer.Score(hits, Options.Scoring);
    }
}
