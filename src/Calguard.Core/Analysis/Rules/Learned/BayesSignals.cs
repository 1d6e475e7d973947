using System.Globalization;
using Calguard.Learning;

namespace Calguard.Analysis.Rules.Learned;

/// <summary>
/// The learned classifier's verdict (<c>Calguard.Learning.BayesModel</c>, trained from reports and
/// <c>calguard train</c>): it speaks only once it has seen enough of both kinds, and its detail gives the probability.
/// The score scales with how sure it is, from the configured threshold to certainty.
/// </summary>
public static class BayesSignals
{
    /// <summary>The classifier finds the invitation spam-like.</summary>
    public static readonly Signal Spam = new("BAYES_SPAM", Groups.Learned, 3.0,
        "The learned classifier, trained on reported and labelled invitations, finds the words, links and calendar structure spam-like; the detail gives its probability.");

    /// <summary>The classifier finds the invitation ham-like.</summary>
    public static readonly Signal Ham = new("BAYES_HAM", Groups.Learned, -2.0,
        "The learned classifier, trained on reported and labelled invitations, finds the words, links and calendar structure like legitimate invitations; the detail gives its probability.");

    /// <summary>Both signals.</summary>
    public static IReadOnlyList<Signal> All { get; } = [Spam, Ham];

    /// <summary>
    /// The hit a classifier result makes: <paramref name="spam"/> at or above <paramref name="spamAt"/>,
    /// <paramref name="ham"/> at or below <paramref name="hamAt"/>, none in between. The factor grows from half at
    /// the threshold to whole at certainty; the detail names the probability, the strongest features and the training.
    /// </summary>
    public static (Signal Signal, string Detail, double Factor)? Grade(BayesResult bayes, string trainedOn, Signal spam, Signal ham, double spamAt = 0.9, double hamAt = 0.1)
    {
        var p = bayes.Probability;
        if (p < spamAt && p > hamAt)
        {
            return null;
        }
        var strongest = string.Join(", ", bayes.Evidence.Take(5).Select(e => $"{e.Token} {e.Probability.ToString("0.00", CultureInfo.InvariantCulture)}"));
        var detail = $"spam probability {p.ToString("0.000", CultureInfo.InvariantCulture)} from {bayes.Tokens} telling features ({strongest}); {trainedOn}";
        return p >= spamAt ? (spam, detail, Factor(p - spamAt, 1 - spamAt)) : (ham, detail, Factor(hamAt - p, hamAt));
    }

    private static double Factor(double distance, double range) => range <= 0 ? 1 : Math.Round(0.5 + (0.5 * Math.Clamp(distance / range, 0, 1)), 2);
}
