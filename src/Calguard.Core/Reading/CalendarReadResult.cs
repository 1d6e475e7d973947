namespace Calguard.Reading;

/// <summary>What <see cref="CalendarReader"/> could read from one calendar part, and what was wrong with it.</summary>
public sealed class CalendarReadResult
{
    internal CalendarReadResult(IReadOnlyList<CalendarComponent> roots, IReadOnlyList<Anomaly> anomalies,
        IReadOnlyDictionary<AnomalyKind, int> counts, int bytesRead, int lines, bool limitHit)
    {
        Roots = roots;
        Anomalies = anomalies;
        AnomalyCounts = counts;
        BytesRead = bytesRead;
        Lines = lines;
        LimitHit = limitHit;
    }

    /// <summary>Top-level components: normally one VCALENDAR; bare VEVENTs and junk components are kept too.</summary>
    public IReadOnlyList<CalendarComponent> Roots { get; }

    /// <summary>The recorded anomalies (at most <see cref="ReaderLimits.MaxAnomalies"/>).</summary>
    public IReadOnlyList<Anomaly> Anomalies { get; }

    /// <summary>How often each kind of anomaly occurred, including those not stored.</summary>
    public IReadOnlyDictionary<AnomalyKind, int> AnomalyCounts { get; }

    /// <summary>Bytes examined.</summary>
    public int BytesRead { get; }

    /// <summary>Physical lines examined.</summary>
    public int Lines { get; }

    /// <summary>True when a <see cref="ReaderLimits"/> bound stopped or trimmed the reading.</summary>
    public bool LimitHit { get; }

    /// <summary>The VCALENDAR roots.</summary>
    public IEnumerable<CalendarComponent> Calendars => Roots.Where(r => r.Name == "VCALENDAR");
}
