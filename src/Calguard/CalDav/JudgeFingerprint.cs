using System.Collections;
using System.Security.Cryptography;
using System.Text;

namespace Calguard.Host.CalDav;

/// <summary>
/// Identifies what a verdict depends on besides the object itself: the engine build, the configuration file and
/// the <c>Calguard__*</c> environment variables. Stored findings made under another fingerprint are not reused.
/// </summary>
public static class JudgeFingerprint
{
    /// <summary>Computes the fingerprint.</summary>
    /// <param name="configFile">The <c>--config</c> file, or <see langword="null"/>.</param>
    /// <exception cref="IOException">The configuration file cannot be read.</exception>
    public static string Compute(string? configFile)
    {
        var text = new StringBuilder();
        text.Append(typeof(Engine).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        if (configFile is not null && File.Exists(configFile))
        {
            text.Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(configFile)))).Append('\n');
        }

        var variables = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(e => (Key: e.Key.ToString() ?? string.Empty, Value: e.Value?.ToString() ?? string.Empty))
            .Where(e => e.Key.StartsWith("Calguard__", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Key, StringComparer.Ordinal);
        foreach (var (key, value) in variables)
        {
            text.Append(key).Append('=').Append(value).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
