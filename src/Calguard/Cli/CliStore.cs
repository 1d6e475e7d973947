using Calguard.Host.Hosting;
using Calguard.Storage;

namespace Calguard.Host.Cli;

/// <summary>The store a CLI command shares with <c>calguard serve</c>: the same --config and --data.</summary>
public sealed class CliStore : IDisposable
{
    private CliStore(CalguardStore value) => Value = value;

    /// <summary>The open store.</summary>
    public CalguardStore Value { get; }

    /// <summary>The host settings that --config and --data select.</summary>
    /// <exception cref="UsageException">The configuration cannot be read.</exception>
    public static HostSettings Settings(Arguments a) => Read(a.Value("--config"), a.Value("--data")).Host;

    /// <summary>Opens the store for a synchronous command (migrations run as in serve).</summary>
    /// <exception cref="UsageException">The configuration cannot be read or the store cannot be opened.</exception>
    public static CliStore Open(Arguments a)
    {
        var settings = Settings(a);
        try
        {
            return new CliStore(CalguardStore.OpenAsync(settings.Storage).GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            throw new UsageException($"the store could not be opened: {e.Message}");
        }
    }

    /// <summary>Opens (and migrates) the store, with the configuration it was read from.</summary>
    /// <exception cref="UsageException">The configuration is malformed or missing.</exception>
    /// <exception cref="System.Data.Common.DbException">The database cannot be opened.</exception>
    public static async Task<(CalguardStore Store, IConfiguration Configuration)> OpenAsync(string? configFile, string? dataDirectory)
    {
        var (configuration, host) = Read(configFile, dataDirectory);
        return (await CalguardStore.OpenAsync(host.Storage), configuration);
    }

    /// <inheritdoc />
    public void Dispose() => Value.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static (IConfigurationRoot Configuration, HostSettings Host) Read(string? configFile, string? dataDirectory)
    {
        try
        {
            var configuration = HostConfiguration.Build(new ServeArguments { ConfigFile = configFile });
            return (configuration, HostSettings.From(configuration, dataDirectory: dataDirectory));
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException)
        {
            throw new UsageException(e.Message);
        }
    }
}
