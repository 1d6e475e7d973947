namespace Calguard.Core.Tests;

/// <summary>Finds the repository and the shared corpus from the test's output folder.</summary>
internal static class TestCorpus
{
    /// <summary>The repository root (the folder with Calguard.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared corpus: CALGUARD_SHARED/corpus, else ../shared/corpus next to the repository.</summary>
    public static string Shared { get; } = Path.Combine(Environment.GetEnvironmentVariable("CALGUARD_SHARED") ?? Path.Combine(Root, "..", "shared"), "corpus");

    /// <summary>A path under the repository.</summary>
    public static string Repo(string relative) => Path.Combine(Root, relative);

    /// <summary>The bytes of a shared corpus file.</summary>
    public static byte[] SharedBytes(string relative) => File.ReadAllBytes(Path.Combine(Shared, relative));

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Calguard.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new InvalidOperationException("Calguard.slnx not found above " + AppContext.BaseDirectory);
    }
}
