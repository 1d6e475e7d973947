using Calguard.Reading;
using Xunit.Abstractions;

namespace Calguard.Core.Tests.Differential;

/// <summary>
/// Our <see cref="CalendarReader"/> against Ical.Net 5.2.4 on the real corpus (<c>ics/**</c> and the calendar
/// parts of <c>imip/**</c>): per calendar, the event count and each event's UID, SUMMARY, DTSTART, ORGANIZER
/// and attendee count. Where Ical.Net throws, the exception is recorded (docs/decisions/0001). Wherever both
/// read the file, they must agree, except for the documented differences in <see cref="KnownDifferences"/>.
/// </summary>
public class ReaderDifferentialTests(ITestOutputHelper output)
{
    private static readonly string[] CalendarExtensions = [".ics", ".vcs", ".ifb", ".ical"];

    /// <summary>Every calendar input: (corpus-relative name, decoded bytes).</summary>
    public static IEnumerable<(string Name, byte[] Data)> Inputs()
    {
        foreach (var file in SharedCorpus.Files("ics").Where(f => CalendarExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())))
        {
            yield return (SharedCorpus.Relative(file), File.ReadAllBytes(file));
        }
        foreach (var file in SharedCorpus.Files("imip"))
        {
            var parts = MessageReader.Read(File.ReadAllBytes(file)).Parts;
            for (var i = 0; i < parts.Count; i++)
            {
                yield return ($"{SharedCorpus.Relative(file)}#{parts[i].Carrier.Path}", parts[i].Content);
            }
        }
    }

    [CorpusFact]
    public void Both_readers_agree_on_the_real_corpus_except_known_differences()
    {
        var compared = 0;
        var throws = new Dictionary<string, List<string>>();
        var unexpected = new List<string>();
        var knownSeen = new Dictionary<string, int>();
        foreach (var (name, data) in Inputs())
        {
            var ours = CalendarSummary.Ours(data);
            IReadOnlyList<IReadOnlyList<EventSummary>> theirs;
            try
            {
                theirs = CalendarSummary.IcalNet(data);
            }
            catch (Exception e)
            {
                var type = e.GetType().Name;
                throws.TryAdd(type, []);
                throws[type].Add(name);
                continue;
            }
            compared++;
            foreach (var difference in Compare(name, ours, theirs))
            {
                if (KnownDifferences.Explain(difference) is { } known)
                {
                    knownSeen[known.Name] = knownSeen.GetValueOrDefault(known.Name) + 1;
                }
                else
                {
                    unexpected.Add(difference.ToString());
                }
            }
        }
        foreach (var (known, count) in knownSeen)
        {
            output.WriteLine($"known difference {known}: {count}");
        }
        output.WriteLine($"compared {compared} calendars; Ical.Net threw on {throws.Values.Sum(v => v.Count)}:");
        foreach (var (type, names) in throws.OrderByDescending(t => t.Value.Count))
        {
            output.WriteLine($"  {type} × {names.Count}: {string.Join(", ", names.Take(10))}{(names.Count > 10 ? ", …" : "")}");
        }
        Assert.True(compared > 1000, $"only {compared} calendars compared");
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} unexplained differences:\n{string.Join("\n", unexpected.Take(60))}");
    }

    /// <summary>Differences between the two readings of <paramref name="name"/>.</summary>
    public static IEnumerable<Difference> Compare(string name, IReadOnlyList<IReadOnlyList<EventSummary>> ours, IReadOnlyList<IReadOnlyList<EventSummary>> theirs)
    {
        // Ical.Net drops empty VCALENDARs; compare the calendars that carry events.
        var a = ours.Where(c => c.Count > 0).ToList();
        var b = theirs.Where(c => c.Count > 0).ToList();
        if (a.Count != b.Count)
        {
            yield return new Difference(name, "file", "calendars with events", a.Count.ToString(), b.Count.ToString());
            yield break;
        }
        for (var c = 0; c < a.Count; c++)
        {
            if (a[c].Count != b[c].Count)
            {
                yield return new Difference(name, $"calendar {c}", "event count", a[c].Count.ToString(), b[c].Count.ToString());
                continue;
            }
            for (var e = 0; e < a[c].Count; e++)
            {
                foreach (var field in a[c][e].Differences(b[c][e]))
                {
                    var (x, y) = field switch
                    {
                        "UID" => (a[c][e].Uid, b[c][e].Uid),
                        "SUMMARY" => (a[c][e].Summary, b[c][e].Summary),
                        "DTSTART" => (a[c][e].Start, b[c][e].Start),
                        "ORGANIZER" => (a[c][e].Organizer, b[c][e].Organizer),
                        _ => (a[c][e].Attendees.ToString(), b[c][e].Attendees.ToString()),
                    };
                    yield return new Difference(name, $"calendar {c} event {e}", field, x, y);
                }
            }
        }
    }
}
