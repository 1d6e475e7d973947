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
}
