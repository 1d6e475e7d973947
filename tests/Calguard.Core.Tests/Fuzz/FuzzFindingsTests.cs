using System.Diagnostics;
using Calguard.Reading;

namespace Calguard.Core.Tests.Fuzz;

/// <summary>
/// Replays every input in <c>fuzz/findings/TARGET/</c> through its target (the same code as the AFL harness in
/// <c>fuzz/Calguard.Fuzz</c>): no exception may escape, and no input may take a second. Findings still listed
/// in <c>fuzz/findings/open.txt</c> must still fail (so that a fix is noticed and the line removed).
/// </summary>
public class FuzzFindingsTests
{
    private static readonly string? Findings = Locate();

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        if (Findings is null)
        {
            data.Add("none", "");
            return data;
        }
        foreach (var dir in Directory.EnumerateDirectories(Findings).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(dir), Path.GetFileName(file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Finding_no_longer_fails(string target, string file)
    {
        if (Findings is null || target == "none")
        {
            return;
        }
        var open = File.Exists(Path.Combine(Findings, "open.txt"))
            ? File.ReadAllLines(Path.Combine(Findings, "open.txt")).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToHashSet()
            : [];
        var input = File.ReadAllBytes(Path.Combine(Findings, target, file));
        if (open.Contains($"{target}/{file}"))
        {
            // An open finding (fuzz/findings/FINDINGS.md): it must still throw or be slow; once fixed, remove it from open.txt.
            var clock = Stopwatch.StartNew();
            var failed = false;
            try
            {
                Run(target, input);
            }
            catch (Exception)
            {
                failed = true;
            }
            Assert.True(failed || clock.ElapsedMilliseconds >= 1000, $"{target}/{file} is fixed: remove it from fuzz/findings/open.txt");
            return;
        }
        Run(target, input); // JIT outside the clock
        var elapsed = Calguard.Core.Tests.Recurrence.BestOf.Measure(() => Run(target, input), TimeSpan.FromSeconds(1));
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"{target}/{file} took {elapsed.TotalMilliseconds} ms");
    }

    /// <summary>Same dispatch as <c>fuzz/Calguard.Fuzz/FuzzTargets.cs</c>.</summary>
    private static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "calendar":
                CalendarReader.Read(input);
                break;
            case "message":
                MessageReader.Read(input);
                break;
            case "engine":
                new Engine().Scan(input);
                break;
            case "precheck":
                Assert.True(!MessageReader.Read(input).HasCalendar || CalendarPrecheck.MayContainCalendar(input));
                break;
            default:
                Assert.Fail($"unknown fuzz target folder '{target}'");
                break;
        }
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calguard.slnx")))
            {
                var findings = Path.Combine(dir.FullName, "fuzz", "findings");
                return Directory.Exists(findings) ? findings : null;
            }
        }
        return null;
    }
}
