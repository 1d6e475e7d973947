namespace Calguard.Reputation;

/// <summary>The stored evidence about one entity.</summary>
/// <param name="Counts">The counts, as of <paramref name="UpdatedAt"/>.</param>
/// <param name="FirstSeen">When the entity was first seen (not decayed: the age of an identity is evidence too).</param>
/// <param name="UpdatedAt">The instant the counts are valid for.</param>
public sealed record ReputationEvidence(ReputationCounts Counts, DateTimeOffset FirstSeen, DateTimeOffset UpdatedAt)
{
    /// <summary>The evidence carried forward to <paramref name="now"/>: every count halves each <paramref name="halfLife"/>.</summary>
    public ReputationEvidence DecayedTo(DateTimeOffset now, TimeSpan halfLife) =>
        now <= UpdatedAt ? this : new ReputationEvidence(Counts.Scale(ReputationCounts.Decay(now - UpdatedAt, halfLife)), FirstSeen, now);
}
