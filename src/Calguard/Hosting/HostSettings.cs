using Calguard.Decisions;
using Calguard.Host.Configuration;
using Calguard.Storage.Database;
using Calguard.Storage.Keys;

namespace Calguard.Host.Hosting;

/// <summary>
/// The settings of <c>calguard serve</c> (sections <c>Calguard:Server</c>, <c>Calguard:Storage</c>,
/// <c>Calguard:Provenance</c>, <c>Calguard:Statistics</c>, <c>Calguard:Api</c> and <c>ConnectionStrings</c>), with safe
/// defaults: loopback only, SQLite under <c>./data</c>, provenance without raw messages. <c>docs/configuration.md</c>
/// explains every key.
/// </summary>
public sealed record HostSettings
{
    /// <summary>Where <c>serve</c> listens when nothing else is configured: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8025";

    /// <summary>The listen URLs, separated by ';'.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The largest request body accepted (413 beyond). Default 10 MiB, like the milter's message limit.</summary>
    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>How long a graceful shutdown waits for requests in flight.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Write logs as JSON lines (for a log shipper) instead of text.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>The database.</summary>
    public required StorageOptions Storage { get; init; }

    /// <summary>Where the SQLite file lives (for messages), or null with PostgreSQL.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>StackExchange.Redis configuration for shared counters, or null on a single node.</summary>
    public string? Redis { get; init; }

    /// <summary>Record provenance for every scanned invitation and recipient (R26).</summary>
    public bool ProvenanceEnabled { get; init; } = true;

    /// <summary>How long provenance is kept. Default 90 days: reports come weeks later (R25).</summary>
    public TimeSpan ProvenanceRetention { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Keep the raw message with provenance (for ARF reports with the original attached). Off by default: it is mail content.</summary>
    public bool KeepRawMessages { get; init; }

    /// <summary>How often the purge job runs.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long statistics are kept. Default 400 days: a year to compare with.</summary>
    public TimeSpan StatisticsRetention { get; init; } = TimeSpan.FromDays(400);

    /// <summary>The upstream filter's spam headers.</summary>
    public IReadOnlyList<UpstreamSpamRule> UpstreamSpam { get; init; } = UpstreamSpamRule.Defaults;

    /// <summary>The admin key from <c>CALGUARD_ADMIN_KEY</c>, or null.</summary>
    public string? AdminKey { get; init; }

    /// <summary>Keys defined in configuration (<c>Calguard:Api:Keys</c>), with their SHA-256 hashes.</summary>
    public IReadOnlyList<(ApiKey Key, string Hash)> ConfiguredKeys { get; init; } = [];

    /// <summary>How often the service checkpoints SQLite's write-ahead log by default (<c>Calguard:Storage:CheckpointInterval</c>).</summary>
    public static readonly TimeSpan DefaultCheckpointInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Reads the settings.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="urls">--urls from the command line, which wins.</param>
    /// <param name="dataDirectory">--data from the command line, which wins.</param>
    /// <exception cref="FormatException">A value has the wrong form; the message names the key.</exception>
    public static HostSettings From(IConfiguration configuration, string? urls = null, string? dataDirectory = null)
    {
        var root = configuration.GetSection("Calguard");
        var server = root.GetSection("Server");
        var storage = root.GetSection("Storage");
        var provenance = root.GetSection("Provenance");
        var statistics = root.GetSection("Statistics");
        var defaults = new HostSettings { Storage = StorageOptions.ForSqliteFile("calguard.db") };

        var postgres = configuration.GetConnectionString("Postgres");
        var sqlite = configuration.GetConnectionString("Sqlite");
        var directory = dataDirectory ?? storage["DataDirectory"] ?? "data";
        StorageOptions store;
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            store = new StorageOptions { Backend = StorageBackend.Postgres, ConnectionString = postgres };
            directory = null!;
        }
        else
        {
            store = string.IsNullOrWhiteSpace(sqlite)
                ? StorageOptions.ForSqliteFile(Path.Combine(Path.GetFullPath(directory), "calguard.db"))
                : new StorageOptions { Backend = StorageBackend.Sqlite, ConnectionString = sqlite };
        }
        store = store with
        {
            // The service's defaults: no fsync on a request's path (docs/decisions/0003-sqlite-durability.md). An
            // acknowledged write still survives kill -9; only a power cut can take the last commits.
            SynchronousCommit = Settings.Bool(storage, "SynchronousCommit") ?? false,
            CheckpointInterval = Configuration.ConfigurationValues.Interval(storage, "CheckpointInterval", allowZero: true) ?? DefaultCheckpointInterval,
            MaxBatch = (int)Math.Min(Positive(storage, "MaxBatch") ?? store.MaxBatch, 100_000),
            CacheLifetime = Configuration.ConfigurationValues.Interval(storage, "CacheLifetime", allowZero: true) ?? store.CacheLifetime,
        };

        var rules = root.GetSection("UpstreamSpamHeaders").Exists()
            ? Settings.Strings(root, "UpstreamSpamHeaders").Select(UpstreamSpamRule.Parse).ToArray()
            : defaults.UpstreamSpam;

        return new HostSettings
        {
            Urls = urls ?? server["Urls"] ?? configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? DefaultUrls,
            MaxBodyBytes = Positive(server, "MaxBodyBytes") ?? defaults.MaxBodyBytes,
            ShutdownTimeout = Interval(server, "ShutdownTimeout") ?? defaults.ShutdownTimeout,
            JsonLogs = Settings.Bool(server, "JsonLogs") ?? false,
            Storage = store,
            DataDirectory = directory,
            Redis = configuration.GetConnectionString("Redis") is { Length: > 0 } redis ? redis : null,
            ProvenanceEnabled = Settings.Bool(provenance, "Enabled") ?? true,
            ProvenanceRetention = Interval(provenance, "Retention") ?? defaults.ProvenanceRetention,
            KeepRawMessages = Settings.Bool(provenance, "KeepRawMessages") ?? false,
            PurgeInterval = Interval(provenance, "PurgeInterval") ?? defaults.PurgeInterval,
            StatisticsRetention = Interval(statistics, "Retention") ?? defaults.StatisticsRetention,
            UpstreamSpam = rules,
            AdminKey = configuration["CALGUARD_ADMIN_KEY"] is { Length: > 0 } admin ? admin.Trim() : null,
            ConfiguredKeys = ReadKeys(root.GetSection("Api:Keys")),
        };
    }

    private static IReadOnlyList<(ApiKey, string)> ReadKeys(IConfigurationSection section)
    {
        var keys = new List<(ApiKey, string)>();
        foreach (var entry in section.GetChildren())
        {
            var path = $"Calguard:Api:Keys:{entry.Key}";
            var hash = entry["Sha256"]?.Trim().ToLowerInvariant();
            if (hash is null && entry["Key"] is { Length: > 0 } plain)
            {
                hash = ApiKeySecret.Hash(plain.Trim());
            }
            if (hash is null || hash.Length != 64 || !hash.All(Uri.IsHexDigit))
            {
                throw new FormatException($"{path}: needs Sha256 (64 hex digits, see 'calguard keys hash') or Key");
            }
            ApiScopes scopes;
            IReadOnlyList<string> tenants;
            try
            {
                scopes = ApiScopeNames.Parse(string.Join(',', Settings.Strings(entry, "Scopes")));
                tenants = Calguard.Storage.Keys.SqlApiKeyStore.NormaliseTenants(Settings.Strings(entry, "Tenants"));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new FormatException($"{path}: {e.Message}", e);
            }
            var name = entry["Name"] ?? $"config-{entry.Key}";
            keys.Add((new ApiKey("config-" + entry.Key, name, scopes, tenants, DateTimeOffset.UnixEpoch, null, "configuration"), hash));
        }
        return keys;
    }

    internal static long? Positive(IConfiguration section, string key) =>
        section[key] is { } v ? long.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new FormatException($"{KeyPath(section, key)} must be a positive integer, not '{v}'") : null;

    internal static TimeSpan? Interval(IConfiguration section, string key)
    {
        if (section[key] is not { } v)
        {
            return null;
        }
        try
        {
            var t = PolicyNames.ParseInterval(v);
            return t > TimeSpan.Zero ? t : throw new FormatException("must be positive");
        }
        catch (FormatException e)
        {
            throw new FormatException($"{KeyPath(section, key)}: {e.Message}", e);
        }
    }

    private static string KeyPath(IConfiguration section, string key) => section is IConfigurationSection s ? $"{s.Path}:{key}" : key;
}
