using BenchmarkDotNet.Attributes;
using Calguard.Reading;

namespace Calguard.Benchmarks;

/// <summary>Reading one calendar part: our <see cref="CalendarReader"/> against Ical.Net 5.2.4 on the same bytes.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[][] _inputs = [];

    /// <summary>typical: the 4.5 KB Outlook invitation's calendar; corpus: every calendar part of the real
    /// imip/spam invitations (per op = all of them); feed: 5,000 events, about 3 MB.</summary>
    [Params("typical", "corpus", "feed")]
    public string Input { get; set; } = "typical";

    [GlobalSetup]
    public void Setup() => _inputs = Input switch
    {
        "typical" => [BenchInputs.TypicalCalendar],
        "corpus" => BenchInputs.RealCalendars,
        _ => [BenchInputs.LargeFeed],
    };

    [Benchmark(Baseline = true)]
    public int Calguard()
    {
        var n = 0;
        foreach (var input in _inputs)
        {
            n += CalendarReader.Read(input).Roots.Count;
        }
        return n;
    }

    [Benchmark]
    public int IcalNet()
    {
        var n = 0;
        foreach (var input in _inputs)
        {
            n += Baselines.IcalNetLoad(input);
        }
        return n;
    }
}
