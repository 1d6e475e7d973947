using Calguard.Reading;

namespace Calguard.Core.Tests.Precheck;

/// <summary>The precheck's guarantee over every file of the shared corpus.</summary>
public class CalendarPrecheckCorpusTests
{
    [CorpusFact]
    public void Never_misses_a_calendar_in_the_shared_corpus()
    {
        var files = SharedCorpus.Files();
        var missed = new List<string>();
        var withCalendar = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            if (!MessageReader.Read(bytes, context: new ScanContext { Source = file }).HasCalendar)
            {
                continue;
            }
            withCalendar++;
            if (!CalendarPrecheck.MayContainCalendar(bytes))
            {
                missed.Add(SharedCorpus.Relative(file));
            }
        }
        Assert.True(withCalendar > 1000, $"only {withCalendar} corpus files carry a calendar");
        Assert.Empty(missed);
    }
}
