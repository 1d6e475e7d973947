namespace Calguard.Host.Hosting;

/// <summary>Builds the configuration of <c>serve</c> and <c>keys</c>: defaults, then the JSON file, the environment and overrides.</summary>
public static class HostConfiguration
{
    /// <summary>Quiet defaults: ASP.NET's per-request logs would cost more than a scan.</summary>
    public static IReadOnlyDictionary<string, string?> Defaults { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        // Keys are never encrypted with data protection; its "no XML encryptor" warning says nothing here.
        ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        // A 401 is the client's business, not a log line per request.
        ["Logging:LogLevel:Calguard.Host.Api.Auth"] = "Warning",
    };

    /// <summary>Fills <paramref name="builder"/> from the arguments.</summary>
    /// <exception cref="FileNotFoundException">The configuration file does not exist.</exception>
    public static void Apply(IConfigurationBuilder builder, ServeArguments arguments)
    {
        builder.AddInMemoryCollection(Defaults);
        if (arguments.ConfigFile is { } file)
        {
            var full = Path.GetFullPath(file);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"configuration file not found: {file}", file);
            }
            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }
        if (arguments.UseEnvironment)
        {
            builder.AddEnvironmentVariables();
        }
        builder.AddInMemoryCollection(arguments.Overrides);
    }

    /// <summary>A standalone configuration (for <c>calguard keys</c>).</summary>
    public static IConfigurationRoot Build(ServeArguments arguments)
    {
        var builder = new ConfigurationBuilder();
        Apply(builder, arguments);
        return builder.Build();
    }
}
