namespace Calguard.Tests.Infrastructure;

/// <summary>Paths in the source checkout.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static byte[] SampleBytes(string name) => File.ReadAllBytes(Sample(name));

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Calguard.slnx")))
            {
                return d.FullName;
            }
        }
        throw new InvalidOperationException("Calguard.slnx not found above " + AppContext.BaseDirectory);
    }
}
