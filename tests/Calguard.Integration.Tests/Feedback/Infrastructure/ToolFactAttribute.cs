namespace Calguard.Integration.Tests.Feedback.Infrastructure;

/// <summary>
/// A fact that needs a program from a Debian package. Skipped with a reason on a developer machine without it; under CI
/// (<c>CI=true</c>, as scripts/test.sh sets) it runs anyway so that a missing package fails loudly.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    /// <summary>Skips unless <paramref name="path"/> exists or CI is set.</summary>
    public ToolFactAttribute(string path, string package)
    {
        if (!File.Exists(path) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{path} is absent (apt-get install {package}; scripts/test.sh does)";
        }
    }
}
