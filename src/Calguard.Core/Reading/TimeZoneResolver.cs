using System.Collections.Concurrent;
using System.Globalization;

namespace Calguard.Reading;

/// <summary>Turns wall-clock DATE-TIME values into UTC using system zones or the calendar's own VTIMEZONEs.</summary>
/// <remarks>
/// Good to the hour, which is all the rules need ("starts minutes after it arrived", "years in the future").
/// Order: UTC as written; a system zone by IANA or Windows name (Outlook's "W. Europe Standard Time");
/// the VTIMEZONE's X-LIC-LOCATION; the VTIMEZONE's own yearly STANDARD/DAYLIGHT onsets; otherwise UTC,
/// reported through <c>resolved = false</c>.
/// </remarks>
public sealed class TimeZoneResolver
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> SystemZones = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CalendarComponent> _definitions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a resolver for one calendar.</summary>
    /// <param name="calendar">The VCALENDAR whose VTIMEZONE children define custom zones.</param>
    public TimeZoneResolver(CalendarComponent? calendar)
    {
        if (calendar is null)
        {
            return;
        }
        foreach (var tz in calendar.ChildrenNamed("VTIMEZONE"))
        {
            var id = tz.Get("TZID")?.RawValue;
            if (!string.IsNullOrEmpty(id))
            {
                _definitions.TryAdd(id, tz);
            }
        }
    }

    /// <summary>Converts a value to UTC.</summary>
    /// <param name="value">The value.</param>
    /// <param name="resolved">False when a TZID could not be resolved and the value was taken as UTC.</param>
    public DateTime ToUtc(CalendarDateTime value, out bool resolved)
    {
        resolved = true;
        if (value.IsUtc)
        {
            return DateTime.SpecifyKind(value.Value, DateTimeKind.Utc);
        }
        var local = DateTime.SpecifyKind(value.Value, DateTimeKind.Unspecified);
        if (value.TzId is null || value.IsDate)
        {
            return DateTime.SpecifyKind(local, DateTimeKind.Utc);
        }
        var zone = FindSystemZone(value.TzId);
        if (zone is null && _definitions.TryGetValue(value.TzId, out var def) && def.Get("X-LIC-LOCATION") is { } lic)
        {
            zone = FindSystemZone(lic.RawValue);
        }
        if (zone is not null)
        {
            return Convert(local, zone);
        }
        if (_definitions.TryGetValue(value.TzId, out var definition) && TryOffsetFromDefinition(definition, local, out var offset))
        {
            return DateTime.SpecifyKind(SafeAdd(local, -offset), DateTimeKind.Utc);
        }
        resolved = false;
        return DateTime.SpecifyKind(local, DateTimeKind.Utc);
    }

    private static DateTime Convert(DateTime local, TimeZoneInfo zone)
    {
        try
        {
            if (zone.IsInvalidTime(local))
            {
                local = SafeAdd(local, TimeSpan.FromHours(1));
            }
            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        }
        catch (ArgumentException)
        {
            return DateTime.SpecifyKind(local, DateTimeKind.Utc);
        }
    }

    private static DateTime SafeAdd(DateTime value, TimeSpan delta)
    {
        var ticks = value.Ticks + delta.Ticks;
        return ticks < DateTime.MinValue.Ticks ? DateTime.MinValue : ticks > DateTime.MaxValue.Ticks ? DateTime.MaxValue : new DateTime(ticks, value.Kind);
    }

    internal static TimeZoneInfo? FindSystemZone(string id)
    {
        return SystemZones.GetOrAdd(id, static key =>
        {
            foreach (var candidate in Candidates(key))
            {
                // The sender's TZID becomes a path under /usr/share/zoneinfo.
                if (!LooksLikeZoneName(candidate))
                {
                    continue;
                }
                try
                {
                    return TimeZoneInfo.FindSystemTimeZoneById(candidate);
                }
                catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or
                                              System.Security.SecurityException or UnauthorizedAccessException or IOException)
                {
                    // "US" or "Europe/" name a directory there, which .NET reports as a permission problem.
                }
            }
            return null;
        });
    }

    // IANA names and Windows names ("W. Europe Standard Time") pass; what could leave the zoneinfo directory does not.
    private static bool LooksLikeZoneName(string id) =>
        id.Length > 0 && id[0] != '/' && !id.EndsWith('/') && !id.Contains("..", StringComparison.Ordinal) && id.IndexOfAny(['\\', '\0', '~']) < 0 &&
        !id.Any(char.IsControl);

    private static IEnumerable<string> Candidates(string id)
    {
        var trimmed = id.Trim().Trim('"');
        if (trimmed.Length == 0 || trimmed.Length > 128)
        {
            yield break;
        }
        yield return trimmed;
        // "/mozilla.org/20050126_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/America/New_York"
        var parts = trimmed.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2)
        {
            yield return parts[^2] + "/" + parts[^1];
        }
        if (parts.Length >= 3)
        {
            yield return parts[^3] + "/" + parts[^2] + "/" + parts[^1];
        }
    }

    private static bool TryOffsetFromDefinition(CalendarComponent definition, DateTime local, out TimeSpan offset)
    {
        offset = default;
        DateTime bestOnset = DateTime.MinValue;
        var found = false;
        foreach (var sub in definition.Children)
        {
            if (sub.Name is not ("STANDARD" or "DAYLIGHT"))
            {
                continue;
            }
            if (!TryOffset(sub.Get("TZOFFSETTO")?.RawValue, out var to))
            {
                continue;
            }
            if (!CalendarDateTime.TryParse(sub.Get("DTSTART")?.RawValue, null, out var start))
            {
                continue;
            }
            foreach (var onset in Onsets(sub, start.Value, local.Year))
            {
                if (onset <= local && onset >= bestOnset)
                {
                    bestOnset = onset;
                    offset = to;
                    found = true;
                }
            }
        }
        if (!found)
        {
            // Before every onset: use the first STANDARD offset, the usual convention.
            var standard = definition.ChildrenNamed("STANDARD").FirstOrDefault() ?? definition.Children.FirstOrDefault();
            if (standard is not null && TryOffset(standard.Get("TZOFFSETTO")?.RawValue, out var to))
            {
                offset = to;
                return true;
            }
        }
        return found;
    }

    private static IEnumerable<DateTime> Onsets(CalendarComponent sub, DateTime start, int year)
    {
        yield return start;
        var rule = sub.Get("RRULE")?.RawValue;
        if (rule is null)
        {
            foreach (var rdate in sub.GetAll("RDATE"))
            {
                if (CalendarDateTime.TryParse(rdate.RawValue, null, out var r))
                {
                    yield return r.Value;
                }
            }
            yield break;
        }
        int? month = null;
        int ordinal = 0;
        DayOfWeek? day = null;
        foreach (var part in rule.Split(';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2)
            {
                continue;
            }
            if (kv[0].Equals("BYMONTH", StringComparison.OrdinalIgnoreCase) && int.TryParse(kv[1], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                month = m;
            }
            else if (kv[0].Equals("BYDAY", StringComparison.OrdinalIgnoreCase) && kv[1].Length >= 2)
            {
                var v = kv[1].Split(',')[0];
                if (v.Length < 2)
                {
                    continue;
                }
                day = v[^2..].ToUpperInvariant() switch
                {
                    "SU" => DayOfWeek.Sunday,
                    "MO" => DayOfWeek.Monday,
                    "TU" => DayOfWeek.Tuesday,
                    "WE" => DayOfWeek.Wednesday,
                    "TH" => DayOfWeek.Thursday,
                    "FR" => DayOfWeek.Friday,
                    "SA" => DayOfWeek.Saturday,
                    _ => null,
                };
                int.TryParse(v[..^2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ordinal);
            }
        }
        if (month is null || day is null)
        {
            yield break;
        }
        for (var y = year - 1; y <= year; y++)
        {
            if (y < Math.Max(1, start.Year) || y > 9998)
            {
                continue;
            }
            var date = NthWeekday(y, month.Value, day.Value, ordinal == 0 ? 1 : ordinal);
            if (date is not null)
            {
                yield return date.Value + start.TimeOfDay;
            }
        }
    }

    private static DateTime? NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        if (n > 0)
        {
            var first = new DateTime(year, month, 1);
            var delta = ((int)day - (int)first.DayOfWeek + 7) % 7;
            var d = first.AddDays(delta + (n - 1) * 7);
            return d.Month == month ? d : null;
        }
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        var back = ((int)last.DayOfWeek - (int)day + 7) % 7;
        var result = last.AddDays(-back + (n + 1) * 7);
        return result.Month == month ? result : null;
    }

    internal static bool TryOffset(string? text, out TimeSpan offset)
    {
        offset = default;
        if (text is null)
        {
            return false;
        }
        var s = text.Trim();
        if (s.Length is not (5 or 7) || (s[0] != '+' && s[0] != '-'))
        {
            return false;
        }
        if (!int.TryParse(s.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ||
            !int.TryParse(s.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || h > 23 || m > 59)
        {
            return false;
        }
        var sec = 0;
        if (s.Length == 7 && !int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out sec))
        {
            return false;
        }
        offset = new TimeSpan(h, m, sec);
        if (s[0] == '-')
        {
            offset = -offset;
        }
        return true;
    }
}
