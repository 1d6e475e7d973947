namespace Calguard.Analysis;

/// <summary>A named, documented signal with a default score, in the manner of an rspamd symbol.</summary>
/// <param name="Name">UPPER_SNAKE name, family first (<c>RRULE_UNBOUNDED_FREQUENT</c>).</param>
/// <param name="Group">The family; scores are capped per group.</param>
/// <param name="Score">The default score; configuration may override it.</param>
/// <param name="Description">One sentence a person can read: what it means and why it matters.</param>
public sealed record Signal(string Name, string Group, double Score, string Description);
