namespace Calguard.Analysis;

/// <summary>One signal that fired on an invitation, with its score and the evidence.</summary>
/// <param name="Name">The signal name.</param>
/// <param name="Group">The signal's group.</param>
/// <param name="Score">The score it contributes (after configuration and group caps).</param>
/// <param name="Detail">What was seen, in a sentence.</param>
public sealed record Hit(string Name, string Group, double Score, string Detail)
{
    /// <summary>
    /// True for a hit of an informational signal (default score 0, such as DNS_TIMEOUT or REP_UNAVAILABLE): it never
    /// changes the score but stays in the verdict, so the explanation says what the verdict was computed without.
    /// </summary>
    public bool Notice { get; init; }
}
