using System.Globalization;

namespace Calguard.Decisions;

/// <summary>The names policies use in configuration files, the CLI and the API.</summary>
public static class PolicyNames
{
    /// <summary>everyone, known-senders, nobody.</summary>
    public static string ToName(this AutoAddPolicy value) => value switch
    {
        AutoAddPolicy.Everyone => "everyone",
        AutoAddPolicy.Nobody => "nobody",
        _ => "known-senders",
    };

    /// <summary>keep, strip-untrusted, strip-all.</summary>
    public static string ToName(this AlarmPolicy value) => value switch
    {
        AlarmPolicy.Keep => "keep",
        AlarmPolicy.StripAll => "strip-all",
        _ => "strip-untrusted",
    };

    /// <summary>header, demote.</summary>
    public static string ToName(this NoAutoAddSignal value) => value == NoAutoAddSignal.Demote ? "demote" : "header";

    /// <summary>Parses an auto-add name.</summary>
    /// <exception cref="FormatException">The name is unknown.</exception>
    public static AutoAddPolicy ParseAutoAdd(string value) => Normalise(value) switch
    {
        "everyone" => AutoAddPolicy.Everyone,
        "knownsenders" or "known" => AutoAddPolicy.KnownSenders,
        "nobody" or "none" => AutoAddPolicy.Nobody,
        _ => throw new FormatException($"autoAdd must be everyone, known-senders or nobody, not '{value}'"),
    };

    /// <summary>Parses an alarm policy name.</summary>
    /// <exception cref="FormatException">The name is unknown.</exception>
    public static AlarmPolicy ParseAlarms(string value) => Normalise(value) switch
    {
        "keep" => AlarmPolicy.Keep,
        "stripuntrusted" => AlarmPolicy.StripUntrusted,
        "stripall" => AlarmPolicy.StripAll,
        _ => throw new FormatException($"alarms must be keep, strip-untrusted or strip-all, not '{value}'"),
    };

    /// <summary>Parses a no-auto-add signal name.</summary>
    /// <exception cref="FormatException">The name is unknown.</exception>
    public static NoAutoAddSignal ParseSignal(string value) => Normalise(value) switch
    {
        "header" or "headers" or "headeronly" => NoAutoAddSignal.Header,
        "demote" => NoAutoAddSignal.Demote,
        _ => throw new FormatException($"noAutoAddSignal must be header or demote, not '{value}'"),
    };

    /// <summary>Parses an interval: ISO 8601 duration (PT5M), hh:mm:ss, or seconds.</summary>
    /// <exception cref="FormatException">The text is not an interval.</exception>
    public static TimeSpan ParseInterval(string value)
    {
        if (Reading.DurationValue.TryParse(value, out var d) && d >= TimeSpan.Zero)
        {
            return d;
        }
        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var t) && t >= TimeSpan.Zero)
        {
            return t;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0)
        {
            return TimeSpan.FromSeconds(s);
        }
        throw new FormatException($"'{value}' is not an interval (use PT5M, 00:05:00 or seconds)");
    }

    /// <summary>Writes an interval as an ISO 8601 duration.</summary>
    public static string ToIso(TimeSpan value) => System.Xml.XmlConvert.ToString(value);

    private static string Normalise(string value) => value.Trim().Replace("-", string.Empty).Replace("_", string.Empty).ToLowerInvariant();
}
