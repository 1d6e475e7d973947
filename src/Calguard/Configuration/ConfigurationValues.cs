using System.Globalization;
using Calguard.Decisions;

namespace Calguard.Host.Configuration;

/// <summary>Reads typed values from a configuration section; a bad value throws a <see cref="FormatException"/> that names the key.</summary>
internal static class ConfigurationValues
{
    public static TimeSpan? Interval(IConfigurationSection section, string key, bool allowZero = false)
    {
        if (section[key] is not { } v)
        {
            return null;
        }
        try
        {
            var t = PolicyNames.ParseInterval(v);
            return t > TimeSpan.Zero || (allowZero && t == TimeSpan.Zero) ? t : throw new FormatException("must be positive");
        }
        catch (FormatException e)
        {
            throw new FormatException($"{section.Path}:{key}: {e.Message}", e);
        }
    }

    public static double? NonNegative(IConfigurationSection section, string key) =>
        section[key] is { } v
            ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0 && double.IsFinite(n) ? n
                : throw new FormatException($"{section.Path}:{key} must be a number of at least 0, not '{v}'")
            : null;

    public static int? Positive(IConfigurationSection section, string key) =>
        section[key] is { } v
            ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                : throw new FormatException($"{section.Path}:{key} must be a positive integer, not '{v}'")
            : null;

    public static bool? Bool(IConfigurationSection section, string key) =>
        section[key] is { } v ? bool.TryParse(v, out var b) ? b : throw new FormatException($"{section.Path}:{key} must be true or false, not '{v}'") : null;

    public static IReadOnlyList<string> Strings(IConfigurationSection section, string key) => Settings.Strings(section, key);
}
