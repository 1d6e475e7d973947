using BenchmarkDotNet.Attributes;
using Calguard.Reading;

namespace Calguard.Benchmarks;

/// <summary>
/// One message end to end: MimeKit's bare parse-and-extract (the yardstick), our MIME read, read + analyse +
/// score (<see cref="Engine.Scan"/>), and analyse + score alone on an already read invitation.
/// Target: Scan ≤ 2 × MimeKit, i.e. ≥ 5,000 invitations/s/core.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly Engine Engine = new();
    private byte[][] _inputs = [];
    private Invitation[] _read = [];

    /// <summary>typical: the real 4.5 KB Outlook invitation; google: a generated 6 KB Google-style one;
    /// corpus: every real imip/spam invitation (per op = all of them).</summary>
    [Params("typical", "google", "corpus")]
    public string Input { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        _inputs = Input switch
        {
            "typical" => [BenchInputs.TypicalInvitation],
            "google" => [BenchInputs.GoogleInvitation],
            _ => BenchInputs.RealInvitations,
        };
        _read = _inputs.Select(i => MessageReader.Read(i)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int MimeKitParseAndExtract()
    {
        var n = 0;
        foreach (var input in _inputs)
        {
            n += Baselines.MimeKitParseAndExtract(input);
        }
        return n;
    }

    [Benchmark]
    public int Read()
    {
        var n = 0;
        foreach (var input in _inputs)
        {
            n += MessageReader.Read(input).Parts.Count;
        }
        return n;
    }

    [Benchmark]
    public double Scan()
    {
        var score = 0.0;
        foreach (var input in _inputs)
        {
            score += Engine.Scan(input).Verdict.Score;
        }
        return score;
    }

    [Benchmark]
    public double Analyse()
    {
        var score = 0.0;
        foreach (var invitation in _read)
        {
            score += Engine.Judge(invitation).Score;
        }
        return score;
    }
}
