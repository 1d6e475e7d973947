namespace Calguard.Recurrence;

/// <summary>A problem found while reading or expanding a recurrence.</summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Detail">A short sentence for people, naming the rule part and value involved.</param>
public readonly record struct RecurrenceProblem(RecurrenceProblemKind Kind, string Detail)
{
    /// <summary>Writes the problem as <c>Kind: detail</c>.</summary>
    /// <returns>The kind and the detail.</returns>
    public override string ToString() => $"{Kind}: {Detail}";
}
