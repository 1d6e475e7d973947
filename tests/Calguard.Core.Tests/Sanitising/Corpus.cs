namespace Calguard.Core.Tests.Sanitising;

/// <summary>Finds the shared corpus: <c>../shared/corpus</c> next to the repository root (the folder with Calguard.slnx),
/// or <c>$CALGUARD_SHARED/corpus</c>.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> RootPath = new(Find);

    public static string Root => RootPath.Value;

    public static string File(string relative) => Path.Combine(Root, relative);

    public static byte[] Bytes(string relative) => System.IO.File.ReadAllBytes(File(relative));

    public static IEnumerable<string> Files(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(File(folder), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Length == 0 || extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(Root, f));

    private static string Find()
    {
        var shared = Environment.GetEnvironmentVariable("CALGUARD_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            return Path.Combine(shared, "corpus");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Calguard.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            }
        }
        throw new DirectoryNotFoundException("Calguard.slnx not found above " + AppContext.BaseDirectory + "; set CALGUARD_SHARED");
    }
}
