using BenchmarkDotNet.Attributes;
using Calguard.Reading;

namespace Calguard.Benchmarks;

/// <summary><see cref="CalendarPrecheck"/> on mail without calendars (target ≥ 500 MB/s per core) and on invitations.</summary>
[MemoryDiagnoser]
public class PrecheckBenchmarks
{
    private byte[] _input = [];

    [Params("plain-2k", "newsletter-qp", "attachments-400k", "attachments-5m", "invitation-typical")]
    public string Input { get; set; } = "plain-2k";

    [GlobalSetup]
    public void Setup() => _input = Input == "invitation-typical" ? BenchInputs.TypicalInvitation : BenchInputs.NonCalendarMail[Input];

    [Benchmark]
    public bool MayContainCalendar() => CalendarPrecheck.MayContainCalendar(_input);
}
