namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>Finds the shared folder (<c>../shared</c> beside the repository root, or <c>CALGUARD_SHARED</c>).</summary>
internal static class SharedPaths
{
    private static readonly Lazy<string> Shared = new(Locate);

    public static string Corpus => Path.Combine(Shared.Value, "corpus");

    public static string CorpusFile(string relative) => Path.Combine(Corpus, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CALGUARD_SHARED") is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calguard.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Calguard.slnx not found above " + AppContext.BaseDirectory + "; set CALGUARD_SHARED.");
    }
}
