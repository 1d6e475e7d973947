namespace Calguard.Storage.Keys;

/// <summary>The names of <see cref="ApiScopes"/> in configuration, the CLI and the store: <c>scan</c>, <c>report</c>, <c>admin</c>.</summary>
public static class ApiScopeNames
{
    /// <summary>Parses a comma-, space- or semicolon-separated list of scope names.</summary>
    /// <exception cref="FormatException">A name is unknown, or the list is empty.</exception>
    public static ApiScopes Parse(string text)
    {
        var scopes = ApiScopes.None;
        foreach (var name in text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            scopes |= name.ToLowerInvariant() switch
            {
                "scan" => ApiScopes.Scan,
                "report" => ApiScopes.Report,
                "admin" => ApiScopes.Admin,
                _ => throw new FormatException($"unknown scope '{name}' (scan, report, admin)"),
            };
        }
        return scopes == ApiScopes.None ? throw new FormatException("at least one scope is needed (scan, report, admin)") : scopes;
    }

    /// <summary>The names, comma-separated.</summary>
    public static string ToNames(this ApiScopes scopes) => string.Join(",", Names(scopes));

    /// <summary>The names.</summary>
    public static IReadOnlyList<string> Names(this ApiScopes scopes)
    {
        var names = new List<string>(3);
        if (scopes.HasFlag(ApiScopes.Scan))
        {
            names.Add("scan");
        }
        if (scopes.HasFlag(ApiScopes.Report))
        {
            names.Add("report");
        }
        if (scopes.HasFlag(ApiScopes.Admin))
        {
            names.Add("admin");
        }
        return names;
    }
}
