using System.Globalization;
using System.Text;
using Calguard.Scoring;

namespace Calguard.Analysis;

/// <summary>Writes <c>docs/rules.md</c> from the rule set itself, so the documentation cannot drift from the code.</summary>
public static class RuleDocumentation
{
    private static readonly (string Group, string Title, string Why)[] Groups =
    [
        ("transport", "Transport and authentication", "Authentication-Results from trusted authserv-ids only (RFC 8601 §5); ORGANIZER versus who really sent it (R12, R14, R46)."),
        ("imip", "iMIP structure", "RFC 6047 §2.4 method parameter, one calendar per message, parts that disagree, methods that make no sense for the recipient (R31–R34, R46)."),
        ("payload", "The nagging payload", "Alarms, recurrence and placement in time, measured against the message's own arrival time (I1, I4, I5, R23, R36–R38)."),
        ("audience", "Audience", "Who is invited: sprayed strangers, absurd SEQUENCE values (practice document §5.3)."),
        ("content", "Content", "Lures, links, phone numbers and obfuscation in the calendar text and the mail (R6, R9, R13, R21)."),
        ("composite", "Composites", "Combinations: a signal that only fires when others did, so that one kind of evidence alone does not decide."),
        ("malformation", "Malformation", "The readers' anomalies as evidence (R34)."),
        ("learned", "Learned", "Reputation, the statistical classifier and user reports (R24–R27)."),
        ("internal", "Internal", "Reported by the engine itself."),
    ];

    /// <summary>The Markdown document.</summary>
    public static string Markdown(RuleSet rules, ScoringOptions scoring)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Rules");
        sb.AppendLine();
        sb.AppendLine("Generated from the code by `calguard rules --markdown`; a test fails when this file and the code disagree.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Every rule is a named signal with a default score and a sentence. The verdict lists the signals that fired (`symbols` in JSON, `X-Calguard-Symbols` in mail) and their scores sum to the verdict's score. Thresholds: **suspicious at {scoring.SuspiciousThreshold:0.##}**, **spam at {scoring.SpamThreshold:0.##}** (`Calguard:Scoring:SuspiciousThreshold`, `SpamThreshold`). Each group's positive contribution is capped (`Calguard:Scoring:GroupCaps`), scaling its hits so they still add up. Scores can be overridden per signal (`Calguard:Scoring:Scores:NAME`; 0 switches a signal off). Some signals scale their score with the strength of the evidence (the detail says why), so a hit may show less than the default.");
        sb.AppendLine();
        foreach (var (group, title, why) in Groups)
        {
            var signals = rules.Signals.Where(s => s.Group == group).ToList();
            if (group == "internal")
            {
                signals.Add(RuleSet.RuleFailed);
            }
            if (signals.Count == 0)
            {
                continue;
            }
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
            sb.AppendLine();
            sb.AppendLine(why + (scoring.GroupCaps.TryGetValue(group, out var cap) ? $" Group cap: {cap.ToString("0.##", CultureInfo.InvariantCulture)}." : string.Empty));
            sb.AppendLine();
            sb.AppendLine("| Signal | Score | Meaning |");
            sb.AppendLine("|---|---:|---|");
            foreach (var s in signals.DistinctBy(s => s.Name))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| `{s.Name}` | {s.Score.ToString("0.##", CultureInfo.InvariantCulture)} | {s.Description.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }
}
