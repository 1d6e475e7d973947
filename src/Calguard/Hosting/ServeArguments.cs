namespace Calguard.Host.Hosting;

/// <summary>What starts a host: the command line of <c>calguard serve</c>, or a test.</summary>
public sealed record ServeArguments
{
    /// <summary>A JSON configuration file, or null.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Listen URLs (--urls), overriding configuration.</summary>
    public string? Urls { get; init; }

    /// <summary>The SQLite data directory (--data), overriding configuration.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Milter endpoints (--milter), overriding <c>Calguard:Milter:Endpoints</c>.</summary>
    public IReadOnlyList<string> MilterEndpoints { get; init; } = [];

    /// <summary>Read environment variables (<c>Calguard__…</c>, <c>ConnectionStrings__…</c>, <c>CALGUARD_ADMIN_KEY</c>). Tests turn it off.</summary>
    public bool UseEnvironment { get; init; } = true;

    /// <summary>Configuration values that win over the file and the environment (tests).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}
