using System.Globalization;
using Calguard.Host.Configuration;

namespace Calguard.Host.Learning;

/// <summary>
/// The learned classifier (section <c>Calguard:Classifier</c>): when it speaks, how sure it must be, and whether
/// reports train it. <c>docs/configuration.md</c> explains every key.
/// </summary>
public sealed record ClassifierSettings
{
    /// <summary>Ask the classifier during scans. Default true; it stays silent until trained.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Spam and ham items each that must be learned before it speaks. Default 50.</summary>
    public int MinimumMessages { get; init; } = 50;

    /// <summary>Spam probability at or above which BAYES_SPAM fires. Default 0.9.</summary>
    public double SpamProbability { get; init; } = 0.9;

    /// <summary>Spam probability at or below which BAYES_HAM fires. Default 0.1.</summary>
    public double HamProbability { get; init; } = 0.1;

    /// <summary>Reports train it (and scans keep each campaign copy's features for that). Default true.</summary>
    public bool LearnFromReports { get; init; } = true;

    /// <summary>Reads <c>Calguard:Classifier</c>.</summary>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static ClassifierSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Calguard:Classifier");
        var defaults = new ClassifierSettings();
        var settings = new ClassifierSettings
        {
            Enabled = Settings.Bool(section, "Enabled") ?? defaults.Enabled,
            MinimumMessages = Settings.Int(section, "MinimumMessages") ?? defaults.MinimumMessages,
            SpamProbability = Probability(section, "SpamProbability") ?? defaults.SpamProbability,
            HamProbability = Probability(section, "HamProbability") ?? defaults.HamProbability,
            LearnFromReports = Settings.Bool(section, "LearnFromReports") ?? defaults.LearnFromReports,
        };
        if (settings.HamProbability >= settings.SpamProbability)
        {
            throw new FormatException("Calguard:Classifier:HamProbability must be below SpamProbability");
        }
        return settings;
    }

    private static double? Probability(IConfigurationSection section, string key)
    {
        var value = Settings.Double(section, key);
        return value is null or (> 0 and < 1) ? value
            : throw new FormatException($"Calguard:Classifier:{key} must be between 0 and 1 (exclusive), not {value.Value.ToString(CultureInfo.InvariantCulture)}");
    }
}
