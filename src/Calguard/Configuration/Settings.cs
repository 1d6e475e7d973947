using System.Globalization;
using Calguard.Analysis;
using Calguard.Decisions;
using Calguard.Reading;
using Calguard.Scoring;

namespace Calguard.Host.Configuration;

/// <summary>
/// Everything Calguard reads from configuration: a JSON file plus environment variables
/// (<c>Calguard__Scoring__SpamThreshold=12</c>), the .NET convention. Every key is documented in
/// <c>calguard.sample.json</c>.
/// </summary>
public sealed class Settings
{
    /// <summary>Engine options.</summary>
    public required CalguardOptions Engine { get; init; }

    /// <summary>The global default policy.</summary>
    public required RecipientPolicy Policy { get; init; }

    /// <summary>Policy overrides from the configuration file, per domain.</summary>
    public required IReadOnlyDictionary<string, PolicyOverride> DomainPolicies { get; init; }

    /// <summary>Policy overrides from the configuration file, per recipient.</summary>
    public required IReadOnlyDictionary<string, PolicyOverride> RecipientPolicies { get; init; }

    /// <summary>The raw configuration, for host sections (storage, listeners, keys).</summary>
    public required IConfiguration Configuration { get; init; }

    /// <summary>Loads configuration from an optional JSON file and the environment.</summary>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Settings Load(string? file, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = new ConfigurationBuilder();
        if (file is not null)
        {
            var full = System.IO.Path.GetFullPath(file);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"configuration file not found: {file}", file);
            }
            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }
        builder.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }
        return From(builder.Build());
    }

    /// <summary>Reads settings from a built configuration.</summary>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static Settings From(IConfiguration configuration)
    {
        var root = configuration.GetSection("Calguard");
        var limits = root.GetSection("Limits");
        var defaults = ReaderLimits.Default;
        var reader = new ReaderLimits
        {
            MaxBytes = Int(limits, "MaxCalendarBytes") ?? defaults.MaxBytes,
            MaxLines = Int(limits, "MaxLines") ?? defaults.MaxLines,
            MaxLineLength = Int(limits, "MaxLineLength") ?? defaults.MaxLineLength,
            MaxComponents = Int(limits, "MaxComponents") ?? defaults.MaxComponents,
            MaxProperties = Int(limits, "MaxProperties") ?? defaults.MaxProperties,
            MaxAttendees = Int(limits, "MaxAttendees") ?? defaults.MaxAttendees,
            MaxAlarms = Int(limits, "MaxAlarms") ?? defaults.MaxAlarms,
            MaxNesting = Int(limits, "MaxNesting") ?? defaults.MaxNesting,
        };
        var read = ReadOptions.Default;
        var reading = read with
        {
            Calendar = reader,
            TrustedAuthservIds = Strings(root, "TrustedAuthservIds"),
            MaxMimeDepth = Int(limits, "MaxMimeDepth") ?? read.MaxMimeDepth,
            MaxNestedMessages = Int(limits, "MaxNestedMessages") ?? read.MaxNestedMessages,
            MaxParts = Int(limits, "MaxParts") ?? read.MaxParts,
            MaxMessageBytes = Int(limits, "MaxMessageBytes") ?? read.MaxMessageBytes,
            MaxHeaderFieldBytes = Int(limits, "MaxHeaderFieldBytes") ?? read.MaxHeaderFieldBytes,
            MaxHeaderFields = Int(limits, "MaxHeaderFields") ?? read.MaxHeaderFields,
            CapturedHeaders = root.GetSection("UpstreamSpamHeaders").Exists()
                ? [.. read.CapturedHeaders.Concat(Strings(root, "UpstreamSpamHeaders").Select(h => h.Split(':')[0].Trim().ToLowerInvariant())).Distinct(StringComparer.Ordinal)]
                : read.CapturedHeaders,
        };
        var analysisDefaults = AnalysisOptions.Default;
        var analysis = analysisDefaults with
        {
            LocalDomains = Strings(root, "LocalDomains"),
            Horizon = Interval(root.GetSection("Analysis"), "Horizon") ?? analysisDefaults.Horizon,
            FarFuture = Interval(root.GetSection("Analysis"), "FarFuture") ?? analysisDefaults.FarFuture,
            SeedClassifier = Bool(root.GetSection("Analysis"), "SeedClassifier") ?? analysisDefaults.SeedClassifier,
        };
        var scoringSection = root.GetSection("Scoring");
        var scoringDefaults = ScoringOptions.Default;
        var caps = new Dictionary<string, double>(scoringDefaults.GroupCaps);
        foreach (var c in scoringSection.GetSection("GroupCaps").GetChildren())
        {
            caps[c.Key] = Double(scoringSection.GetSection("GroupCaps"), c.Key) ?? caps.GetValueOrDefault(c.Key);
        }
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in scoringSection.GetSection("Scores").GetChildren())
        {
            scores[s.Key] = Double(scoringSection.GetSection("Scores"), s.Key) ?? 0;
        }
        var scoring = new ScoringOptions
        {
            SuspiciousThreshold = Double(scoringSection, "SuspiciousThreshold") ?? scoringDefaults.SuspiciousThreshold,
            SpamThreshold = Double(scoringSection, "SpamThreshold") ?? scoringDefaults.SpamThreshold,
            GroupCaps = caps,
            Scores = scores,
        };
        if (scoring.SuspiciousThreshold > scoring.SpamThreshold)
        {
            throw new FormatException("Calguard:Scoring:SuspiciousThreshold must not exceed SpamThreshold");
        }

        var policySection = root.GetSection("Policy");
        var policy = RecipientPolicy.Default.With(ReadOverride(policySection, "Calguard:Policy"));
        var domains = new Dictionary<string, PolicyOverride>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in policySection.GetSection("Domains").GetChildren())
        {
            domains[d.Key] = ReadOverride(d, $"Calguard:Policy:Domains:{d.Key}");
        }
        var recipients = new Dictionary<string, PolicyOverride>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in policySection.GetSection("Recipients").GetChildren())
        {
            recipients[r.Key] = ReadOverride(r, $"Calguard:Policy:Recipients:{r.Key}");
        }
        return new Settings
        {
            Engine = new CalguardOptions { Reading = reading, Analysis = analysis, Scoring = scoring },
            Policy = policy,
            DomainPolicies = domains,
            RecipientPolicies = recipients,
            Configuration = configuration,
        };
    }

    /// <summary>A policy store preloaded with the configured overrides.</summary>
    public IPolicyStore CreatePolicyStore()
    {
        var store = new InMemoryPolicyStore();
        Seed(store);
        return store;
    }

    /// <summary>Copies the configured overrides into a store (configuration wins over what the store held).</summary>
    public void Seed(IPolicyStore store)
    {
        foreach (var (d, p) in DomainPolicies)
        {
            store.SetDomain(d, p);
        }
        foreach (var (r, p) in RecipientPolicies)
        {
            store.SetRecipient(r, p);
        }
    }

    /// <summary>Reads a policy override section (keys as in the API's policy JSON).</summary>
    /// <exception cref="FormatException">A value has the wrong form.</exception>
    public static PolicyOverride ReadOverride(IConfigurationSection section, string path)
    {
        try
        {
            return new PolicyOverride
            {
                AutoAdd = section["AutoAdd"] is { } a ? PolicyNames.ParseAutoAdd(a) : null,
                Alarms = section["Alarms"] is { } al ? PolicyNames.ParseAlarms(al) : null,
                MinimumAlarmInterval = section["MinimumAlarmInterval"] is { } mi ? PolicyNames.ParseInterval(mi) : null,
                MaxInstances = Int(section, "MaxInstances"),
                MaxCalendarBytes = Int(section, "MaxCalendarBytes"),
                MaxAttendees = Int(section, "MaxAttendees"),
                QuarantineThreshold = Double(section, "QuarantineThreshold"),
                RejectThreshold = Double(section, "RejectThreshold"),
                AllowOrganizers = section.GetSection("AllowOrganizers").Exists() ? Strings(section, "AllowOrganizers") : null,
                BlockOrganizers = section.GetSection("BlockOrganizers").Exists() ? Strings(section, "BlockOrganizers") : null,
                NoAutoAddSignal = section["NoAutoAddSignal"] is { } s ? PolicyNames.ParseSignal(s) : null,
                BlockOrganizerOnReport = Bool(section, "BlockOrganizerOnReport"),
            };
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    internal static IReadOnlyList<string> Strings(IConfiguration section, string key)
    {
        var s = section.GetSection(key);
        if (s.Value is { } single)
        {
            return single.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return s.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToArray();
    }

    internal static int? Int(IConfiguration section, string key) =>
        section[key] is { } v ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
            : throw new FormatException($"{KeyPath(section, key)} must be a non-negative integer, not '{v}'") : null;

    internal static double? Double(IConfiguration section, string key) =>
        section[key] is { } v ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
            : throw new FormatException($"{KeyPath(section, key)} must be a number, not '{v}'") : null;

    internal static bool? Bool(IConfiguration section, string key) =>
        section[key] is { } v ? bool.TryParse(v, out var b) ? b : throw new FormatException($"{KeyPath(section, key)} must be true or false, not '{v}'") : null;

    private static TimeSpan? Interval(IConfiguration section, string key) =>
        section[key] is { } v ? PolicyNames.ParseInterval(v) : null;

    private static string KeyPath(IConfiguration section, string key) => section is IConfigurationSection s ? $"{s.Path}:{key}" : key;
}
