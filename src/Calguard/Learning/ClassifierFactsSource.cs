using Calguard.Analysis;
using Calguard.Analysis.Rules.Learned;
using Calguard.Learning;
using Calguard.Storage.Learning;

namespace Calguard.Host.Learning;

/// <summary>
/// The learned classifier as an external fact: reads the counts of the invitation's features from the database
/// (shared by every node) and adds BAYES_SPAM or BAYES_HAM with the probability in the detail. Silent until it has
/// learned <see cref="ClassifierSettings.MinimumMessages"/> of each kind, and when it is unsure.
/// </summary>
public sealed class ClassifierFactsSource(SqlClassifierStore store, ClassifierSettings settings, AnalysisOptions? analysis = null) : IExternalFactsSource
{
    /// <inheritdoc />
    public async ValueTask<ExternalFacts> ForAsync(Invitation invitation, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        var result = await ClassifyAsync(invitation, cancellationToken).ConfigureAwait(false);
        return result is { } r ? Facts(r.Result, r.Totals) : ExternalFacts.None;
    }

    /// <summary>The hit a classifier result makes: BAYES_SPAM, BAYES_HAM or none when it is unsure.</summary>
    public ExternalFacts Facts(BayesResult bayes, ClassifierTotals totals) =>
        BayesSignals.Grade(bayes, $"trained on {totals.Spam} spam and {totals.Ham} ham", BayesSignals.Spam, BayesSignals.Ham, settings.SpamProbability, settings.HamProbability) is { } hit
            ? new ExternalFacts { Hits = [hit] }
            : ExternalFacts.None;

    /// <summary>The classifier's result for an invitation, or null while it has learned too little (or is off).</summary>
    public async ValueTask<(BayesResult Result, ClassifierTotals Totals)?> ClassifyAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        if (!settings.Enabled || !invitation.HasCalendar)
        {
            return null;
        }
        var totals = await store.TotalsAsync(cancellationToken).ConfigureAwait(false);
        if (totals.Spam < settings.MinimumMessages || totals.Ham < settings.MinimumMessages)
        {
            return null;
        }
        var features = ClassifierFeatures.Extract(invitation, analysis);
        var counts = await store.CountsAsync(features, cancellationToken).ConfigureAwait(false);
        var model = new BayesModel { MinimumMessages = settings.MinimumMessages };
        model.SetTotals((int)Math.Min(totals.Spam, int.MaxValue), (int)Math.Min(totals.Ham, int.MaxValue));
        foreach (var (feature, (spam, ham)) in counts)
        {
            model.Add(feature, (int)Math.Min(spam, int.MaxValue), (int)Math.Min(ham, int.MaxValue));
        }
        return model.Classify(features) is { } bayes ? (bayes, totals) : null;
    }
}
