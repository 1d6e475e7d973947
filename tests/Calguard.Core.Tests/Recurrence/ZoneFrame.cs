using NodaTime;

namespace Calguard.Core.Tests.Recurrence;

/// <summary>
/// The wall-clock frame of a DTSTART (a TZID, UTC, or floating), and conversions into it, using NodaTime's bundled
/// tz database so results do not depend on the machine.
/// </summary>
internal sealed class ZoneFrame
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US-Eastern"] = "America/New_York",
        ["US/Eastern"] = "America/New_York",
    };

    private readonly DateTimeZone? _zone;

    private ZoneFrame(string? tzid, bool utc)
    {
        Tzid = tzid;
        IsUtc = utc;
        _zone = tzid is null ? null : Find(tzid);
    }

    public string? Tzid { get; }

    public bool IsUtc { get; }

    public bool IsFloating => Tzid is null && !IsUtc;

    public static ZoneFrame Of(string? tzid, bool isUtc) => new(tzid, isUtc && tzid is null);

    public static DateTimeZone? Find(string tzid)
    {
        var id = Aliases.GetValueOrDefault(tzid, tzid);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
    }

    /// <summary>Converts a value written with its own TZID (or UTC, or floating) into this frame.</summary>
    public DateTime Convert(DateTime value, bool isUtc, string? tzid)
    {
        if (IsFloating)
        {
            return value;
        }

        DateTime utc;
        if (isUtc)
        {
            utc = value;
        }
        else if (tzid is null || string.Equals(tzid, Tzid, StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }
        else if (Find(tzid) is { } other)
        {
            utc = LocalDateTime.FromDateTime(value).InZoneLeniently(other).ToDateTimeUtc();
        }
        else
        {
            return value;
        }

        return IsUtc || _zone is null ? utc : UtcToLocal(utc);
    }

    public DateTime UtcToLocal(DateTime utc)
        => _zone is null
            ? utc
            : Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(_zone).LocalDateTime.ToDateTimeUnspecified();
}
