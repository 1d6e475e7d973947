namespace Calguard.Recurrence;

/// <summary>The FREQ rule part of an RRULE (RFC 5545 §3.3.10), ordered from the finest to the coarsest period.</summary>
public enum RecurrenceFrequency
{
    /// <summary>Repeats every second (times INTERVAL).</summary>
    Secondly,

    /// <summary>Repeats every minute (times INTERVAL).</summary>
    Minutely,

    /// <summary>Repeats every hour (times INTERVAL).</summary>
    Hourly,

    /// <summary>Repeats every day (times INTERVAL).</summary>
    Daily,

    /// <summary>Repeats every week (times INTERVAL); weeks start on WKST.</summary>
    Weekly,

    /// <summary>Repeats every month (times INTERVAL).</summary>
    Monthly,

    /// <summary>Repeats every year (times INTERVAL).</summary>
    Yearly,
}
