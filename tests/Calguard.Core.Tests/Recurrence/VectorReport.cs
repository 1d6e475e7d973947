using Xunit.Abstractions;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>Collects per-vector outcomes, prints them, and fails on unexpected disagreements.</summary>
/// <remarks>
/// A vector listed in <c>knownDisagreements</c> must still disagree: if it starts passing, the test fails so
/// that the list stays honest.
/// </remarks>
internal sealed class VectorReport(string title, ITestOutputHelper output, IReadOnlyDictionary<string, string>? knownDisagreements = null)
{
    private readonly List<string> _skips = [];
    private readonly List<string> _failures = [];
    private readonly List<string> _known = [];
    private readonly List<string> _stale = [];
    private readonly IReadOnlyDictionary<string, string> _knownDisagreements = knownDisagreements ?? new Dictionary<string, string>();

    public int Passed { get; private set; }

    public int PassedNormalised { get; private set; }

    public void Pass(string name, bool normalised = false)
    {
        if (_knownDisagreements.ContainsKey(name))
        {
            _stale.Add(name);
        }

        Passed++;
        if (normalised)
        {
            PassedNormalised++;
        }
    }

    public void Skip(string name, string reason) => _skips.Add($"{name}: {reason}");

    public void Fail(string name, string detail)
    {
        if (_knownDisagreements.TryGetValue(name, out var reason))
        {
            _known.Add($"{name}: {reason} ({detail})");
            return;
        }

        _failures.Add($"{name}: {detail}");
    }

    public void AssertAndPrint()
    {
        output.WriteLine($"{title}: {Passed} passed ({PassedNormalised} after normalising an unsynchronised DTSTART), {_skips.Count} skipped, {_known.Count} known disagreements, {_failures.Count} failed");
        foreach (var s in _skips)
        {
            output.WriteLine($"  SKIP {s}");
        }

        foreach (var k in _known)
        {
            output.WriteLine($"  KNOWN {k}");
        }

        foreach (var f in _failures)
        {
            output.WriteLine($"  FAIL {f}");
        }

        foreach (var s in _stale)
        {
            output.WriteLine($"  STALE known disagreement now passes: {s}");
        }

        Assert.True(_failures.Count == 0, $"{title}: {_failures.Count} failed:\n" + string.Join("\n", _failures.Take(40)));
        Assert.True(_stale.Count == 0, $"{title}: known disagreements that now pass: {string.Join(", ", _stale)}");
        Assert.True(Passed > 0, $"{title}: nothing passed");
    }
}
