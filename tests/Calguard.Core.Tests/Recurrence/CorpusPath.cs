namespace Calguard.Core.Tests.Recurrence;

/// <summary>Finds the shared test corpus: <c>$CALGUARD_SHARED/corpus</c>, else <c>../shared/corpus</c> beside the repository root.</summary>
internal static class CorpusPath
{
    private static readonly Lazy<string> SharedRoot = new(FindShared);

    /// <summary>The <c>shared</c> folder.</summary>
    public static string Shared => SharedRoot.Value;

    /// <summary>The <c>shared/corpus</c> folder.</summary>
    public static string Corpus => Path.Combine(Shared, "corpus");

    /// <summary>A path inside the corpus, given with '/' separators.</summary>
    public static string Of(string relative) => Path.Combine(Corpus, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CALGUARD_SHARED");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calguard.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException(
            $"No Calguard.slnx above {AppContext.BaseDirectory}; set CALGUARD_SHARED to the shared folder.");
    }
}
