namespace Calguard.Core.Tests.Recurrence;

/// <summary>
/// Tests that assert wall-clock bounds run alone, so that the allocation-heavy differential and vector tests
/// (and their garbage collections) do not run beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Recurrence timing";
}
