using Calguard.Host.Hosting;
using Calguard.Storage;

namespace Calguard.Host.Cli;

/// <summary>Opens the store a CLI command works on: the one <c>serve</c> would use with the same <c>--config</c> and <c>--data</c>.</summary>
public static class CliStore
{
    /// <summary>Opens (and migrates) the store.</summary>
    /// <exception cref="UsageException">The configuration is malformed or missing.</exception>
    /// <exception cref="System.Data.Common.DbException">The database cannot be opened.</exception>
    public static async Task<(CalguardStore Store, IConfiguration Configuration)> OpenAsync(string? configFile, string? dataDirectory)
    {
        IConfigurationRoot configuration;
        HostSettings host;
        try
        {
            configuration = HostConfiguration.Build(new ServeArguments { ConfigFile = configFile });
            host = HostSettings.From(configuration, dataDirectory: dataDirectory);
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException)
        {
            throw new UsageException(e.Message);
        }
        return (await CalguardStore.OpenAsync(host.Storage), configuration);
    }
}
