using BenchmarkDotNet.Attributes;

namespace Calguard.Benchmarks;

/// <summary>Crafted inputs through the whole engine. Target: none above 50 ms or 64 MB.</summary>
[MemoryDiagnoser]
public class WorstCaseBenchmarks
{
    private static readonly Engine Engine = new();
    private byte[] _input = [];

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> Cases => BenchInputs.WorstCases.Keys;

    [GlobalSetup]
    public void Setup() => _input = BenchInputs.WorstCases[Case];

    [Benchmark]
    public double Scan() => Engine.Scan(_input).Verdict.Score;
}
