namespace Calguard.Core.Tests;

/// <summary>Finds the shared test corpus: <c>../shared/corpus</c> next to the repository root (the folder with
/// <c>Calguard.slnx</c>), or <c>$CALGUARD_SHARED/corpus</c>.</summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The corpus folder, or null when it is not there.</summary>
    public static string? Path => Root.Value;

    /// <summary>Every file under <paramref name="folder"/> (relative to the corpus), sorted; empty when absent.</summary>
    public static IReadOnlyList<string> Files(string folder = "")
    {
        if (Path is null)
        {
            return [];
        }
        var dir = System.IO.Path.Combine(Path, folder);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    /// <summary>The path relative to the corpus, with forward slashes.</summary>
    public static string Relative(string file) => System.IO.Path.GetRelativePath(Path!, file).Replace('\\', '/');

    private static string? Locate()
    {
        var shared = Environment.GetEnvironmentVariable("CALGUARD_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            var fromEnv = System.IO.Path.Combine(shared, "corpus");
            return Directory.Exists(fromEnv) ? fromEnv : null;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Calguard.slnx")))
            {
                var corpus = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }
        return null;
    }
}
