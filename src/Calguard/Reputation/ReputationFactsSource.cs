using System.Data.Common;
using Calguard.Analysis;
using Calguard.Analysis.Rules.Learned;
using Calguard.Reputation;
using Calguard.Storage.Reputation;

namespace Calguard.Host.Reputation;

/// <summary>
/// Adds the reputation signals to a scan: looks up the invitation's entities (node cache first, then the store,
/// within <see cref="ReputationSettings.LookupBudget"/>), decays their evidence to now and judges it.
/// </summary>
public sealed class ReputationFactsSource(SqlReputationStore store, ReputationCache cache, ReputationSettings settings, TimeProvider time) : IExternalFactsSource
{
    /// <inheritdoc />
    public async ValueTask<ExternalFacts> ForAsync(Invitation invitation, IReadOnlyList<string> recipients, CancellationToken cancellationToken)
    {
        var subjects = ReputationSubjects.For(invitation, settings.Model.SharedDomains);
        if (subjects.IsEmpty)
        {
            return ExternalFacts.None;
        }
        var found = new Dictionary<ReputationSubject, ReputationEvidence>();
        var missing = new List<ReputationSubject>();
        foreach (var subject in subjects.Lookup.Distinct())
        {
            if (cache.TryGet(subject, out var cached))
            {
                if (cached is not null)
                {
                    found[subject] = cached;
                }
            }
            else
            {
                missing.Add(subject);
            }
        }
        if (missing.Count > 0)
        {
            IReadOnlyDictionary<ReputationSubject, ReputationEvidence> rows;
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(settings.LookupBudget);
            try
            {
                // Task.Run: SQLite's "async" reads run synchronously, and the budget must hold on every backend.
                rows = await Task.Run(() => store.GetAsync(missing, budget.Token), budget.Token).WaitAsync(settings.LookupBudget, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is TimeoutException or OperationCanceledException)
            {
                return Unavailable($"no answer within {settings.LookupBudget.TotalMilliseconds:0} ms");
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                return Unavailable($"{e.GetType().Name}: {e.Message}");
            }
            foreach (var subject in missing)
            {
                var evidence = rows.GetValueOrDefault(subject);
                // Absent entities are cached too: most are, and each would cost a query per scan.
                cache.Set(subject, evidence, settings.CacheTtl);
                if (evidence is not null)
                {
                    found[subject] = evidence;
                }
            }
        }
        if (found.Count == 0)
        {
            return ExternalFacts.None;
        }
        var now = time.GetUtcNow();
        var decayed = found.ToDictionary(kv => kv.Key, kv => kv.Value.DecayedTo(now, settings.Model.HalfLife));
        var hits = ReputationJudge.Judge(subjects, decayed, now, settings.Model);
        return hits.Count == 0 ? ExternalFacts.None : new ExternalFacts { Hits = hits };
    }

    private static ExternalFacts Unavailable(string why) =>
        new() { Hits = [(ReputationSignals.Unavailable, "reputation store: " + why, 1.0)] };
}
