namespace Calguard.Reading;

/// <summary>Hard bounds on the work a reader does for one input.</summary>
/// <remarks>
/// Every bound exists because spam or a crafted file can otherwise buy unbounded CPU or memory
/// (DESIGN: bounded work; R37: cap expansion, size and attendees). Hitting a bound is reported as an
/// <see cref="AnomalyKind.LimitExceeded"/> anomaly; what was read before it is kept.
/// </remarks>
public sealed record ReaderLimits
{
    /// <summary>The defaults: generous for real invitations (a large Outlook invite is ~50 KB), tight for abuse.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Bytes of one calendar part that are read. Default 1 MiB (real invitations are 2–300 KB).</summary>
    public int MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Physical lines of one calendar part. Default 200,000.</summary>
    public int MaxLines { get; init; } = 200_000;

    /// <summary>Bytes of one unfolded content line (an inline attachment is one line). Default 512 KiB.</summary>
    public int MaxLineLength { get; init; } = 512 * 1024;

    /// <summary>Components (VCALENDAR, VEVENT, VALARM …) in one part. Default 1,000: invitations carry 1–50 events, and judging must stay within 50 ms (docs/performance.md).</summary>
    public int MaxComponents { get; init; } = 1_000;

    /// <summary>Properties in one part. Default 100,000.</summary>
    public int MaxProperties { get; init; } = 100_000;

    /// <summary>Parameters on one property. Default 64.</summary>
    public int MaxParameters { get; init; } = 64;

    /// <summary>ATTENDEE properties kept per component. Default 5,000.</summary>
    public int MaxAttendees { get; init; } = 5_000;

    /// <summary>VALARM components kept per component. Default 100.</summary>
    public int MaxAlarms { get; init; } = 100;

    /// <summary>Component nesting depth (VCALENDAR › VEVENT › VALARM is 3). Default 8.</summary>
    public int MaxNesting { get; init; } = 8;

    /// <summary>Anomalies recorded per part; later ones are counted but not stored. Default 200.</summary>
    public int MaxAnomalies { get; init; } = 200;
}
